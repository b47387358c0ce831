package cn.xixian.alliance.core.processing;

import cn.xixian.alliance.core.web.NotFoundException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.springframework.stereotype.Service;

/**
 * Traces a lot both ways: breadth-first upstream (only following "came from") and downstream (only
 * "went into"), over whatever {@link LotTraceExtension} beans exist. Bounded, so a huge chain is cut
 * rather than exhausting memory.
 */
@Service
public class LotTraceService {

    static final int MAX_NODES = 5000;

    private final List<LotTraceExtension> extensions;

    LotTraceService(List<LotTraceExtension> extensions) {
        this.extensions = extensions;
    }

    public LotTrace trace(String lotId) {
        TraceNode root = extensions.stream().map(e -> e.find(lotId)).flatMap(java.util.Optional::stream).findFirst()
                .orElseThrow(() -> new NotFoundException("lot", lotId));
        Map<String, TraceNode> nodes = new LinkedHashMap<>();
        Set<TraceEdge> edges = new LinkedHashSet<>();
        nodes.put(root.key(), root.withDirection("SELF"));
        walk(root, "UPSTREAM", n -> collect(e -> e.upstream(n)), nodes, edges);
        walk(root, "DOWNSTREAM", n -> collect(e -> e.downstream(n)), nodes, edges);
        return new LotTrace(root.id(), root.type(), new ArrayList<>(nodes.values()), new ArrayList<>(edges));
    }

    private void walk(TraceNode root, String direction, Function<TraceNode, List<TraceLink>> next,
            Map<String, TraceNode> nodes, Set<TraceEdge> edges) {
        Deque<TraceNode> queue = new ArrayDeque<>(List.of(root));
        while (!queue.isEmpty() && nodes.size() < MAX_NODES) {
            for (TraceLink link : next.apply(queue.poll())) {
                edges.add(link.edge());
                if (!nodes.containsKey(link.node().key())) {
                    nodes.put(link.node().key(), link.node().withDirection(direction));
                    queue.add(link.node());
                }
            }
        }
    }

    private List<TraceLink> collect(Function<LotTraceExtension, List<TraceLink>> step) {
        List<TraceLink> links = new ArrayList<>();
        extensions.forEach(e -> links.addAll(step.apply(e)));
        return links;
    }
}
