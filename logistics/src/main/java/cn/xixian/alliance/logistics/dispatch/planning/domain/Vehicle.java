package cn.xixian.alliance.logistics.dispatch.planning.domain;

import java.util.ArrayList;
import java.util.List;
import org.optaplanner.core.api.domain.entity.PlanningEntity;
import org.optaplanner.core.api.domain.lookup.PlanningId;
import org.optaplanner.core.api.domain.variable.PlanningListVariable;

/**
 * A van (with its driver's shift) and the stops it still has to make, in order. Stops already
 * started or done are not in {@link #getVisits()}: they are fixed history, folded into where and
 * when the van sets out ({@code startLocation}, {@code departure}) and what it carries
 * ({@code initialLoad}), so no move can ever touch them.
 */
@PlanningEntity
public class Vehicle {

    @PlanningId
    private String id;
    private long capacity;
    private boolean refrigerated;
    private int startLocation;
    private int endLocation;
    private double departure;
    private double latestReturn;
    private long initialLoad;
    private int fixedStops;
    private boolean outOfService;
    private RoadMatrix matrix;

    @PlanningListVariable(valueRangeProviderRefs = "visits")
    private List<Visit> visits = new ArrayList<>();

    public Vehicle() {
    }

    public Vehicle(String id, long capacity, boolean refrigerated, int startLocation, int endLocation, double departure,
            double latestReturn, RoadMatrix matrix) {
        this.id = id;
        this.capacity = capacity;
        this.refrigerated = refrigerated;
        this.startLocation = startLocation;
        this.endLocation = endLocation;
        this.departure = departure;
        this.latestReturn = latestReturn;
        this.matrix = matrix;
    }

    /** Records stops already made: the van carries {@code load} on and counts as in use. */
    public Vehicle withHistory(int stops, long load) {
        this.fixedStops = stops;
        this.initialLoad = load;
        return this;
    }

    public boolean isUsed() {
        return !visits.isEmpty() || fixedStops > 0;
    }

    /** When the van is back at its end location. */
    public double returnTime() {
        if (visits.isEmpty()) {
            return departure;
        }
        Visit last = visits.get(visits.size() - 1);
        return last.departure() + matrix.time(last.getLocation(), endLocation);
    }

    public double overtime() {
        return Math.max(0, returnTime() - latestReturn);
    }

    public double distance() {
        if (visits.isEmpty()) {
            return 0;
        }
        double d = 0;
        int at = startLocation;
        for (Visit visit : visits) {
            d += matrix.distance(at, visit.getLocation());
            at = visit.getLocation();
        }
        return d + matrix.distance(at, endLocation);
    }

    /** The load at departure: what it already carries plus every depot drop on its route. */
    public long loadAtDeparture() {
        long load = initialLoad;
        for (Visit visit : visits) {
            if (visit.getKind() == VisitKind.DROP) {
                load += visit.getDemand();
            }
        }
        return load;
    }

    /** How far the heaviest moment of the route is above the capacity (0 if never). */
    public long overload() {
        long load = loadAtDeparture();
        long max = load;
        for (Visit visit : visits) {
            load += visit.getKind() == VisitKind.PICKUP ? visit.getDemand() : -visit.getDemand();
            max = Math.max(max, load);
        }
        return Math.max(0, max - capacity);
    }

    public boolean isOutOfService() {
        return outOfService;
    }

    /** A breakdown: the van takes no more stops (a problem change sets it). */
    public void setOutOfService(boolean outOfService) {
        this.outOfService = outOfService;
    }

    public void setMatrix(RoadMatrix matrix) {
        this.matrix = matrix;
    }

    public String getId() {
        return id;
    }

    public long getCapacity() {
        return capacity;
    }

    public boolean isRefrigerated() {
        return refrigerated;
    }

    public int getStartLocation() {
        return startLocation;
    }

    public int getEndLocation() {
        return endLocation;
    }

    public double getDeparture() {
        return departure;
    }

    public double getLatestReturn() {
        return latestReturn;
    }

    public long getInitialLoad() {
        return initialLoad;
    }

    public int getFixedStops() {
        return fixedStops;
    }

    public RoadMatrix getMatrix() {
        return matrix;
    }

    public List<Visit> getVisits() {
        return visits;
    }

    public void setVisits(List<Visit> visits) {
        this.visits = visits;
    }

    @Override
    public String toString() {
        return id;
    }
}
