package cn.xixian.alliance.coldstorage.planning;

import cn.xixian.alliance.coldstorage.coldstore.ChamberState;
import cn.xixian.alliance.coldstorage.planning.county.CountyProblem;
import cn.xixian.alliance.coldstorage.planning.county.PlanItem;
import cn.xixian.alliance.coldstorage.planning.domain.AssignmentPlan;
import cn.xixian.alliance.coldstorage.planning.domain.Bin;
import cn.xixian.alliance.coldstorage.planning.domain.Placement;
import cn.xixian.alliance.core.units.Weights;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.optaplanner.core.api.score.ScoreExplanation;
import org.optaplanner.core.api.score.buildin.hardsoftlong.HardSoftLongScore;

/** Turns a solved model back into the county's terms: lots, chambers, yuan. */
final class PlanViews {

    private PlanViews() {
    }

    static List<PlannedLot> lots(CountyProblem problem, AssignmentPlan solution) {
        List<PlannedLot> lots = new ArrayList<>(solution.getPlacements().size());
        for (Placement p : solution.getPlacements()) {
            if (p.getBin() == null) {
                continue;
            }
            PlanItem item = problem.items().get(p.getIndex());
            ChamberState c = problem.chambers().get(p.getBin().getIndex());
            lots.add(new PlannedLot(item.ref(), item.cooperativeId(), item.grade().name(), Weights.kg(item.grams()),
                    item.fromId(), c.chamberId(), c.chamberCode(), c.storeCode(), yuan(p.transportCost()),
                    yuan(p.storageCost())));
        }
        return lots;
    }

    static List<PlannedLot> transfers(List<PlannedLot> lots) {
        return lots.stream().filter(l -> !l.fromId().equals(l.chamberId())).toList();
    }

    /** Monthly running cost of open chambers now, against only those still holding stock after the moves. */
    static Saving saving(CountyProblem problem, AssignmentPlan solution, List<PlannedLot> transfers) {
        BigDecimal before = BigDecimal.ZERO;
        BigDecimal after = BigDecimal.ZERO;
        Map<Bin, Integer> used = new HashMap<>();
        solution.getPlacements().forEach(p -> used.merge(p.getBin(), 1, Integer::sum));
        int closed = 0;
        for (Bin bin : solution.getBins()) {
            BigDecimal fixed = yuan(bin.getFixedCost());
            before = before.add(fixed);
            if (used.containsKey(bin)) {
                after = after.add(fixed);
            } else {
                closed++;
            }
        }
        BigDecimal transferCost = transfers.stream().map(PlannedLot::transportYuan).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal monthly = before.subtract(after);
        return new Saving(before, after, transferCost, monthly, monthly.subtract(transferCost), closed);
    }

    static List<ConstraintScore> constraints(ScoreExplanation<AssignmentPlan, HardSoftLongScore> explanation) {
        return explanation.getConstraintMatchTotalMap().values().stream()
                .map(t -> new ConstraintScore(t.getConstraintName(), t.getScore().toString(), t.getConstraintMatchCount()))
                .sorted((a, b) -> a.constraint().compareTo(b.constraint())).toList();
    }

    /** When the solver could not fit everything: each over-full chamber, the grades in it, kg over. */
    static List<Shortfall> overflow(CountyProblem problem, AssignmentPlan solution) {
        Map<Bin, List<Placement>> byBin = solution.getPlacements().stream().filter(p -> p.getBin() != null)
                .collect(Collectors.groupingBy(Placement::getBin));
        List<Shortfall> shortfall = new ArrayList<>();
        byBin.forEach((bin, placements) -> {
            long used = placements.stream().mapToLong(Placement::use).sum();
            if (used > bin.getCapacity()) {
                String grades = placements.stream().map(p -> problem.items().get(p.getIndex()).grade().name()).distinct()
                        .sorted().collect(Collectors.joining("+"));
                shortfall.add(new Shortfall(grades + " in " + bin.getCode(), Weights.kg(used),
                        Weights.kg(bin.getCapacity())));
            }
        });
        solution.getPlacements().stream().filter(p -> p.getBin() != null && !p.suitsBin()).forEach(p -> shortfall.add(
                new Shortfall(problem.items().get(p.getIndex()).grade().name() + " unsuited to " + p.getBin().getCode(),
                        Weights.kg(p.getQuantity()), BigDecimal.ZERO)));
        return shortfall;
    }

    static BigDecimal yuan(long fen) {
        return BigDecimal.valueOf(fen, 2).setScale(2, RoundingMode.UNNECESSARY);
    }
}
