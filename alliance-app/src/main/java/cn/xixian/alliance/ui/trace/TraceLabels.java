package cn.xixian.alliance.ui.trace;

import cn.xixian.alliance.core.processing.LotTrace;
import cn.xixian.alliance.core.processing.TraceNode;
import cn.xixian.alliance.core.registry.Household;
import cn.xixian.alliance.core.registry.HouseholdService;
import cn.xixian.alliance.core.registry.Member;
import cn.xixian.alliance.core.registry.MemberService;
import cn.xixian.alliance.ecommerce.orders.StoreOrder;
import cn.xixian.alliance.ecommerce.orders.StoreOrders;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;
import org.springframework.stereotype.Component;

/**
 * The label of a traced lot or order: grade and weight of the thing traced (a store order's from its lines), its
 * origin from the households in the trace, and the picking, grading, cold-store and order dates along the chain.
 */
@Component
class TraceLabels {

    /** Names per line of the label: a label is a few centimetres wide. */
    private static final int MAX_NAMES = 2;

    private final HouseholdService households;
    private final MemberService members;
    private final StoreOrders orders;

    TraceLabels(HouseholdService households, MemberService members, StoreOrders orders) {
        this.households = households;
        this.members = members;
        this.orders = orders;
    }

    TraceLabel label(LotTrace trace, String traceId) {
        TraceNode root = trace.nodes().stream().filter(n -> "SELF".equals(n.direction())).findFirst().orElseThrow();
        List<String> grades;
        BigDecimal weight;
        String ordered = null;
        Optional<StoreOrder> order = "STORE_ORDER".equals(root.type()) ? orders.find(root.id()) : Optional.empty();
        if (order.isPresent()) {
            List<StoreOrder.Line> lines = order.get().lines().stream().filter(l -> !l.cancelled()).toList();
            grades = lines.stream().map(l -> l.grade().name()).distinct().toList();
            weight = lines.stream().map(StoreOrder.Line::weightKg).reduce(BigDecimal.ZERO, BigDecimal::add);
            var at = order.get().created() != null ? order.get().created() : order.get().modified();
            ordered = at == null ? null : LocalDate.ofInstant(at, ZoneId.of("Asia/Shanghai")).toString();
        } else {
            Object grade = root.attributes().get("grade");
            grades = grade == null ? List.of() : List.of(grade.toString());
            weight = root.attributes().get("weightKg") instanceof BigDecimal kg ? kg : null;
        }
        List<String> householdIds = ofType(trace, TraceNode.HOUSEHOLD).stream().map(TraceNode::id).toList();
        List<Household> origin = households.findAll(householdIds);
        TreeSet<String> villages = new TreeSet<>();
        TreeSet<String> cooperatives = new TreeSet<>();
        origin.forEach(h -> {
            name(h.villageId()).ifPresent(villages::add);
            name(h.cooperativeId()).ifPresent(cooperatives::add);
        });
        return new TraceLabel(traceId, grades, weight == null ? null : weight.stripTrailingZeros(),
                TraceLabel.Few.of(origin.stream().map(h -> h.code() + " " + h.name()).toList(), MAX_NAMES),
                TraceLabel.Few.of(villages, MAX_NAMES), TraceLabel.Few.of(cooperatives, MAX_NAMES),
                span(dates(ofType(trace, TraceNode.HARVEST_LOT), "pickDate")),
                span(dates(ofType(trace, TraceNode.GRADING_RUN), "date")),
                span(dates(ofType(trace, "COLD_STORE"), "storedOn")), ordered);
    }

    private Optional<String> name(String memberId) {
        return memberId == null ? Optional.empty() : members.find(memberId).map(Member::name);
    }

    private static List<TraceNode> ofType(LotTrace trace, String type) {
        return trace.nodes().stream().filter(n -> type.equals(n.type())).toList();
    }

    private static TreeSet<String> dates(Collection<TraceNode> nodes, String attribute) {
        TreeSet<String> dates = new TreeSet<>();
        nodes.stream().map(n -> n.attributes().get(attribute)).filter(Objects::nonNull).map(Object::toString)
                .forEach(dates::add);
        return dates;
    }

    /** "2026-09-05" or "2026-09-05 – 2026-09-12"; null when there is no date. */
    private static String span(TreeSet<String> dates) {
        if (dates.isEmpty()) {
            return null;
        }
        return dates.size() == 1 ? dates.first() : dates.first() + " – " + dates.last();
    }
}
