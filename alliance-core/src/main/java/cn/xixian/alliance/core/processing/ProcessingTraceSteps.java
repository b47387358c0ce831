package cn.xixian.alliance.core.processing;

import cn.xixian.alliance.core.harvest.HarvestLot;
import cn.xixian.alliance.core.harvest.HarvestLotService;
import cn.xixian.alliance.core.processing.persistence.GradedLotDocument;
import cn.xixian.alliance.core.processing.persistence.GradingRunDocument;
import cn.xixian.alliance.core.processing.persistence.ProcessingStore;
import cn.xixian.alliance.core.registry.Household;
import cn.xixian.alliance.core.registry.HouseholdService;
import cn.xixian.alliance.core.registry.Orchard;
import cn.xixian.alliance.core.units.Weights;
import cn.xixian.alliance.core.web.NotFoundException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The genealogy this module knows: household → orchard → harvest lot → grading run → graded lot.
 * A lot without an orchard code hangs off its household directly (or off the household's only orchard).
 * An orchard node's id is {@code householdId/code}.
 */
@Component
class ProcessingTraceSteps implements LotTraceExtension {

    private final ProcessingStore store;
    private final HarvestLotService harvestLots;
    private final HouseholdService households;
    private final GradingRunService runs;

    ProcessingTraceSteps(ProcessingStore store, HarvestLotService harvestLots, HouseholdService households,
            GradingRunService runs) {
        this.store = store;
        this.harvestLots = harvestLots;
        this.households = households;
        this.runs = runs;
    }

    @Override
    public Optional<TraceNode> find(String id) {
        GradedLotDocument graded = store.findGradedLot(id).orElse(null);
        if (graded != null) {
            return Optional.of(node(graded.toGradedLot()));
        }
        return harvestLot(id).map(this::node);
    }

    @Override
    public List<TraceLink> upstream(TraceNode node) {
        List<TraceLink> links = new ArrayList<>();
        switch (node.type()) {
            case TraceNode.GRADED_LOT -> {
                GradingRunDocument run = store.findRun(runs.gradedLot(node.id()).runId()).orElse(null);
                run.getOutputs().stream().filter(o -> o.gradedLotId().equals(node.id())).findFirst().ifPresent(o ->
                        links.add(new TraceLink(node(run), edge(node(run), node, "OUTPUT", o.grams()))));
            }
            case TraceNode.GRADING_RUN -> {
                for (GradingRunDocument.Input in : store.findRun(node.id()).orElse(null).getInputs()) {
                    harvestLot(in.harvestLotId()).map(this::node).ifPresent(lot ->
                            links.add(new TraceLink(lot, edge(lot, node, "INPUT", in.grams()))));
                }
            }
            case TraceNode.HARVEST_LOT -> harvestLot(node.id()).ifPresent(lot -> originOf(lot, node, links));
            case TraceNode.ORCHARD -> households.find((String) node.attributes().get("householdId")).map(this::node)
                    .ifPresent(h -> links.add(new TraceLink(h, new TraceEdge(h.key(), node.key(), "OWNS", null))));
            default -> {
            }
        }
        return links;
    }

    @Override
    public List<TraceLink> downstream(TraceNode node) {
        List<TraceLink> links = new ArrayList<>();
        if (node.type().equals(TraceNode.HARVEST_LOT)) {
            for (GradingRunDocument run : store.completeRunsUsing(node.id())) {
                long grams = run.getInputs().stream().filter(i -> i.harvestLotId().equals(node.id()))
                        .mapToLong(GradingRunDocument.Input::grams).sum();
                links.add(new TraceLink(node(run), edge(node, node(run), "INPUT", grams)));
            }
        } else if (node.type().equals(TraceNode.GRADING_RUN)) {
            for (GradedLotDocument lot : store.gradedLotsOf(node.id())) {
                TraceNode graded = node(lot.toGradedLot());
                links.add(new TraceLink(graded, edge(node, graded, "OUTPUT", Weights.grams(lot.toGradedLot().weightKg()))));
            }
        }
        return links;
    }

    private void originOf(HarvestLot lot, TraceNode lotNode, List<TraceLink> links) {
        Optional<Household> household = households.find(lot.householdId());
        if (household.isEmpty()) {
            return;
        }
        List<Orchard> orchards = household.get().orchards();
        Optional<Orchard> orchard = lot.orchardCode() != null
                ? orchards.stream().filter(o -> o.code().equals(lot.orchardCode())).findFirst()
                : orchards.size() == 1 ? Optional.of(orchards.get(0)) : Optional.empty();
        TraceNode origin = orchard.map(o -> node(o, household.get())).orElseGet(() -> node(household.get()));
        links.add(new TraceLink(origin, edge(origin, lotNode, orchard.isPresent() ? "PICKED" : "HARVESTED",
                Weights.grams(lot.weightKg()))));
    }

    private Optional<HarvestLot> harvestLot(String id) {
        try {
            return Optional.of(harvestLots.get(id));
        } catch (NotFoundException e) {
            return Optional.empty();
        }
    }

    private static TraceEdge edge(TraceNode from, TraceNode to, String kind, long grams) {
        return new TraceEdge(from.key(), to.key(), kind, Weights.kg(grams));
    }

    private TraceNode node(HarvestLot lot) {
        return TraceNode.of(TraceNode.HARVEST_LOT, lot.id(), lot.externalRef(), attributes("weightKg", lot.weightKg(),
                "grade", lot.grade(), "pickDate", lot.pickDate(), "householdId", lot.householdId(),
                "cooperativeId", lot.cooperativeId(), "orchardCode", lot.orchardCode(),
                "ungradedKg", runs.remainingKg(lot)));
    }

    private static TraceNode node(GradedLot lot) {
        return TraceNode.of(TraceNode.GRADED_LOT, lot.id(), lot.grade().zh() + " " + lot.weightKg() + " kg",
                attributes("grade", lot.grade(), "weightKg", lot.weightKg(), "date", lot.date(),
                        "processorId", lot.processorId(), "packageType", lot.packageType(), "boxCount", lot.boxCount()));
    }

    private static TraceNode node(GradingRunDocument doc) {
        GradingRun run = doc.toRun();
        return TraceNode.of(TraceNode.GRADING_RUN, run.id(), run.externalRef(), attributes("date", run.date(),
                "processorId", run.processorId(), "inputKg", run.inputKg(), "outputKg", run.outputKg(),
                "lossKg", run.lossKg()));
    }

    private TraceNode node(Household h) {
        return TraceNode.of(TraceNode.HOUSEHOLD, h.id(), h.code() + " " + h.name(), attributes("code", h.code(),
                "villageId", h.villageId(), "cooperativeId", h.cooperativeId(),
                "povertyRegistered", h.povertyRegistered()));
    }

    private static TraceNode node(Orchard o, Household h) {
        // Orchard codes are unique only within a household: the household is part of the id so two
        // households' "A1" orchards stay two nodes.
        return TraceNode.of(TraceNode.ORCHARD, h.id() + "/" + o.code(), o.code(), attributes("householdId", h.id(),
                "areaMu", o.areaMu(), "lat", o.lat(), "lon", o.lon()));
    }

    /** Name/value pairs, leaving out nulls so the JSON stays small. */
    private static Map<String, Object> attributes(Object... pairs) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            if (pairs[i + 1] != null) {
                map.put((String) pairs[i], pairs[i + 1]);
            }
        }
        return map;
    }
}
