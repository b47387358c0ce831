package cn.xixian.alliance.logistics.requests;

import cn.xixian.alliance.core.transport.TransportRequest;
import cn.xixian.alliance.core.transport.TransportRequestsSubmitted;
import cn.xixian.alliance.core.web.FieldError;
import java.util.List;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Another group's request is stored whatever the fleet can do (the port cannot refuse what a storage plan
 * decided); if no van can serve it, say so at once in the log. The request stays visible with its problems at
 * GET /api/v1/transport-requests/unservable until a dispatcher acts on it.
 */
@Component
class UnservableRequestLog {

    private static final Logger log = LoggerFactory.getLogger(UnservableRequestLog.class);

    private final Serviceability serviceability;

    UnservableRequestLog(Serviceability serviceability) {
        this.serviceability = serviceability;
    }

    @EventListener
    void on(TransportRequestsSubmitted event) {
        List<TransportRequest> fromOtherGroups = event.requests().stream()
                .filter(r -> !DispatchRequests.SOURCE.equals(r.source())) // the dispatchers' own are checked before
                .toList();
        if (fromOtherGroups.isEmpty()) {
            return;
        }
        Serviceability.Check fleet = serviceability.currentFleet(); // read once for the whole submission
        for (TransportRequest request : fromOtherGroups) {
            List<FieldError> problems = fleet.problems(request);
            if (!problems.isEmpty()) {
                log.warn("Transport request {} ({} {}) cannot be served by the current fleet: {}", request.id(),
                        request.source(), request.sourceRef(), problems.stream()
                                .map(p -> p.field() + " " + p.message()).collect(Collectors.joining("; ")));
            }
        }
    }
}
