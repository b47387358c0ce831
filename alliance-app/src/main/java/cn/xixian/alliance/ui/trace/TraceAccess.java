package cn.xixian.alliance.ui.trace;

import cn.xixian.alliance.core.processing.LotTrace;
import cn.xixian.alliance.core.processing.LotTraceService;
import cn.xixian.alliance.core.processing.TraceEdge;
import cn.xixian.alliance.core.processing.TraceNode;
import cn.xixian.alliance.core.security.AllianceUser;
import cn.xixian.alliance.core.security.CurrentUser;
import cn.xixian.alliance.core.security.Role;
import cn.xixian.alliance.core.web.ForbiddenException;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * Who may see which trace. The trace API ({@code GET /api/v1/lots/{id}/trace}) is the coordinator's alone, because
 * a graded lot or a store order mixes fruit of many cooperatives; the page keeps that rule and adds only what
 * cannot leak: a cooperative user may trace a harvest lot of its own cooperative, and sees none of the nodes that
 * name another cooperative. Every other role is refused (403), as by the API.
 */
@Component
class TraceAccess {

    private final LotTraceService traces;
    private final CurrentUser currentUser;

    TraceAccess(LotTraceService traces, CurrentUser currentUser) {
        this.traces = traces;
        this.currentUser = currentUser;
    }

    /** Whether the signed-in user may trace anything at all (the page shows its form either way). */
    boolean mayTrace() {
        return currentUser.get().map(u -> u.has(Role.COORDINATOR) || u.has(Role.COOPERATIVE)).orElse(false);
    }

    /** The trace of a lot or store order id as this user may see it; unknown id → NotFoundException (404). */
    LotTrace trace(String id) {
        AllianceUser user = currentUser.get().orElseThrow(() -> new ForbiddenException("sign in to trace lots"));
        if (user.has(Role.COORDINATOR)) {
            return traces.trace(id);
        }
        if (!user.has(Role.COOPERATIVE)) {
            throw new ForbiddenException("only coordinators and cooperatives trace lots");
        }
        String own = currentUser.confinedToCooperative().orElseThrow();
        LotTrace trace = traces.trace(id);
        TraceNode root = trace.nodes().stream().filter(n -> "SELF".equals(n.direction())).findFirst().orElseThrow();
        if (!TraceNode.HARVEST_LOT.equals(root.type()) || !own.equals(root.attributes().get("cooperativeId"))) {
            throw new ForbiddenException("cooperative users may only trace their own cooperative's harvest lots");
        }
        return ownOnly(trace, own);
    }

    /** Leaves out every node that names another cooperative, and the edges that touched them. */
    private static LotTrace ownOnly(LotTrace trace, String cooperativeId) {
        List<TraceNode> nodes = trace.nodes().stream().filter(n -> {
            Object coop = n.attributes().get("cooperativeId");
            return coop == null || coop.equals(cooperativeId);
        }).toList();
        Set<String> keys = nodes.stream().map(TraceNode::key).collect(Collectors.toSet());
        List<TraceEdge> edges = trace.edges().stream()
                .filter(e -> keys.contains(e.from()) && keys.contains(e.to())).toList();
        return new LotTrace(trace.lotId(), trace.lotType(), nodes, edges);
    }
}
