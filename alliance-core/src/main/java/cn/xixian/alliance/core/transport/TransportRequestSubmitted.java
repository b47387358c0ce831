package cn.xixian.alliance.core.transport;

/** Published after a new request is stored (not for a repeated submission), for the logistics module to react. */
public record TransportRequestSubmitted(TransportRequest request) {
}
