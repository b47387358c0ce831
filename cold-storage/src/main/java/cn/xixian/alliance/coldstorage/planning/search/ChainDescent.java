package cn.xixian.alliance.coldstorage.planning.search;

/**
 * Ejection chains of length two on a feasible assignment: job j1 moves to agent b even though b is then over
 * capacity, and a job j2 already on b is ejected to an agent c where it fits (c may be j1's old agent, which
 * makes it a swap). Plain shifts that fit are included. Takes the best improving chain until none improves.
 * Far larger than shift and swap (about n² m chains), so it runs only when the tabu search finds a new best;
 * candidate lists are cheapest-first, so each (j1, b, j2) stops at its first c that fits.
 */
final class ChainDescent {

    private final GapProblem p;
    private final SearchState s;
    private final int[][] jobsOn;
    private final int[] jobCount;

    ChainDescent(GapProblem p, SearchState s) {
        this.p = p;
        this.s = s;
        this.jobsOn = new int[p.agents][p.jobs];
        this.jobCount = new int[p.agents];
    }

    /** Improves the (feasible) current state in place; returns whether anything changed. */
    boolean descend() {
        boolean changed = false;
        while (bestChain()) {
            changed = true;
        }
        return changed;
    }

    private boolean bestChain() {
        java.util.Arrays.fill(jobCount, 0);
        for (int j = 0; j < p.jobs; j++) {
            int a = s.x[j];
            jobsOn[a][jobCount[a]++] = j;
        }
        long bestGain = 0;
        int bj1 = -1;
        int bb = -1;
        int bj2 = -1;
        int bc = -1;
        for (int j1 = 0; j1 < p.jobs; j1++) {
            int a = s.x[j1];
            int[] c1 = p.cost[j1];
            long loadAAfter = s.load[a] - p.use[j1][a];
            for (int b : p.candidates[j1]) {
                if (b == a) {
                    continue;
                }
                long d1 = (long) c1[b] - c1[a];
                long loadB = s.load[b] + p.use[j1][b];
                if (loadB <= p.capacity[b]) {
                    if (d1 < bestGain) {
                        bestGain = d1;
                        bj1 = j1;
                        bb = b;
                        bj2 = -1;
                    }
                    continue;
                }
                for (int k = 0; k < jobCount[b]; k++) {
                    int j2 = jobsOn[b][k];
                    if (loadB - p.use[j2][b] > p.capacity[b]) {
                        continue;
                    }
                    long base = d1 - p.cost[j2][b];
                    int[] options = p.candidates[j2];
                    if (base + p.cost[j2][options[0]] >= bestGain) {
                        continue;
                    }
                    for (int c : options) {
                        long d = base + p.cost[j2][c];
                        if (d >= bestGain) {
                            break;
                        }
                        if (c == b) {
                            continue;
                        }
                        long loadC = (c == a ? loadAAfter : s.load[c]) + p.use[j2][c];
                        if (loadC <= p.capacity[c]) {
                            bestGain = d;
                            bj1 = j1;
                            bb = b;
                            bj2 = j2;
                            bc = c;
                            break;
                        }
                    }
                }
            }
        }
        if (bj1 < 0) {
            return false;
        }
        s.shift(bj1, bb);
        if (bj2 >= 0) {
            s.shift(bj2, bc);
        }
        return true;
    }
}
