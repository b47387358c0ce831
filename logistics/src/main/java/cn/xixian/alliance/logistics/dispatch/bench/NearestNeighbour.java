package cn.xixian.alliance.logistics.dispatch.bench;

import java.util.ArrayList;
import java.util.List;

/** The baseline: from the depot (or the last stop) drive to the nearest customer that still fits; else go home. */
final class NearestNeighbour {

    private NearestNeighbour() {
    }

    static List<List<Integer>> routes(SolomonInstance in) {
        int size = in.number().length;
        boolean[] done = new boolean[size];
        int left = size - 1;
        List<List<Integer>> routes = new ArrayList<>();
        while (left > 0) {
            List<Integer> route = new ArrayList<>();
            int at = 0;
            double time = in.ready()[0];
            long load = 0;
            while (true) {
                int best = -1;
                double bestDistance = Double.POSITIVE_INFINITY;
                for (int i = 1; i < size; i++) {
                    double d = in.distance(at, i);
                    double start = Math.max(in.ready()[i], time + d);
                    if (!done[i] && d < bestDistance && load + in.demand()[i] <= in.capacity() && start <= in.due()[i]
                            && start + in.service()[i] + in.distance(i, 0) <= in.due()[0]) {
                        best = i;
                        bestDistance = d;
                    }
                }
                if (best < 0) {
                    break;
                }
                time = Math.max(in.ready()[best], time + bestDistance) + in.service()[best];
                load += in.demand()[best];
                done[best] = true;
                left--;
                route.add(in.number()[best]);
                at = best;
            }
            if (route.isEmpty()) {
                // a customer no vehicle can reach in time: serve it alone (late) so it is never dropped
                for (int i = 1; i < size; i++) {
                    if (!done[i]) {
                        done[i] = true;
                        left--;
                        route.add(in.number()[i]);
                        break;
                    }
                }
            }
            routes.add(route);
        }
        return routes;
    }
}
