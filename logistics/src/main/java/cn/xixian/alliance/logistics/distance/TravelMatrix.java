package cn.xixian.alliance.logistics.distance;

import java.util.List;

/**
 * Road metres and driving seconds between every ordered pair of a fixed list of places
 * (index i of the arrays is place i of {@link #points()}). Not symmetric in general: a road
 * engine may route differently each way.
 */
public record TravelMatrix(List<GeoPoint> points, long[][] meters, long[][] seconds) {

    public int size() {
        return points.size();
    }

    public long meters(int from, int to) {
        return meters[from][to];
    }

    public long seconds(int from, int to) {
        return seconds[from][to];
    }
}
