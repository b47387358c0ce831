package cn.xixian.alliance.core.transport;

import java.util.List;

/**
 * Published after new requests are stored (not for repeated submissions), for the logistics module to react: one
 * event per submission call, so a batch of parcels is checked against the fleet once, not once per request.
 */
public record TransportRequestsSubmitted(List<TransportRequest> requests) {

    public TransportRequestsSubmitted {
        requests = List.copyOf(requests);
    }
}
