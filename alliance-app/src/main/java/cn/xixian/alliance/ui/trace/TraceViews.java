package cn.xixian.alliance.ui.trace;

import cn.xixian.alliance.core.processing.LotTrace;
import cn.xixian.alliance.core.processing.TraceNode;
import cn.xixian.alliance.core.registry.HouseholdService;
import cn.xixian.alliance.core.registry.Member;
import cn.xixian.alliance.core.registry.MemberService;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.stereotype.Component;

/** Turns a lot trace into the page's chain of stages: members and households by name, weights and dates readable. */
@Component
class TraceViews {

    /** Stage order along the chain; types not listed (a later module's links) go before the contracts. */
    static final List<String> STAGES = List.of("HOUSEHOLD", "ORCHARD", "HARVEST_LOT", "GRADING_RUN", "GRADED_LOT",
            "RED_ORDER", "STORE_ORDER");
    static final int MAX_PER_STAGE = 40;
    /** Attributes worth reading, in this order; the rest (coordinates, internal refs) stay in the API. */
    private static final List<String> SHOWN = List.of("grade", "weightKg", "ungradedKg", "pickDate", "date", "season",
            "status", "storeCode", "storedOn", "tempC", "bookedKg", "modified", "inputKg", "outputKg", "lossKg", "packageType", "boxCount",
            "areaMu", "householdId", "villageId", "cooperativeId", "processorId", "povertyRegistered");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(ZoneId.of("Asia/Shanghai"));

    private final MemberService members;
    private final HouseholdService households;

    TraceViews(MemberService members, HouseholdService households) {
        this.members = members;
        this.households = households;
    }

    TraceChain chain(LotTrace trace) {
        Map<String, List<TraceNode>> byType = new LinkedHashMap<>();
        trace.nodes().forEach(n -> byType.computeIfAbsent(n.type(), k -> new ArrayList<>()).add(n));
        List<String> order = new ArrayList<>(STAGES.subList(0, 5));
        byType.keySet().stream().filter(t -> !STAGES.contains(t)).forEach(order::add);
        order.addAll(STAGES.subList(5, STAGES.size()));
        Names names = new Names();
        List<TraceChain.Stage> stages = new ArrayList<>();
        String rootKey = null;
        for (String type : order) {
            List<TraceNode> nodes = byType.getOrDefault(type, List.of());
            if (nodes.isEmpty()) {
                continue;
            }
            List<TraceChain.Node> shown = new ArrayList<>();
            for (TraceNode n : nodes.subList(0, Math.min(nodes.size(), MAX_PER_STAGE))) {
                shown.add(node(n, names));
            }
            stages.add(new TraceChain.Stage(type, shown, nodes.size() - shown.size()));
        }
        for (TraceNode n : trace.nodes()) {
            if ("SELF".equals(n.direction())) {
                rootKey = n.key();
            }
        }
        return new TraceChain(rootKey, trace.lotType(), stages, trace.nodes().size(), trace.edges().size());
    }

    private TraceChain.Node node(TraceNode n, Names names) {
        List<TraceChain.Attr> attrs = new ArrayList<>();
        for (String name : SHOWN) {
            Object value = n.attributes().get(name);
            if (value == null || (name.equals("householdId") && n.type().equals("HOUSEHOLD"))) {
                continue;
            }
            attrs.add(switch (name) {
                case "grade" -> new TraceChain.Attr(name, value.toString(), "GRADE");
                case "povertyRegistered" -> new TraceChain.Attr(name, value.toString(), "BOOL");
                case "villageId", "cooperativeId", "processorId" -> new TraceChain.Attr(name, names.member(value.toString()), "TEXT");
                case "householdId" -> new TraceChain.Attr(name, names.household(value.toString()), "TEXT");
                default -> new TraceChain.Attr(name, text(value), "TEXT");
            });
        }
        boolean traceable = n.type().equals(TraceNode.HARVEST_LOT) || n.type().equals(TraceNode.GRADED_LOT)
                || n.type().equals("STORE_ORDER");
        String traceId = !traceable ? null : n.type().equals("STORE_ORDER") ? n.id().replaceFirst("/", ":") : n.id();
        return new TraceChain.Node(n.key(), n.type(), n.id(), n.label() == null ? n.id() : n.label(), n.direction(),
                traceId, attrs);
    }

    static String text(Object value) {
        if (value instanceof BigDecimal kg) {
            return kg.stripTrailingZeros().toPlainString();
        }
        if (value instanceof Instant instant) {
            return TIME.format(instant);
        }
        if (value instanceof TemporalAccessor) {
            return value.toString();
        }
        return Objects.toString(value);
    }

    /** Member and household names, each looked up once per trace. */
    final class Names {
        private final Map<String, String> cache = new HashMap<>();

        String member(String id) {
            return cache.computeIfAbsent("M:" + id, k -> members.find(id).map(Member::name).orElse(id));
        }

        String household(String id) {
            return cache.computeIfAbsent("H:" + id, k -> households.find(id).map(h -> h.code() + " " + h.name()).orElse(id));
        }
    }
}
