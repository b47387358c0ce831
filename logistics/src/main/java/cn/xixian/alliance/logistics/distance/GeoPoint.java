package cn.xixian.alliance.logistics.distance;

/** A place on the map in WGS-84 degrees. */
public record GeoPoint(double lat, double lon) {

    public GeoPoint {
        if (!(Math.abs(lat) <= 90) || !(Math.abs(lon) <= 180)) {
            throw new IllegalArgumentException("not a latitude/longitude: " + lat + "," + lon);
        }
    }
}
