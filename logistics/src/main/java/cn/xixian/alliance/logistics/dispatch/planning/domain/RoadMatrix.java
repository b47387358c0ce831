package cn.xixian.alliance.logistics.dispatch.planning.domain;

/**
 * Distance and travel time between the locations of one planning problem, by location index.
 * County plans fill it from the DistanceMatrix (metres, seconds); Solomon instances with
 * Euclidean distance as both.
 */
public final class RoadMatrix {

    private final double[][] distance;
    private final double[][] time;

    public RoadMatrix(double[][] distance, double[][] time) {
        this.distance = distance;
        this.time = time;
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
