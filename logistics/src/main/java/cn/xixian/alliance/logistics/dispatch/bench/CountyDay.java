package cn.xixian.alliance.logistics.dispatch.bench;

import cn.xixian.alliance.logistics.dispatch.persistence.DispatchPlanDocument;
import cn.xixian.alliance.logistics.dispatch.persistence.DispatchPlanDocument.Stop;
import cn.xixian.alliance.logistics.dispatch.persistence.DispatchPlanDocument.VanPlan;
import java.time.LocalDate;
import java.util.Random;

/**
 * A generated county day for the dispatch benchmark: vans at the county delivery centre, and
 * pickup-delivery pairs between villages within ~17 km, four cold stores and the post hub —
 * harvest to cold stores (cold), farm inputs to villages, parcels to the hub.
 */
final class CountyDay {

    private static final double LAT = 36.693;
    private static final double LON = 110.940;
    private static final double[][] COLD_STORES = {{36.70, 110.95}, {36.62, 110.88}, {36.75, 111.02}, {36.66, 111.05}};

    private CountyDay() {
    }

    static DispatchPlanDocument generate(int stops, int vans, long seed) {
        Random random = new Random(seed);
        DispatchPlanDocument plan = new DispatchPlanDocument();
        plan.id = "county-" + seed;
        plan.date = LocalDate.of(2026, 9, 15);
        plan.zone = "Asia/Shanghai";
        for (int v = 0; v < vans; v++) {
            VanPlan van = new VanPlan();
            van.vanId = "VAN-" + (v + 1);
            van.vanCode = van.vanId;
            van.capacityGrams = (v % 3 == 0 ? 3_500 : v % 3 == 1 ? 2_500 : 1_500) * 1000L;
            van.refrigerated = v % 3 == 0;
            van.depotName = "红色快递县城乡配送中心";
            van.depotLat = LAT;
            van.depotLon = LON;
            van.shiftStart = 6 * 3600;
            van.shiftEnd = 20 * 3600;
            plan.vans.add(van);
        }
        for (int r = 0; r < stops / 2; r++) {
            double[] village = {LAT + (random.nextDouble() - 0.5) * 0.30, LON + (random.nextDouble() - 0.5) * 0.36};
            double[] store = nearest(village);
            int kind = random.nextInt(10);
            // some harvest rides cold, most of it is fine in a plain van for the short trip
            boolean cold = kind < 5 && random.nextInt(10) < 4;
            double[] from = kind < 5 ? village : kind < 8 ? new double[] {LAT, LON} : store;
            double[] to = kind < 5 ? store : kind < 8 ? village : new double[] {LAT + 0.004, LON - 0.003};
            long open = (7 + random.nextInt(7)) * 3600L + random.nextInt(4) * 900L;
            long weight = (50 + random.nextInt(750)) * 1000L;
            String id = "R" + r;
            plan.pending.add(stop(id + "-P", id, "PICKUP", from, open, open + (2 + random.nextInt(3)) * 3600L, 300,
                    weight, cold));
            plan.pending.add(stop(id + "-D", id, "DELIVERY", to, open, 19 * 3600L, 300, weight, cold));
        }
        return plan;
    }

    /** Harvest goes to the closest cold store. */
    private static double[] nearest(double[] village) {
        double[] best = COLD_STORES[0];
        for (double[] store : COLD_STORES) {
            if (Math.hypot(store[0] - village[0], store[1] - village[1]) < Math.hypot(best[0] - village[0], best[1] - village[1])) {
                best = store;
            }
        }
        return best;
    }

    private static Stop stop(String id, String request, String kind, double[] at, long start, long end, long service,
            long grams, boolean cold) {
        Stop stop = new Stop();
        stop.id = id;
        stop.requestId = request;
        stop.kind = kind;
        stop.placeName = id;
        stop.lat = at[0];
        stop.lon = at[1];
        stop.windowStart = start;
        stop.windowEnd = end;
        stop.serviceSeconds = service;
        stop.weightGrams = grams;
        stop.refrigerated = cold;
        return stop;
    }
}
