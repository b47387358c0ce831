package cn.xixian.alliance.logistics.dispatch.planning.routing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

class EjectionPoolTest {

    /** Taking vans away through the ejection pool keeps every visit on exactly one feasible route. */
    @Test
    void reducedPlanKeepsEveryVisitOnAFeasibleRoute() {
        int n = 40;
        int m = 12;
        Random random = new Random(5);
        double[][] xy = new double[n + 1][];
        xy[n] = new double[] {50, 50};
        int[] loc = new int[n];
        long[] demand = new long[n];
        double[] ready = new double[n];
        double[] due = new double[n];
        double[] service = new double[n];
        for (int i = 0; i < n; i++) {
            xy[i] = new double[] {random.nextDouble() * 100, random.nextDouble() * 100};
            loc[i] = i;
            demand[i] = 5 + random.nextInt(20);
            ready[i] = random.nextDouble() * 150;
            due[i] = ready[i] + 30 + random.nextDouble() * 60;
            service[i] = 10;
        }
        double[][] dist = new double[n + 1][n + 1];
        for (int a = 0; a <= n; a++) {
            for (int b = 0; b <= n; b++) {
                dist[a][b] = Math.hypot(xy[a][0] - xy[b][0], xy[a][1] - xy[b][1]);
            }
        }
        int[] none = new int[n];
        Arrays.fill(none, -1);
        int[] depot = new int[m];
        Arrays.fill(depot, n);
        double[] end = new double[m];
        Arrays.fill(end, 400);
        long[] cap = new long[m];
        Arrays.fill(cap, 120);
        RoutingProblem p = new RoutingProblem(loc, demand, ready, due, service, new int[n], none, new boolean[n],
                none.clone(), depot, depot.clone(), new double[m], end, cap, new long[m], new boolean[m], dist, dist);
        RoutingSearch search = new RoutingSearch(p, 3);
        RoutingResult start = search.construct(null);
        RoutingResult reduced = search.reduceVehicles(start.routes(), 1500, () -> false);

        assertThat(reduced.unassigned()).isEmpty();
        assertThat(reduced.vehicles()).isLessThan(start.vehicles());
        int[] seen = new int[n];
        for (int v = 0; v < m; v++) {
            Route r = new Route(v, 8);
            r.set(reduced.routes()[v], reduced.routes()[v].length);
            assertThat(r.refresh(p)).as("route %d feasible", v).isTrue();
            for (int i : reduced.routes()[v]) {
                seen[i]++;
            }
        }
        assertThat(seen).containsOnly(1);
    }
}
