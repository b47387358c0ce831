package cn.xixian.alliance.ui.trace;

import java.util.List;

/**
 * A trace as the page reads it: the stages of the chain in the order the fruit moved (household and orchard,
 * harvest lots, grading, graded lots, any later link such as a cold store, contracts, store orders), each with its
 * nodes and their readable attributes.
 */
record TraceChain(String rootKey, String rootType, List<Stage> stages, int nodeCount, int edgeCount) {

    record Stage(String type, List<Node> nodes, int hidden) {
    }

    /** {@code traceId} is set where the node can itself be traced (lots, store orders). */
    record Node(String key, String type, String id, String label, String direction, String traceId, List<Attr> attrs) {
    }

    /** {@code kind}: TEXT shown as is, GRADE and BOOL shown through the page's messages. */
    record Attr(String name, String value, String kind) {
    }
}
