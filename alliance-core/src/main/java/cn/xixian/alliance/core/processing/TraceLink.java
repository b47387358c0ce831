package cn.xixian.alliance.core.processing;

/** A neighbour of a node in the genealogy and the edge that joins them. */
public record TraceLink(TraceNode node, TraceEdge edge) {
}
