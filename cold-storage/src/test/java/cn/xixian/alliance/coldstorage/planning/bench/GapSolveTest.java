package cn.xixian.alliance.coldstorage.planning.bench;

import static org.assertj.core.api.Assertions.assertThat;

import cn.xixian.alliance.coldstorage.planning.domain.AssignmentPlan;
import cn.xixian.alliance.coldstorage.planning.solver.AssignmentSolver;
import cn.xixian.alliance.coldstorage.planning.solver.AssignmentSolverProperties;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.optaplanner.core.api.solver.SolverFactory;

/** The county's solver configuration on small GAP instances, against the optimum found by trying every assignment. */
class GapSolveTest {

    private static final AssignmentSolverProperties ONE_SECOND = new AssignmentSolverProperties(1, 0.9, 4, 40, 400, 7, 1);

    @Test
    void solverFindsTheBruteForceOptimumOfSmallInstances() {
        SolverFactory<AssignmentPlan> factory = SolverFactory.create(AssignmentSolver.solverConfig(ONE_SECOND));
        for (char type : new char[] {'C', 'D', 'E'}) {
            GapInstance g = GapGenerator.generate(type, 3, 9, 11);
            long optimum = bruteForce(g);
            assertThat(optimum).as("instance %s has a feasible assignment", g.name()).isGreaterThanOrEqualTo(0);
            AssignmentPlan solved = factory.buildSolver().solve(GapPlans.toPlan(g));
            assertThat(solved.getScore().isFeasible()).isTrue();
            assertThat(g.evaluate(GapPlans.assignment(solved))).as(g.name()).isEqualTo(optimum);
            assertThat(-solved.getScore().softScore()).isEqualTo(optimum);
        }
    }

    private static long bruteForce(GapInstance g) {
        int[] x = new int[g.jobs()];
        long best = -1;
        int total = (int) Math.pow(g.agents(), g.jobs());
        for (int code = 0; code < total; code++) {
            int rest = code;
            for (int j = 0; j < g.jobs(); j++) {
                x[j] = rest % g.agents();
                rest /= g.agents();
            }
            long cost = g.evaluate(x);
            if (cost >= 0 && (best < 0 || cost < best)) {
                best = cost;
            }
        }
        return best;
    }

    @Test
    void readsSingleAndMultiInstanceFiles(@TempDir Path dir) throws Exception {
        Path single = dir.resolve("tiny");
        Files.writeString(single, "2 3\n1 2 3\n4 5 6\n1 1 1\n1 1 1\n2 2\n");
        GapInstance g = GapInstance.read(single).get(0);
        assertThat(g.name()).isEqualTo("tiny");
        assertThat(g.cost()[1][2]).isEqualTo(6);
        assertThat(g.capacity()).containsExactly(2, 2);
        Path multi = dir.resolve("gapx.txt");
        Files.writeString(multi, "2\n" + "1 1\n5\n3\n4\n" + "1 2\n1 2\n1 1\n2\n");
        List<GapInstance> all = GapInstance.read(multi);
        assertThat(all).extracting(GapInstance::name).containsExactly("gapx-0", "gapx-1");
        assertThat(all.get(1).evaluate(new int[] {0, 0})).isEqualTo(3);
    }
}
