package cn.xixian.alliance.logistics.dispatch.planning.solver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import cn.xixian.alliance.logistics.dispatch.planning.domain.DispatchSolution;
import cn.xixian.alliance.logistics.dispatch.planning.domain.RoadMatrix;
import cn.xixian.alliance.logistics.dispatch.planning.domain.Vehicle;
import cn.xixian.alliance.logistics.dispatch.planning.domain.Visit;
import cn.xixian.alliance.logistics.dispatch.planning.domain.VisitKind;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.optaplanner.core.api.solver.SolverFactory;

/**
 * A random 7-customer VRPTW solved by the dispatch solver configuration and by trying every
 * ordering and every split into routes: same vehicle count, same distance.
 */
class SmallInstanceBruteForceTest {

    private static final int N = 7;
    private static final long CAPACITY = 10;
    private static final double DEPOT_DUE = 230;

    @Test
    void solverMatchesBruteForce() {
        Random random = new Random(7);
        double[] x = new double[N + 1];
        double[] y = new double[N + 1];
        long[] demand = new long[N + 1];
        double[] ready = new double[N + 1];
        double[] due = new double[N + 1];
        x[0] = 50;
        y[0] = 50;
        for (int i = 1; i <= N; i++) {
            x[i] = random.nextInt(100);
            y[i] = random.nextInt(100);
            demand[i] = 1 + random.nextInt(4);
            ready[i] = random.nextInt(100);
            due[i] = ready[i] + 60 + random.nextInt(60);
        }
        double[][] d = new double[N + 1][N + 1];
        for (int a = 0; a <= N; a++) {
            for (int b = 0; b <= N; b++) {
                d[a][b] = Math.hypot(x[a] - x[b], y[a] - y[b]);
            }
        }
        double[] best = bruteForce(d, demand, ready, due);

        RoadMatrix matrix = new RoadMatrix(d, d);
        List<Visit> visits = new ArrayList<>();
        for (int i = 1; i <= N; i++) {
            visits.add(new Visit("c" + i, i, VisitKind.DROP, demand[i], ready[i], due[i], 10, false));
        }
        List<Vehicle> vans = new ArrayList<>();
        for (int v = 0; v < N; v++) {
            vans.add(new Vehicle("V" + v, CAPACITY, false, 0, 0, 0, DEPOT_DUE, matrix));
        }
        SolverSettings settings = new SolverSettings(Duration.ofSeconds(2), 0.9, 0.5, Duration.ofMillis(500), 1, 2);
        DispatchSolution solved = SolverFactory.<DispatchSolution>create(DispatchSolverConfiguration.solverConfig(settings))
                .buildSolver().solve(new DispatchSolution(matrix, vans, visits));

        assertThat(solved.getScore().isFeasible()).isTrue();
        long used = solved.getVehicles().stream().filter(v -> !v.getVisits().isEmpty()).count();
        double distance = solved.getVehicles().stream().mapToDouble(Vehicle::distance).sum();
        assertThat((double) used).isEqualTo(best[0]);
        assertThat(distance).isCloseTo(best[1], within(1e-6));
    }

    /** {vehicles, distance} of the best plan over all orders of the customers cut into consecutive routes. */
    private static double[] bruteForce(double[][] d, long[] demand, double[] ready, double[] due) {
        double[] best = {Double.MAX_VALUE, Double.MAX_VALUE};
        int[] order = new int[N];
        for (int i = 0; i < N; i++) {
            order[i] = i + 1;
        }
        permute(order, 0, d, demand, ready, due, best);
        return best;
    }

    private static void permute(int[] order, int k, double[][] d, long[] demand, double[] ready, double[] due,
            double[] best) {
        if (k == order.length) {
            for (int cuts = 0; cuts < 1 << (N - 1); cuts++) {
                evaluate(order, cuts, d, demand, ready, due, best);
            }
            return;
        }
        for (int i = k; i < order.length; i++) {
            swap(order, k, i);
            permute(order, k + 1, d, demand, ready, due, best);
            swap(order, k, i);
        }
    }

    private static void evaluate(int[] order, int cuts, double[][] d, long[] demand, double[] ready, double[] due,
            double[] best) {
        int routes = 1;
        double total = 0;
        int at = 0;
        double time = 0;
        long load = 0;
        for (int k = 0; k < N; k++) {
            int c = order[k];
            if (k > 0 && (cuts & (1 << (k - 1))) != 0) {
                total += d[at][0];
                if (time + d[at][0] > DEPOT_DUE) {
                    return;
                }
                routes++;
                at = 0;
                time = 0;
                load = 0;
            }
            total += d[at][c];
            time = Math.max(ready[c], time + d[at][c]);
            load += demand[c];
            if (time > due[c] || load > CAPACITY) {
                return;
            }
            time += 10;
            at = c;
        }
        total += d[at][0];
        if (time + d[at][0] > DEPOT_DUE) {
            return;
        }
        if (routes < best[0] || (routes == best[0] && total < best[1] - 1e-9)) {
            best[0] = routes;
            best[1] = total;
        }
    }

    private static void swap(int[] a, int i, int j) {
        int t = a[i];
        a[i] = a[j];
        a[j] = t;
    }
}
