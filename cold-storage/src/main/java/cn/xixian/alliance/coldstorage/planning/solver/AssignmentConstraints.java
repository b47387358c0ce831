package cn.xixian.alliance.coldstorage.planning.solver;

import static org.optaplanner.core.api.score.stream.ConstraintCollectors.count;
import static org.optaplanner.core.api.score.stream.ConstraintCollectors.countDistinct;
import static org.optaplanner.core.api.score.stream.ConstraintCollectors.sumLong;

import cn.xixian.alliance.coldstorage.planning.domain.Placement;
import cn.xixian.alliance.coldstorage.planning.solver.justifications.BinOpen;
import cn.xixian.alliance.coldstorage.planning.solver.justifications.BinOverflow;
import cn.xixian.alliance.coldstorage.planning.solver.justifications.GroupSplit;
import cn.xixian.alliance.coldstorage.planning.solver.justifications.PairCost;
import cn.xixian.alliance.coldstorage.planning.solver.justifications.SiteTouched;
import cn.xixian.alliance.coldstorage.planning.solver.justifications.UnsuitedBin;
import org.optaplanner.core.api.score.buildin.hardsoftlong.HardSoftLongScore;
import org.optaplanner.core.api.score.stream.Constraint;
import org.optaplanner.core.api.score.stream.ConstraintFactory;
import org.optaplanner.core.api.score.stream.ConstraintProvider;

/** Hard scores are in units of use (kg); soft scores in units of cost (fen, or the GAP's own). */
public class AssignmentConstraints implements ConstraintProvider {

    public static final String BIN_CAPACITY = "Bin capacity";
    public static final String BIN_SUITS_ITEM = "Bin suits item";
    public static final String TRANSPORT_COST = "Transport cost";
    public static final String STORAGE_COST = "Storage cost";
    public static final String BIN_FIXED_COST = "Bin fixed cost";
    public static final String SITES_TOUCHED = "Warehouses touched";
    public static final String GROUP_TOGETHER = "Group kept together";

    @Override
    public Constraint[] defineConstraints(ConstraintFactory factory) {
        return new Constraint[] {
                binCapacity(factory), binSuitsItem(factory), transportCost(factory), storageCost(factory),
                binFixedCost(factory), sitesTouched(factory), groupTogether(factory)};
    }

    Constraint binCapacity(ConstraintFactory factory) {
        return factory.forEach(Placement.class)
                .groupBy(Placement::getBin, sumLong(Placement::use))
                .filter((bin, used) -> used > bin.getCapacity())
                .penalizeLong(HardSoftLongScore.ONE_HARD, (bin, used) -> used - bin.getCapacity())
                .justifyWith((bin, used, score) -> new BinOverflow(bin.getCode(), used, bin.getCapacity()))
                .asConstraint(BIN_CAPACITY);
    }

    Constraint binSuitsItem(ConstraintFactory factory) {
        return factory.forEach(Placement.class)
                .filter(p -> !p.suitsBin())
                .penalizeLong(HardSoftLongScore.ONE_HARD, Placement::getQuantity)
                .justifyWith((p, score) -> new UnsuitedBin(p.getRef(), p.getBin().getCode(), p.getQuantity()))
                .asConstraint(BIN_SUITS_ITEM);
    }

    Constraint transportCost(ConstraintFactory factory) {
        return factory.forEach(Placement.class)
                .filter(p -> p.transportCost() != 0)
                .penalizeLong(HardSoftLongScore.ONE_SOFT, Placement::transportCost)
                .justifyWith((p, score) -> new PairCost(p.getRef(), p.getBin().getCode(), p.transportCost()))
                .asConstraint(TRANSPORT_COST);
    }

    Constraint storageCost(ConstraintFactory factory) {
        return factory.forEach(Placement.class)
                .filter(p -> p.storageCost() != 0)
                .penalizeLong(HardSoftLongScore.ONE_SOFT, Placement::storageCost)
                .justifyWith((p, score) -> new PairCost(p.getRef(), p.getBin().getCode(), p.storageCost()))
                .asConstraint(STORAGE_COST);
    }

    Constraint binFixedCost(ConstraintFactory factory) {
        return factory.forEach(Placement.class)
                .filter(p -> p.getBin().getFixedCost() > 0)
                .groupBy(Placement::getBin, count())
                .penalizeLong(HardSoftLongScore.ONE_SOFT, (bin, items) -> bin.getFixedCost())
                .justifyWith((bin, items, score) -> new BinOpen(bin.getCode(), items, bin.getFixedCost()))
                .asConstraint(BIN_FIXED_COST);
    }

    Constraint sitesTouched(ConstraintFactory factory) {
        return factory.forEach(Placement.class)
                .filter(p -> p.getBin().getSite() != null && p.getBin().getSite().touchCost() > 0)
                .groupBy(p -> p.getBin().getSite(), count())
                .penalizeLong(HardSoftLongScore.ONE_SOFT, (site, items) -> site.touchCost())
                .justifyWith((site, items, score) -> new SiteTouched(site.code(), items, site.touchCost()))
                .asConstraint(SITES_TOUCHED);
    }

    Constraint groupTogether(ConstraintFactory factory) {
        return factory.forEach(Placement.class)
                .filter(p -> p.getGroup() != null && p.getGroup().splitCost() > 0)
                .groupBy(Placement::getGroup, countDistinct(Placement::getBin))
                .filter((group, bins) -> bins > 1)
                .penalizeLong(HardSoftLongScore.ONE_SOFT, (group, bins) -> (bins - 1) * group.splitCost())
                .justifyWith((group, bins, score) -> new GroupSplit(group.code(), bins, (bins - 1) * group.splitCost()))
                .asConstraint(GROUP_TOGETHER);
    }
}
