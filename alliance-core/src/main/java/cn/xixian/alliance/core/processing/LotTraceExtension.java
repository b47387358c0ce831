package cn.xixian.alliance.core.processing;

import java.util.List;
import java.util.Optional;

/**
 * A part of the lot genealogy. The trace walks the graph by asking every extension bean for a node's
 * neighbours, so a later feature (store orders: graded lot → store order) joins the chain by adding a bean,
 * without changing the trace. Answer empty for node types you do not know.
 */
public interface LotTraceExtension {

    /** The node a lot id names, if this extension knows it (the start of a trace). */
    default Optional<TraceNode> find(String id) {
        return Optional.empty();
    }

    /** What the node came from (one step), with edges pointing from them to the node. */
    List<TraceLink> upstream(TraceNode node);

    /** What the node went into (one step), with edges pointing from the node to them. */
    List<TraceLink> downstream(TraceNode node);
}
