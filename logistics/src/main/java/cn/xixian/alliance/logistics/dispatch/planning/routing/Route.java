package cn.xixian.alliance.logistics.dispatch.planning.routing;

import java.util.Arrays;

/**
 * One vehicle's sequence with the caches that make an insertion check O(1): earliest service start
 * {@code es}, latest feasible start {@code ls} (forward and backward time slack), load after each stop
 * and the running maximum load up to each stop.
 */
final class Route {

    final int v;
    int[] seq;
    int len;
    double[] es;
    double[] ls;
    long[] loadAfter;
    long[] prefMax;
    long loadStart;
    double distance;
    double endTime;

    Route(int v, int capacity) {
        this.v = v;
        int size = Math.max(4, capacity);
        seq = new int[size];
        es = new double[size];
        ls = new double[size];
        loadAfter = new long[size];
        prefMax = new long[size];
    }

    Route copy() {
        Route c = new Route(v, len + 4);
        System.arraycopy(seq, 0, c.seq, 0, len);
        System.arraycopy(es, 0, c.es, 0, len);
        System.arraycopy(ls, 0, c.ls, 0, len);
        System.arraycopy(loadAfter, 0, c.loadAfter, 0, len);
        System.arraycopy(prefMax, 0, c.prefMax, 0, len);
        c.len = len;
        c.loadStart = loadStart;
        c.distance = distance;
        c.endTime = endTime;
        return c;
    }

    private void ensure(int size) {
        if (seq.length < size) {
            int grown = Math.max(size, seq.length * 2);
            seq = Arrays.copyOf(seq, grown);
            es = Arrays.copyOf(es, grown);
            ls = Arrays.copyOf(ls, grown);
            loadAfter = Arrays.copyOf(loadAfter, grown);
            prefMax = Arrays.copyOf(prefMax, grown);
        }
    }

    void insert(int pos, int visit) {
        ensure(len + 1);
        System.arraycopy(seq, pos, seq, pos + 1, len - pos);
        seq[pos] = visit;
        len++;
    }

    void set(int[] visits, int count) {
        ensure(count);
        System.arraycopy(visits, 0, seq, 0, count);
        len = count;
    }

    /** Removes every visit flagged in {@code removed}; true if any was here. */
    boolean removeAll(boolean[] removed) {
        int w = 0;
        for (int k = 0; k < len; k++) {
            if (!removed[seq[k]]) {
                seq[w++] = seq[k];
            }
        }
        boolean changed = w != len;
        len = w;
        return changed;
    }

    int indexOf(int visit) {
        for (int k = 0; k < len; k++) {
            if (seq[k] == visit) {
                return k;
            }
        }
        return -1;
    }

    /** Recomputes the caches; false if the sequence breaks a window, the return time or the capacity. */
    boolean refresh(RoutingProblem p) {
        long load = p.vInitialLoad[v];
        for (int k = 0; k < len; k++) {
            if (p.kind[seq[k]] == RoutingProblem.DROP) {
                load += p.demand[seq[k]];
            }
        }
        loadStart = load;
        long max = load;
        boolean feasible = true;
        double t = p.vDepart[v];
        int prev = p.vStartLoc[v];
        double d = 0;
        for (int k = 0; k < len; k++) {
            int i = seq[k];
            int l = p.loc[i];
            double start = Math.max(p.ready[i], t + p.time[prev][l]);
            feasible &= start <= p.due[i];
            es[k] = start;
            t = start + p.service[i];
            d += p.dist[prev][l];
            load += p.kind[i] == RoutingProblem.PICKUP ? p.demand[i] : -p.demand[i];
            loadAfter[k] = load;
            max = Math.max(max, load);
            prefMax[k] = max;
            prev = l;
        }
        int end = p.vEndLoc[v];
        d += len == 0 ? 0 : p.dist[prev][end];
        endTime = len == 0 ? p.vDepart[v] : t + p.time[prev][end];
        distance = d;
        double late = p.vEnd[v];
        int next = end;
        for (int k = len - 1; k >= 0; k--) {
            int i = seq[k];
            int l = p.loc[i];
            late = Math.min(p.due[i], late - p.time[l][next] - p.service[i]);
            ls[k] = late;
            next = l;
        }
        return feasible && endTime <= p.vEnd[v] && max <= p.vCap[v];
    }
}
