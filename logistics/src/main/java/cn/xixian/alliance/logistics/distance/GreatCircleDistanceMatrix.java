package cn.xixian.alliance.logistics.distance;

/**
 * Great-circle (haversine) distance stretched by a road factor, driven at an average speed. Good
 * enough for a county of winding loess-plateau roads until a road engine is plugged in.
 */
public final class GreatCircleDistanceMatrix implements DistanceMatrix {

    private static final double EARTH_RADIUS_M = 6_371_008.8;

    private final double roadFactor;
    private final double metersPerSecond;

    public GreatCircleDistanceMatrix(double roadFactor, double averageSpeedKmh) {
        if (roadFactor < 1 || averageSpeedKmh <= 0) {
            throw new IllegalArgumentException("road factor must be >= 1 and average speed > 0");
        }
        this.roadFactor = roadFactor;
        this.metersPerSecond = averageSpeedKmh / 3.6;
    }

    public GreatCircleDistanceMatrix(DistanceProperties properties) {
        this(properties.roadFactor(), properties.averageSpeedKmh());
    }

    @Override
    public Leg leg(GeoPoint from, GeoPoint to) {
        double meters = greatCircleMeters(from, to) * roadFactor;
        return new Leg(Math.round(meters), Math.round(meters / metersPerSecond));
    }

    static double greatCircleMeters(GeoPoint a, GeoPoint b) {
        double lat1 = Math.toRadians(a.lat());
        double lat2 = Math.toRadians(b.lat());
        double dLat = lat2 - lat1;
        double dLon = Math.toRadians(b.lon() - a.lon());
        double h = Math.sin(dLat / 2) * Math.sin(dLat / 2)
                + Math.cos(lat1) * Math.cos(lat2) * Math.sin(dLon / 2) * Math.sin(dLon / 2);
        return 2 * EARTH_RADIUS_M * Math.asin(Math.min(1, Math.sqrt(h)));
    }
}
