package cn.xixian.alliance.logistics.dispatch.planning.domain;

import cn.xixian.alliance.logistics.distance.DistanceMatrix;
import cn.xixian.alliance.logistics.distance.GeoPoint;
import cn.xixian.alliance.logistics.distance.Leg;
import java.util.ArrayList;
import java.util.List;

/**
 * Distance and travel time between the locations of one planning problem, by location index.
 * County plans fill it from the DistanceMatrix (metres, seconds); Solomon instances with
 * Euclidean distance as both.
 */
public final class RoadMatrix {

    private final double[][] distance;
    private final double[][] time;
    private final List<GeoPoint> points;

    public RoadMatrix(double[][] distance, double[][] time) {
        this(distance, time, null);
    }

    /** A matrix over map points, which {@link #extend} can grow when stops at new places arrive. */
    public RoadMatrix(double[][] distance, double[][] time, List<GeoPoint> points) {
        this.distance = distance;
        this.time = time;
        this.points = points == null ? null : List.copyOf(points);
    }

    /** This matrix with {@code added} appended as new locations (indexes from {@link #size()} on). */
    public RoadMatrix extend(List<GeoPoint> added, DistanceMatrix distances) {
        if (points == null) {
            throw new IllegalStateException("this matrix has no map points to extend");
        }
        int old = points.size();
        int n = old + added.size();
        List<GeoPoint> all = new ArrayList<>(points);
        all.addAll(added);
        double[][] d = new double[n][n];
        double[][] t = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                if (i < old && j < old) {
                    d[i][j] = distance[i][j];
                    t[i][j] = time[i][j];
                } else if (i != j) {
                    Leg leg = distances.leg(all.get(i), all.get(j));
                    d[i][j] = leg.meters();
                    t[i][j] = leg.seconds();
                }
            }
        }
        return new RoadMatrix(d, t, all);
    }

    public double distance(int from, int to) {
        return distance[from][to];
    }

    public double time(int from, int to) {
        return time[from][to];
    }

    public double[][] distances() {
        return distance;
    }

    public double[][] times() {
        return time;
    }

    public int size() {
        return distance.length;
    }
}
