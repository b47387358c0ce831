package cn.xixian.alliance.core.transport;

import java.util.List;

/**
 * How the purchasing, storage and sales groups hand loads to the red-express fleet. Submitting the same
 * {@code (source, sourceRef)} twice returns the request made the first time, so emitters may retry freely.
 */
public interface TransportRequestPort {

    TransportRequest submit(NewTransportRequest request);

    /**
     * Several requests at once, each with the guarantees of {@link #submit}; answers in the order given. For emitters
     * with many loads at a time (a batch of store orders), where one read and one write beat a round trip each.
     */
    default List<TransportRequest> submitAll(List<NewTransportRequest> requests) {
        return requests.stream().map(this::submit).toList();
    }
}
