package cn.xixian.alliance.coldstorage.planning.search;

import java.util.Random;

/**
 * Tabu search with strategic oscillation for {@link GapProblem}: capacity may overflow at a penalty
 * per unit that each agent adapts on its own (up while it is over, down while all fit), so the
 * search crosses infeasible ground between good feasible regions. Moves are shift (one job to
 * another agent) and swap (two jobs on different agents trade places); the best non-tabu move is
 * taken each iteration, a tabu one only if it yields a new best feasible cost. Large problems look
 * at a random sample of jobs per iteration instead of all of them. When the best has not improved
 * for a while the search restarts from it with a few random shifts.
 */
public final class GapSearch {

    private final GapProblem p;
    private final Random random;
    private final SearchState s;
    private final int sample;
    private final int[][] tabu;
    /** Null when agents have fixed costs: chains then miss what closing an agent saves, so they are skipped. */
    private final ChainDescent chains;
    private long iteration;
    private long lastImprovement;
    private int[] best;
    private long bestCost = Long.MAX_VALUE;
    private boolean bestFeasible;
    private long bestOverflow = Long.MAX_VALUE;

    public GapSearch(GapProblem p, int[] start, long seed, int sample) {
        this.p = p;
        this.random = new Random(seed);
        this.s = new SearchState(p, start);
        this.sample = sample;
        this.tabu = new int[p.jobs][p.agents];
        this.chains = java.util.Arrays.stream(p.fixed).allMatch(f -> f == 0) && (long) p.jobs * p.jobs <= 1_000_000
                ? new ChainDescent(p, s) : null;
        this.best = start.clone();
        remember();
    }

    public int[] best() {
        return best.clone();
    }

    public long bestCost() {
        return bestCost;
    }

    public boolean bestFeasible() {
        return bestFeasible;
    }

    public long iterations() {
        return iteration;
    }

    /** The current assignment (not the best): each job's agent. */
    int[] current() {
        return s.x.clone();
    }

    /** Whether moving {@code job} to {@code agent} is tabu in the next iteration (unless it gives a new best). */
    boolean tabu(int job, int agent) {
        return tabu[job][agent] > iteration + 1;
    }

    /** Continues the search until the deadline ({@link System#nanoTime()}) or the stop check says so. */
    public void run(long deadlineNanos) {
        int stall = Math.max(2_000, 20 * p.jobs);
        while (System.nanoTime() < deadlineNanos) {
            for (int k = 0; k < 32; k++) {
                step();
                if (iteration - lastImprovement > stall) {
                    restartFromBest();
                }
            }
        }
    }

    /** A fixed number of iterations, whatever the clock says (comparing variants on a loaded machine). */
    public void runIterations(long count) {
        int stall = Math.max(2_000, 20 * p.jobs);
        for (long k = 0; k < count; k++) {
            step();
            if (iteration - lastImprovement > stall) {
                restartFromBest();
            }
        }
    }

    private void step() {
        iteration++;
        Move move = bestMove();
        if (move.kind == Move.SHIFT) {
            tabu[move.j1][s.x[move.j1]] = (int) (iteration + tenure());
            s.shift(move.j1, move.target);
        } else if (move.kind == Move.SWAP) {
            tabu[move.j1][s.x[move.j1]] = (int) (iteration + tenure());
            tabu[move.j2][s.x[move.j2]] = (int) (iteration + tenure());
            s.swap(move.j1, move.j2);
        }
        s.adaptWeights();
        remember();
        if (chains != null && lastImprovement == iteration && bestFeasible && chains.descend()) {
            remember();
        }
    }

    private int tenure() {
        return 5 + random.nextInt(Math.max(2, p.jobs / 10));
    }

    private void remember() {
        boolean feasible = s.overAgents == 0;
        if (feasible ? (!bestFeasible || s.cost < bestCost) : (!bestFeasible && s.overflow() < bestOverflow)) {
            bestFeasible = feasible;
            bestCost = s.cost;
            bestOverflow = feasible ? 0 : s.overflow();
            System.arraycopy(s.x, 0, best, 0, best.length);
            lastImprovement = iteration;
        }
    }

    private Move bestMove() {
        Move m = new Move();
        boolean full = p.jobs <= sample;
        int count = full ? p.jobs : sample;
        int[] jobs = new int[count];
        for (int k = 0; k < count; k++) {
            jobs[k] = full ? k : random.nextInt(p.jobs);
        }
        for (int j : jobs) {
            int a = s.x[j];
            for (int b : p.candidates[j]) {
                if (b != a) {
                    double d = s.shiftDelta(j, b);
                    if (d < m.delta || (d == m.delta && random.nextBoolean())) {
                        if (tabu[j][b] <= iteration || aspires(s.cost + s.shiftCostDelta(j, b), s.feasibleAfterShift(j, b))) {
                            m.set(Move.SHIFT, d, j, b, -1);
                        }
                    }
                }
            }
        }
        // Sampled (large) problems pair only the first part of the sample: swaps grow with its square.
        int swapCount = full ? count : Math.min(count, 100);
        for (int u = 0; u < swapCount; u++) {
            int j1 = jobs[u];
            int a = s.x[j1];
            int[] c1 = p.cost[j1];
            for (int v = u + 1; v < swapCount; v++) {
                int j2 = jobs[v];
                int b = s.x[j2];
                if (a == b || c1[b] >= GapProblem.FORBIDDEN || p.cost[j2][a] >= GapProblem.FORBIDDEN) {
                    continue;
                }
                double d = s.swapDelta(j1, j2);
                if (d < m.delta) {
                    boolean isTabu = tabu[j1][b] > iteration || tabu[j2][a] > iteration;
                    if (!isTabu || aspires(s.cost + s.swapCostDelta(j1, j2), s.feasibleAfterSwap(j1, j2))) {
                        m.set(Move.SWAP, d, j1, -1, j2);
                    }
                }
            }
        }
        return m;
    }

    private boolean aspires(long newCost, boolean feasible) {
        return feasible && (!bestFeasible || newCost < bestCost);
    }

    /** Whether this search's best beats the other's: feasible first, then cost, else less overflow. */
    public boolean betterThan(GapSearch other) {
        if (bestFeasible != other.bestFeasible) {
            return bestFeasible;
        }
        return bestFeasible ? bestCost < other.bestCost : bestOverflow < other.bestOverflow;
    }

    /** Carries on from another search's best (parallel searches share their best between slices). */
    public void adopt(GapSearch other) {
        System.arraycopy(other.best, 0, best, 0, best.length);
        bestCost = other.bestCost;
        bestFeasible = other.bestFeasible;
        bestOverflow = other.bestOverflow;
        s.reset(best);
        lastImprovement = iteration;
    }

    private void restartFromBest() {
        s.reset(best);
        int kicks = Math.max(2, p.jobs / 25);
        for (int k = 0; k < kicks; k++) {
            int j = random.nextInt(p.jobs);
            int[] options = p.candidates[j];
            s.shift(j, options[random.nextInt(options.length)]);
        }
        lastImprovement = iteration;
    }

    private static final class Move {
        static final int NONE = 0;
        static final int SHIFT = 1;
        static final int SWAP = 2;
        int kind = NONE;
        double delta = Double.MAX_VALUE;
        int j1;
        int target;
        int j2;

        void set(int kind, double delta, int j1, int target, int j2) {
            this.kind = kind;
            this.delta = delta;
            this.j1 = j1;
            this.target = target;
            this.j2 = j2;
        }
    }
}
