package cn.xixian.alliance.logistics.distance;

import java.util.List;

/**
 * Where travel distances and times come from. The default is great-circle distance times a road
 * factor at an average speed ({@link GreatCircleDistanceMatrix}); a road-network engine (OSRM,
 * GraphHopper, a map vendor's matrix API) replaces it by declaring another bean of this type.
 * Planners ask for a whole {@link #matrix(List)} once per solve, because a road engine answers
 * many-to-many queries far faster than pair by pair.
 */
public interface DistanceMatrix {

    /** Driving from {@code from} to {@code to}. */
    Leg leg(GeoPoint from, GeoPoint to);

    /** Every ordered pair of {@code points}; engines with a bulk query override this. */
    default TravelMatrix matrix(List<GeoPoint> points) {
        int n = points.size();
        long[][] meters = new long[n][n];
        long[][] seconds = new long[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                Leg leg = i == j ? Leg.ZERO : leg(points.get(i), points.get(j));
                meters[i][j] = leg.meters();
                seconds[i][j] = leg.seconds();
            }
        }
        return new TravelMatrix(List.copyOf(points), meters, seconds);
    }
}
