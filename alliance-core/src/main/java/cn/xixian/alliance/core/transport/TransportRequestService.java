package cn.xixian.alliance.core.transport;

import cn.xixian.alliance.core.transport.persistence.TransportRequestStore;
import cn.xixian.alliance.core.web.ConflictException;
import cn.xixian.alliance.core.web.FieldError;
import cn.xixian.alliance.core.web.InvalidInputException;
import cn.xixian.alliance.core.web.NotFoundException;
import cn.xixian.alliance.core.web.PageResponse;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.bson.types.ObjectId;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;

/** Stores transport requests for the fleet and moves them through their states with atomic, conditional updates. */
@Service
public class TransportRequestService implements TransportRequestPort {

    private final TransportRequestStore store;
    private final Validator validator;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    TransportRequestService(TransportRequestStore store, Validator validator, ApplicationEventPublisher events,
            Optional<Clock> clock) {
        this.store = store;
        this.validator = validator;
        this.events = events;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    @Override
    public TransportRequest submit(NewTransportRequest request) {
        check(request);
        Optional<TransportRequest> earlier = findBySource(request.source(), request.sourceRef());
        if (earlier.isPresent()) {
            return earlier.get();
        }
        TransportRequest created = newRequest(request);
        try {
            store.insert(created);
        } catch (DuplicateKeyException raced) {
            // Another submission of the same source reference won the race: theirs is the request.
            return findBySource(request.source(), request.sourceRef()).orElseThrow(() -> raced);
        }
        events.publishEvent(new TransportRequestsSubmitted(List.of(created)));
        return created;
    }

    /**
     * One read for the references already stored and one insert for the new ones. If the insert meets a reference
     * stored meanwhile (a racing emitter), each request goes through {@link #submit} instead, which sorts it out.
     */
    @Override
    public List<TransportRequest> submitAll(List<NewTransportRequest> requests) {
        requests.forEach(this::check);
        Map<List<String>, TransportRequest> byKey = new HashMap<>();
        requests.stream().collect(Collectors.groupingBy(NewTransportRequest::source,
                        Collectors.mapping(NewTransportRequest::sourceRef, Collectors.toSet())))
                .forEach((source, refs) -> store.bySource(source, refs)
                        .forEach(stored -> byKey.put(key(stored.source(), stored.sourceRef()), stored)));
        List<TransportRequest> created = new ArrayList<>();
        for (NewTransportRequest request : requests) {
            List<String> key = key(request.source(), request.sourceRef());
            if (!byKey.containsKey(key)) {
                TransportRequest fresh = newRequest(request);
                byKey.put(key, fresh);
                created.add(fresh);
            }
        }
        if (!created.isEmpty()) {
            try {
                store.insertAll(created);
            } catch (DataIntegrityViolationException raced) {
                return requests.stream().map(this::submit).toList();
            }
            events.publishEvent(new TransportRequestsSubmitted(created));
        }
        return requests.stream().map(r -> byKey.get(key(r.source(), r.sourceRef()))).toList();
    }

    private TransportRequest newRequest(NewTransportRequest request) {
        return new TransportRequest(new ObjectId().toHexString(), request.source(),
                request.sourceRef(), request.kind(), request.from(), request.to(), request.weightKg(),
                request.refrigeratedOrDefault(), request.pickupWindow(), request.deliveryWindow(),
                orZero(request.pickupServiceMinutes()), orZero(request.deliveryServiceMinutes()),
                Boolean.TRUE.equals(request.urgent()), request.notes(), TransportStatus.NEW, Instant.now(clock));
    }

    private static List<String> key(String source, String sourceRef) {
        return List.of(source, sourceRef);
    }

    public TransportRequest get(String id) {
        return find(id).orElseThrow(() -> new NotFoundException("transport request", id));
    }

    public Optional<TransportRequest> find(String id) {
        return store.find(id);
    }

    public Optional<TransportRequest> findBySource(String source, String sourceRef) {
        return store.findBySource(source, sourceRef);
    }

    public PageResponse<TransportRequest> search(Collection<TransportStatus> statuses, String source, Pageable page) {
        return store.search(statuses, source, page);
    }

    /** Every request in one of the given states, oldest first (for a planner that needs them all). */
    public List<TransportRequest> all(TransportStatus... statuses) {
        return store.inStatus(Arrays.asList(statuses)).stream()
                .sorted(Comparator.comparing(TransportRequest::createdAt).thenComparing(TransportRequest::id))
                .toList();
    }

    /** Moves a request from one of {@code from} to {@code to} in one atomic step; 409 if it is in another state. */
    public TransportRequest changeStatus(String id, Collection<TransportStatus> from, TransportStatus to) {
        Optional<TransportRequest> changed = store.changeStatus(id, from, to);
        if (changed.isEmpty()) {
            TransportRequest current = get(id);
            throw new ConflictException("transport request " + id + " is " + current.status() + ", not one of " + from);
        }
        return changed.get();
    }

    private void check(NewTransportRequest request) {
        List<FieldError> errors = new ArrayList<>();
        for (ConstraintViolation<NewTransportRequest> v : validator.validate(request)) {
            errors.add(FieldError.of(v.getPropertyPath().toString(), v.getMessage()));
        }
        if (request.pickupWindow() != null && !request.pickupWindow().isValid()) {
            errors.add(FieldError.of("pickupWindow", "needs start and end, end not before start"));
        }
        if (request.deliveryWindow() != null && !request.deliveryWindow().isValid()) {
            errors.add(FieldError.of("deliveryWindow", "needs start and end, end not before start"));
        } else if (request.pickupWindow() != null && request.pickupWindow().isValid() && request.deliveryWindow() != null
                && request.deliveryWindow().end().isBefore(request.pickupWindow().start())) {
            errors.add(FieldError.of("deliveryWindow", "ends before the pickup window opens"));
        }
        checkPlace("from", request.from(), errors);
        checkPlace("to", request.to(), errors);
        if (!errors.isEmpty()) {
            errors.sort(Comparator.comparing(FieldError::field));
            throw new InvalidInputException(errors);
        }
    }

    private static void checkPlace(String field, Place place, List<FieldError> errors) {
        if (place == null) {
            return;
        }
        if (Math.abs(place.lat()) > 90 || Math.abs(place.lon()) > 180 || (place.lat() == 0 && place.lon() == 0)) {
            errors.add(FieldError.of(field, "needs a real latitude and longitude"));
        }
    }

    private static int orZero(Integer minutes) {
        return minutes == null ? 0 : minutes;
    }
}
