package cn.xixian.alliance.logistics.requests;

import cn.xixian.alliance.core.transport.NewTransportRequest;
import cn.xixian.alliance.core.transport.Place;
import cn.xixian.alliance.core.transport.TransportRequest;
import cn.xixian.alliance.core.transport.TransportRequestPort;
import cn.xixian.alliance.core.transport.TransportRequestService;
import cn.xixian.alliance.core.transport.TransportStatus;
import cn.xixian.alliance.core.web.FieldError;
import cn.xixian.alliance.core.web.InvalidInputException;
import cn.xixian.alliance.core.web.PageResponse;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;

/**
 * Transport requests seen from the dispatch desk: requests a dispatcher enters by hand (source {@value #SOURCE}),
 * refused when the fleet cannot serve them, and every request with what keeps it from being served.
 * Requests themselves live in alliance-core's {@link TransportRequestService}; nothing is stored here.
 */
@Service
public class DispatchRequests {

    public static final String SOURCE = "DISPATCH";

    private final TransportRequestPort port;
    private final TransportRequestService requests;
    private final Serviceability serviceability;
    private final Validator validator;

    DispatchRequests(TransportRequestPort port, TransportRequestService requests, Serviceability serviceability,
            Validator validator) {
        this.port = port;
        this.requests = requests;
        this.serviceability = serviceability;
        this.validator = validator;
    }

    /** What a submission made: the request, and whether it is new (false: the same sourceRef came before). */
    public record Submitted(TransportRequestView request, boolean created) {
    }

    /**
     * A manual or urgent request. Whatever source the body names, it is the dispatch desk's; without a
     * {@code sourceRef} one is made up (then a retry makes a second request). 400 naming each bad field, including
     * a load no van can carry and windows no van and driver can meet.
     */
    public Submitted submit(NewTransportRequest body) {
        String sourceRef = body.sourceRef() == null || body.sourceRef().isBlank() ? "manual-" + UUID.randomUUID()
                : body.sourceRef().strip();
        NewTransportRequest request = new NewTransportRequest(SOURCE, sourceRef, body.kind(), body.from(), body.to(),
                body.weightKg(), body.refrigerated(), body.pickupWindow(), body.deliveryWindow(),
                body.pickupServiceMinutes(), body.deliveryServiceMinutes(), body.urgent(), body.notes());
        var earlier = requests.findBySource(SOURCE, sourceRef);
        if (earlier.isPresent()) {
            return new Submitted(view(earlier.get(), serviceability.currentFleet()), false);
        }
        List<FieldError> errors = shapeErrors(request);
        if (errors.isEmpty()) {
            errors.addAll(serviceability.problems(request));
        }
        if (!errors.isEmpty()) {
            errors.sort(Comparator.comparing(FieldError::field));
            throw new InvalidInputException(errors);
        }
        TransportRequest stored = port.submit(request);
        return new Submitted(new TransportRequestView(stored, List.of()), true);
    }

    public TransportRequestView get(String id) {
        return view(requests.get(id), serviceability.currentFleet());
    }

    public PageResponse<TransportRequestView> search(Collection<TransportStatus> statuses, String source,
            Pageable page) {
        PageResponse<TransportRequest> found = requests.search(statuses, source, page);
        Serviceability.Check check = serviceability.currentFleet();
        return new PageResponse<>(found.items().stream().map(r -> view(r, check)).toList(), found.total());
    }

    /** NEW requests the current fleet cannot serve, oldest first: they wait for a dispatcher, never vanish. */
    public PageResponse<TransportRequestView> unservable(Pageable page) {
        Serviceability.Check check = serviceability.currentFleet();
        List<TransportRequestView> all = requests.all(TransportStatus.NEW).stream().map(r -> view(r, check))
                .filter(v -> !v.servable()).toList();
        int from = (int) Math.min(page.getOffset(), all.size());
        return new PageResponse<>(all.subList(from, Math.min(all.size(), from + page.getPageSize())), all.size());
    }

    static TransportRequestView view(TransportRequest request, Serviceability.Check check) {
        return new TransportRequestView(request,
                request.status() == TransportStatus.NEW ? check.problems(request) : null);
    }

    /** Bean Validation of the request, with plain words for a pickup sent without its delivery. */
    private List<FieldError> shapeErrors(NewTransportRequest request) {
        List<FieldError> errors = new ArrayList<>();
        for (ConstraintViolation<NewTransportRequest> v : validator.validate(request)) {
            String field = v.getPropertyPath().toString();
            if (field.equals("to") || field.equals("deliveryWindow")) {
                continue;
            }
            errors.add(FieldError.of(field, v.getMessage()));
        }
        if (request.to() == null) {
            errors.add(FieldError.of("to", "a pickup needs its delivery: say where the load goes"));
        }
        if (request.deliveryWindow() == null) {
            errors.add(FieldError.of("deliveryWindow", "a pickup needs its delivery: say when it may be delivered"));
        } else if (!request.deliveryWindow().isValid()) {
            errors.add(FieldError.of("deliveryWindow", "needs start and end, end not before start"));
        }
        if (request.pickupWindow() != null && !request.pickupWindow().isValid()) {
            errors.add(FieldError.of("pickupWindow", "needs start and end, end not before start"));
        } else if (request.pickupWindow() != null && request.deliveryWindow() != null
                && request.deliveryWindow().isValid()
                && request.deliveryWindow().end().isBefore(request.pickupWindow().start())) {
            errors.add(FieldError.of("deliveryWindow", "ends before the pickup window opens"));
        }
        checkPlace("from", request.from(), errors);
        checkPlace("to", request.to(), errors);
        return errors;
    }

    private static void checkPlace(String field, Place place, List<FieldError> errors) {
        if (place != null && (Math.abs(place.lat()) > 90 || Math.abs(place.lon()) > 180
                || (place.lat() == 0 && place.lon() == 0))) {
            errors.add(FieldError.of(field, "needs a real latitude and longitude"));
        }
    }
}
