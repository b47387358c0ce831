package cn.xixian.alliance.logistics.dispatch.planning.routing;

import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;

/**
 * A routing problem as flat arrays, for the fast heuristic: visits 0..n-1, vehicles 0..m-1,
 * locations indexing the distance and time matrices. Times and distances are in the caller's units
 * (Solomon: coordinate units; county: seconds and metres). A vehicle's departure, location and
 * load already account for any stops pinned before the part being planned.
 */
public final class RoutingProblem {

    public static final int DROP = 0;
    public static final int PICKUP = 1;
    public static final int DELIVERY = 2;

    final int n;
    final int m;
    final int[] loc;
    final long[] demand;
    final double[] ready;
    final double[] due;
    final double[] service;
    final int[] kind;
    final int[] partner;
    final boolean[] cold;
    final int[] requiredVehicle;
    final int[] vStartLoc;
    final int[] vEndLoc;
    final double[] vDepart;
    final double[] vEnd;
    final long[] vCap;
    final long[] vInitialLoad;
    final boolean[] vCold;
    final int[] vType;
    final double[][] dist;
    final double[][] time;
    final int[][] near;

    /** Visit arrays have length n, vehicle arrays length m; {@code partner} -1 and {@code requiredVehicle} -1 mean none. */
    public RoutingProblem(int[] loc, long[] demand, double[] ready, double[] due, double[] service, int[] kind,
            int[] partner, boolean[] cold, int[] requiredVehicle, int[] vStartLoc, int[] vEndLoc, double[] vDepart,
            double[] vEnd, long[] vCap, long[] vInitialLoad, boolean[] vCold, double[][] dist, double[][] time) {
        this.n = loc.length;
        this.m = vStartLoc.length;
        this.loc = loc;
        this.demand = demand;
        this.ready = ready;
        this.due = due;
        this.service = service;
        this.kind = kind;
        this.partner = partner;
        this.cold = cold;
        this.requiredVehicle = requiredVehicle;
        this.vStartLoc = vStartLoc;
        this.vEndLoc = vEndLoc;
        this.vDepart = vDepart;
        this.vEnd = vEnd;
        this.vCap = vCap;
        this.vInitialLoad = vInitialLoad;
        this.vCold = vCold;
        this.dist = dist;
        this.time = time;
        this.vType = new int[m];
        for (int v = 0; v < m; v++) {
            vType[v] = v;
            for (int w = 0; w < v; w++) {
                if (vType[w] == w && sameType(v, w)) {
                    vType[v] = w;
                    break;
                }
            }
        }
        this.near = new int[n][];
        for (int i = 0; i < n; i++) {
            int from = loc[i];
            near[i] = IntStream.range(0, n).boxed()
                    .sorted(Comparator.comparingDouble((Integer j) -> dist[from][loc[j]]))
                    .mapToInt(Integer::intValue).toArray();
        }
        for (int i = 0; i < n; i++) {
            // the seed itself first
            int[] list = near[i];
            int at = indexOf(list, i);
            System.arraycopy(list, 0, list, 1, at);
            list[0] = i;
        }
    }

    private boolean sameType(int a, int b) {
        return vStartLoc[a] == vStartLoc[b] && vEndLoc[a] == vEndLoc[b] && vDepart[a] == vDepart[b] && vEnd[a] == vEnd[b]
                && vCap[a] == vCap[b] && vInitialLoad[a] == vInitialLoad[b] && vCold[a] == vCold[b];
    }

    static int indexOf(int[] array, int value) {
        for (int i = 0; i < array.length; i++) {
            if (array[i] == value) {
                return i;
            }
        }
        return -1;
    }

    public int visits() {
        return n;
    }

    public int vehicles() {
        return m;
    }

    /** The visit that heads the unit {@code i} belongs to: a pair moves as one, led by its pickup. */
    int head(int i) {
        return kind[i] == DELIVERY && requiredVehicle[i] < 0 && partner[i] >= 0 ? partner[i] : i;
    }

    boolean allowed(int v, int u) {
        if (requiredVehicle[u] >= 0 && requiredVehicle[u] != v) {
            return false;
        }
        if (cold[u] && !vCold[v]) {
            return false;
        }
        return demand[u] <= vCap[v];
    }

    /** Fewest vehicles that could carry every depot drop by capacity alone. */
    int vehicleLowerBound() {
        long total = 0;
        for (int i = 0; i < n; i++) {
            if (kind[i] == DROP) {
                total += demand[i];
            }
        }
        long[] caps = vCap.clone();
        Arrays.sort(caps);
        int k = 0;
        for (int v = caps.length - 1; v >= 0 && total > 0; v--) {
            total -= caps[v];
            k++;
        }
        return Math.max(k, n > 0 ? 1 : 0);
    }
}
