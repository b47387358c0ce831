package cn.xixian.alliance.logistics.dispatch.planning.domain;

import cn.xixian.alliance.logistics.dispatch.planning.solver.ArrivalTimeListener;
import org.optaplanner.core.api.domain.entity.PlanningEntity;
import org.optaplanner.core.api.domain.lookup.PlanningId;
import org.optaplanner.core.api.domain.variable.IndexShadowVariable;
import org.optaplanner.core.api.domain.variable.InverseRelationShadowVariable;
import org.optaplanner.core.api.domain.variable.NextElementShadowVariable;
import org.optaplanner.core.api.domain.variable.PreviousElementShadowVariable;
import org.optaplanner.core.api.domain.variable.ShadowVariable;

/** A stop to plan: a location, a window in which service must start, a service duration and a load change. */
@PlanningEntity
public class Visit {

    @PlanningId
    private String id;
    private int location;
    private VisitKind kind;
    private long demand;
    private double ready;
    private double due;
    private double service;
    private boolean refrigerated;
    /** The pickup of a delivery or the delivery of a pickup; null for a drop. */
    private Visit partner;
    /** Set when the pickup is already done on a van: the delivery has to ride that van. */
    private Vehicle requiredVehicle;

    @InverseRelationShadowVariable(sourceVariableName = "visits")
    private Vehicle vehicle;
    @PreviousElementShadowVariable(sourceVariableName = "visits")
    private Visit previous;
    @NextElementShadowVariable(sourceVariableName = "visits")
    private Visit next;
    @IndexShadowVariable(sourceVariableName = "visits")
    private Integer index;
    @ShadowVariable(variableListenerClass = ArrivalTimeListener.class, sourceVariableName = "vehicle")
    @ShadowVariable(variableListenerClass = ArrivalTimeListener.class, sourceVariableName = "previous")
    private Double arrival;

    public Visit() {
    }

    public Visit(String id, int location, VisitKind kind, long demand, double ready, double due, double service,
            boolean refrigerated) {
        this.id = id;
        this.location = location;
        this.kind = kind;
        this.demand = demand;
        this.ready = ready;
        this.due = due;
        this.service = service;
        this.refrigerated = refrigerated;
    }

    /** Makes {@code pickup} and {@code delivery} one pair. */
    public static void pair(Visit pickup, Visit delivery) {
        pickup.partner = delivery;
        delivery.partner = pickup;
    }

    /** When service starts: on arrival, or at the window's opening if the van is early (it waits). */
    public double start() {
        return arrival == null ? ready : Math.max(ready, arrival);
    }

    public double departure() {
        return start() + service;
    }

    public double lateness() {
        return arrival == null ? 0 : Math.max(0, start() - due);
    }

    /** A pickup whose delivery is on another van or comes first, or a delivery off the van holding its load. */
    public boolean breaksPairing() {
        if (vehicle == null) {
            return false;
        }
        if (requiredVehicle != null) {
            return vehicle != requiredVehicle;
        }
        if (kind != VisitKind.PICKUP || partner == null) {
            return false;
        }
        return partner.vehicle != vehicle || partner.index == null || index == null || partner.index < index;
    }

    public boolean onWrongVan() {
        return vehicle != null && refrigerated && !vehicle.isRefrigerated();
    }

    public String getId() {
        return id;
    }

    public int getLocation() {
        return location;
    }

    public VisitKind getKind() {
        return kind;
    }

    public long getDemand() {
        return demand;
    }

    public double getReady() {
        return ready;
    }

    public double getDue() {
        return due;
    }

    public double getService() {
        return service;
    }

    public boolean isRefrigerated() {
        return refrigerated;
    }

    public Visit getPartner() {
        return partner;
    }

    public Vehicle getRequiredVehicle() {
        return requiredVehicle;
    }

    public void setRequiredVehicle(Vehicle requiredVehicle) {
        this.requiredVehicle = requiredVehicle;
    }

    public Vehicle getVehicle() {
        return vehicle;
    }

    public void setVehicle(Vehicle vehicle) {
        this.vehicle = vehicle;
    }

    public Visit getPrevious() {
        return previous;
    }

    public void setPrevious(Visit previous) {
        this.previous = previous;
    }

    public Visit getNext() {
        return next;
    }

    public void setNext(Visit next) {
        this.next = next;
    }

    public Integer getIndex() {
        return index;
    }

    public void setIndex(Integer index) {
        this.index = index;
    }

    public Double getArrival() {
        return arrival;
    }

    public void setArrival(Double arrival) {
        this.arrival = arrival;
    }

    @Override
    public String toString() {
        return id;
    }
}
