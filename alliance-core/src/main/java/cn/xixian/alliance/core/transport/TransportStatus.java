package cn.xixian.alliance.core.transport;

/** NEW until a published dispatch plan takes it; then PLANNED, IN_PROGRESS once picked up, DONE once delivered. */
public enum TransportStatus {
    NEW, PLANNED, IN_PROGRESS, DONE, CANCELLED
}
