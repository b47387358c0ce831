package cn.xixian.alliance.coldstorage.planning.county;

import cn.xixian.alliance.coldstorage.coldstore.ChamberState;
import cn.xixian.alliance.coldstorage.coldstore.GradeTemperatureRule;
import cn.xixian.alliance.coldstorage.coldstore.StockLot;
import cn.xixian.alliance.coldstorage.planning.PlanKind;
import cn.xixian.alliance.coldstorage.planning.domain.AssignmentPlan;
import cn.xixian.alliance.coldstorage.planning.domain.Bin;
import cn.xixian.alliance.coldstorage.planning.domain.ItemGroup;
import cn.xixian.alliance.coldstorage.planning.domain.Placement;
import cn.xixian.alliance.coldstorage.planning.domain.Site;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * Maps the county onto the assignment model. Costs are whole fen and use is grams, both per (item, chamber):
 * transport is tonnes × road km × rate from the purchase point (allocation) or from the current store plus
 * handling (consolidation, nothing if it stays); storage is tonnes × days × the chamber's daily rate.
 */
@Component
@EnableConfigurationProperties(PlanningProperties.class)
public class CountyProblems {

    private final PlanningProperties props;
    private final GradeTemperatureRule rule;

    public CountyProblems(PlanningProperties props, GradeTemperatureRule rule) {
        this.props = props;
        this.rule = rule;
    }

    /** Lots (whole, in grams) to the open chambers with free room; capacity is each chamber's free grams. */
    public CountyProblem allocation(List<PlanItem> lots, List<ChamberState> allChambers) {
        List<ChamberState> chambers = allChambers.stream().filter(c -> c.open() && c.freeGrams() > 0).toList();
        List<Bin> bins = new ArrayList<>();
        long visit = fen(props.warehouseVisitYuan());
        for (ChamberState c : chambers) {
            bins.add(new Bin(bins.size(), c.chamberCode(), new Site(c.storeCode(), visit), c.freeGrams(), 0));
        }
        List<PlanItem> items = blocks(lots);
        Map<String, ItemGroup> groups = new HashMap<>();
        long split = fen(props.groupSplitYuan());
        List<Placement> placements = new ArrayList<>();
        for (PlanItem item : items) {
            int m = chambers.size();
            int[] transport = new int[m];
            int[] storage = new int[m];
            boolean[] allowed = new boolean[m];
            double tonnes = item.grams() / 1e6;
            for (int b = 0; b < m; b++) {
                ChamberState c = chambers.get(b);
                transport[b] = transportFen(tonnes, item.lat(), item.lon(), c, 0);
                storage[b] = (int) Math.round(tonnes * props.storageDays() * c.storageCostPerTonneDay().doubleValue() * 100);
                allowed[b] = rule.suits(item.grade(), c.tempC());
            }
            ItemGroup group = item.cooperativeId() == null ? null
                    : groups.computeIfAbsent(item.cooperativeId(), id -> new ItemGroup(id, split));
            placements.add(new Placement(placements.size(), item.ref(), group, item.grams(), transport, storage, null,
                    allowed));
        }
        AssignmentPlan plan = new AssignmentPlan(bins, placements);
        return new CountyProblem(PlanKind.ALLOCATION, plan, items, chambers,
                Shortfalls.of(items, chambers, bins, rule));
    }

    /**
     * Current stock over the open chambers. Each position starts where it is (so the first plan is "do
     * nothing"); capacity is the chamber's whole capacity less what is reserved for fruit on its way; a
     * chamber's monthly running cost is the fixed cost of the bin, paid if anything stays in it.
     */
    public CountyProblem consolidation(Map<String, List<StockLot>> stock, List<ChamberState> allChambers) {
        List<ChamberState> chambers = allChambers.stream().filter(ChamberState::open).toList();
        Map<String, Integer> binOf = new HashMap<>();
        List<Bin> bins = new ArrayList<>();
        for (ChamberState c : chambers) {
            binOf.put(c.chamberId(), bins.size());
            bins.add(new Bin(bins.size(), c.chamberCode(), null, c.capacityGrams() - c.reservedGrams(),
                    fen(c.fixedCostPerMonth())));
        }
        List<PlanItem> lots = new ArrayList<>();
        for (ChamberState c : chambers) {
            for (StockLot lot : stock.getOrDefault(c.chamberId(), List.of())) {
                lots.add(new PlanItem(lot.lotRef(), lot.lotRef(), lot.cooperativeId(), lot.grade(), lot.grams(),
                        c.chamberId(), c.storeCode() + "/" + c.chamberCode(), c.lat(), c.lon(), c.chamberId()));
            }
        }
        List<PlanItem> items = blocks(lots);
        List<Placement> placements = new ArrayList<>();
        double handling = props.handlingPerTonneYuan().doubleValue();
        for (PlanItem item : items) {
            int m = chambers.size();
            int here = binOf.get(item.currentChamberId());
            int[] transfer = new int[m];
            boolean[] allowed = new boolean[m];
            double tonnes = item.grams() / 1e6;
            for (int b = 0; b < m; b++) {
                transfer[b] = b == here ? 0 : transportFen(tonnes, item.lat(), item.lon(), chambers.get(b), handling);
                allowed[b] = b == here || rule.suits(item.grade(), chambers.get(b).tempC());
            }
            Placement p = new Placement(placements.size(), item.ref(), null, item.grams(), transfer, null, null, allowed);
            p.setBin(bins.get(here));
            placements.add(p);
        }
        AssignmentPlan plan = new AssignmentPlan(bins, placements);
        return new CountyProblem(PlanKind.CONSOLIDATION, plan, items, chambers,
                Shortfalls.of(items, chambers, bins, rule));
    }

    private int transportFen(double tonnes, double lat, double lon, ChamberState c, double handlingPerTonne) {
        double km = Distances.km(lat, lon, c.lat(), c.lon()) * props.roadFactor();
        double yuan = tonnes * (km * props.transportPerTonneKm().doubleValue() + handlingPerTonne);
        return (int) Math.min(Integer.MAX_VALUE / 16, Math.round(yuan * 100));
    }

    /** Lots above the block size become near-equal blocks {@code lotRef#1..k}, so one lot may span chambers. */
    private List<PlanItem> blocks(List<PlanItem> lots) {
        long blockGrams = props.blockKg() * 1000;
        List<PlanItem> items = new ArrayList<>();
        for (PlanItem lot : lots) {
            int k = (int) Math.max(1, (lot.grams() + blockGrams - 1) / blockGrams);
            if (k == 1) {
                items.add(lot);
                continue;
            }
            long base = lot.grams() / k;
            long rest = lot.grams() % k;
            for (int i = 0; i < k; i++) {
                items.add(new PlanItem(lot.ref() + "#" + (i + 1), lot.lotRef(), lot.cooperativeId(), lot.grade(),
                        base + (i < rest ? 1 : 0), lot.fromId(), lot.fromName(), lot.lat(), lot.lon(),
                        lot.currentChamberId()));
            }
        }
        return items;
    }

    static long fen(BigDecimal yuan) {
        return yuan == null ? 0 : yuan.movePointRight(2).longValue();
    }
}
