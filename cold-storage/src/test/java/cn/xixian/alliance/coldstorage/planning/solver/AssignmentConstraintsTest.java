package cn.xixian.alliance.coldstorage.planning.solver;

import cn.xixian.alliance.coldstorage.planning.domain.AssignmentPlan;
import cn.xixian.alliance.coldstorage.planning.domain.Bin;
import cn.xixian.alliance.coldstorage.planning.domain.ItemGroup;
import cn.xixian.alliance.coldstorage.planning.domain.Placement;
import cn.xixian.alliance.coldstorage.planning.domain.Site;
import org.junit.jupiter.api.Test;
import org.optaplanner.test.api.score.stream.ConstraintVerifier;

class AssignmentConstraintsTest {

    private final ConstraintVerifier<AssignmentConstraints, AssignmentPlan> verifier =
            ConstraintVerifier.build(new AssignmentConstraints(), AssignmentPlan.class, Placement.class);

    private final Site north = new Site("NORTH", 500);
    private final Site south = new Site("SOUTH", 500);
    private final Bin a = new Bin(0, "A", north, 100, 0);
    private final Bin b = new Bin(1, "B", north, 100, 7000);
    private final Bin c = new Bin(2, "C", south, 100, 0);
    private final ItemGroup coop = new ItemGroup("COOP-1", 300);

    private Placement item(int index, long quantity, Bin bin) {
        Placement p = new Placement(index, "lot-" + index, coop, quantity, new int[] {10, 20, 30},
                new int[] {1, 2, 3}, null, new boolean[] {true, true, false});
        p.setBin(bin);
        return p;
    }

    @Test
    void binCapacity() {
        verifier.verifyThat(AssignmentConstraints::binCapacity).given(item(0, 60, a), item(1, 70, a)).penalizesBy(30);
        verifier.verifyThat(AssignmentConstraints::binCapacity).given(item(0, 60, a), item(1, 40, a)).penalizesBy(0);
    }

    @Test
    void binCapacityUsesThePairsOwnUse() {
        Placement p = new Placement(0, "job-0", null, 0, null, new int[] {5, 5, 5}, new int[] {150, 50, 50}, null);
        p.setBin(a);
        verifier.verifyThat(AssignmentConstraints::binCapacity).given(p).penalizesBy(50);
        p.setBin(b);
        verifier.verifyThat(AssignmentConstraints::binCapacity).given(p).penalizesBy(0);
    }

    @Test
    void binSuitsItem() {
        verifier.verifyThat(AssignmentConstraints::binSuitsItem).given(item(0, 60, c)).penalizesBy(60);
        verifier.verifyThat(AssignmentConstraints::binSuitsItem).given(item(0, 60, b)).penalizesBy(0);
    }

    @Test
    void transportCost() {
        verifier.verifyThat(AssignmentConstraints::transportCost).given(item(0, 1, b), item(1, 1, a)).penalizesBy(30);
        Placement free = new Placement(2, "x", null, 1, null, null, null, null);
        free.setBin(a);
        verifier.verifyThat(AssignmentConstraints::transportCost).given(free).penalizesBy(0);
    }

    @Test
    void storageCost() {
        verifier.verifyThat(AssignmentConstraints::storageCost).given(item(0, 1, c), item(1, 1, b)).penalizesBy(5);
        Placement free = new Placement(2, "x", null, 1, null, null, null, null);
        free.setBin(a);
        verifier.verifyThat(AssignmentConstraints::storageCost).given(free).penalizesBy(0);
    }

    @Test
    void binFixedCostIsPaidOncePerUsedBin() {
        verifier.verifyThat(AssignmentConstraints::binFixedCost).given(item(0, 1, b), item(1, 1, b)).penalizesBy(7000);
        verifier.verifyThat(AssignmentConstraints::binFixedCost).given(item(0, 1, a), item(1, 1, c)).penalizesBy(0);
    }

    @Test
    void sitesTouched() {
        verifier.verifyThat(AssignmentConstraints::sitesTouched).given(item(0, 1, a), item(1, 1, b)).penalizesBy(500);
        verifier.verifyThat(AssignmentConstraints::sitesTouched).given(item(0, 1, a), item(1, 1, c)).penalizesBy(1000);
        Placement gap = new Placement(2, "job", null, 1, null, null, null, null);
        gap.setBin(new Bin(3, "agent-3", null, 10, 0));
        verifier.verifyThat(AssignmentConstraints::sitesTouched).given(gap).penalizesBy(0);
    }

    @Test
    void groupTogether() {
        verifier.verifyThat(AssignmentConstraints::groupTogether)
                .given(item(0, 1, a), item(1, 1, b), item(2, 1, c)).penalizesBy(600);
        verifier.verifyThat(AssignmentConstraints::groupTogether).given(item(0, 1, a), item(1, 1, a)).penalizesBy(0);
    }
}
