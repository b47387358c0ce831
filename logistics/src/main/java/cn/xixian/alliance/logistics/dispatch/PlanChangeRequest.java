package cn.xixian.alliance.logistics.dispatch;

/**
 * A change during the day: {@code URGENT_REQUEST} with the new transport request's id, or
 * {@code VAN_BREAKDOWN} with the van's id.
 */
public record PlanChangeRequest(Type type, String transportRequestId, String vanId) {

    public enum Type { URGENT_REQUEST, VAN_BREAKDOWN }
}
