package cn.xixian.alliance.core.transport;

/**
 * How the purchasing, storage and sales groups hand loads to the red-express fleet. Submitting the same
 * {@code (source, sourceRef)} twice returns the request made the first time, so emitters may retry freely.
 */
public interface TransportRequestPort {

    TransportRequest submit(NewTransportRequest request);
}
