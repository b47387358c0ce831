package cn.xixian.alliance.logistics.dispatch.planning.routing;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import org.junit.jupiter.api.Test;

/** A pair split across vans or out of order in the starting routes is put back as one unit, pickup first. */
class RoutingSearchPairsTest {

    private static final double[][] LINE = {{0, 10, 20, 30}, {10, 0, 10, 20}, {20, 10, 0, 10}, {30, 20, 10, 0}};

    /** Visit 0 picks up at 1, visit 1 delivers at 3, visit 2 is a depot drop at 2; two vans at 0. */
    private static RoutingProblem problem() {
        return new RoutingProblem(new int[] {1, 3, 2}, new long[] {3, 3, 1}, new double[] {0, 0, 0},
                new double[] {1000, 1000, 1000}, new double[] {5, 5, 5},
                new int[] {RoutingProblem.PICKUP, RoutingProblem.DELIVERY, RoutingProblem.DROP},
                new int[] {1, 0, -1}, new boolean[3], new int[] {-1, -1, -1}, new int[] {0, 0}, new int[] {0, 0},
                new double[] {0, 0}, new double[] {10_000, 10_000}, new long[] {100, 100}, new long[] {0, 0},
                new boolean[2], LINE, LINE);
    }

    @Test
    void aSplitPairIsReinsertedWhole() {
        RoutingSearch search = new RoutingSearch(problem(), 1);
        int[][] split = {{0, 2}, {1}};
        assertArrayEquals(new int[][] {{0, 1, 2}, {}}, search.construct(split).routes());
        // before the fix, emptying the delivery's route put the pickup on the van a second time: [0, 2, 1, 0]
        assertArrayEquals(new int[][] {{0, 1, 2}, {}}, search.reduceVehicles(split, 200, () -> false).routes());
    }

    @Test
    void aDeliveryBeforeItsPickupIsReinsertedWhole() {
        RoutingSearch search = new RoutingSearch(problem(), 1);
        assertArrayEquals(new int[][] {{0, 1, 2}, {}}, search.construct(new int[][] {{1, 0, 2}, {}}).routes());
    }
}
