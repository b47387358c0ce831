package cn.xixian.alliance.core.processing;

import java.util.List;

/** The genealogy of one lot both ways: every node reachable upstream and downstream, and the edges between them. */
public record LotTrace(String lotId, String lotType, List<TraceNode> nodes, List<TraceEdge> edges) {
}
