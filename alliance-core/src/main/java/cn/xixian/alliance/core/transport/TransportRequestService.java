package cn.xixian.alliance.core.transport;

import cn.xixian.alliance.core.persistence.PagedQueries;
import cn.xixian.alliance.core.transport.persistence.TransportRequestDocument;
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
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;

/** Stores transport requests for the fleet and moves them through their states with atomic, conditional updates. */
@Service
public class TransportRequestService implements TransportRequestPort {

    private static final String COLLECTION = TransportRequestDocument.COLLECTION;

    private final MongoTemplate mongo;
    private final PagedQueries pages;
    private final Validator validator;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    TransportRequestService(MongoTemplate mongo, PagedQueries pages, Validator validator, ApplicationEventPublisher events,
            Optional<Clock> clock) {
        this.mongo = mongo;
        this.pages = pages;
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
            mongo.insert(TransportRequestDocument.of(created), COLLECTION);
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
                .forEach((source, refs) -> mongo.find(Query.query(Criteria.where("source").is(source)
                                .and("sourceRef").in(refs)), TransportRequestDocument.class, COLLECTION)
                        .forEach(doc -> {
                            TransportRequest stored = doc.toRequest();
                            byKey.put(key(stored.source(), stored.sourceRef()), stored);
                        }));
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
                mongo.insert(created.stream().map(TransportRequestDocument::of).toList(), COLLECTION);
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
        return Optional.ofNullable(mongo.findById(id, TransportRequestDocument.class, COLLECTION))
                .map(TransportRequestDocument::toRequest);
    }

    public Optional<TransportRequest> findBySource(String source, String sourceRef) {
        Query query = Query.query(Criteria.where("source").is(source).and("sourceRef").is(sourceRef));
        return Optional.ofNullable(mongo.findOne(query, TransportRequestDocument.class, COLLECTION))
                .map(TransportRequestDocument::toRequest);
    }

    public PageResponse<TransportRequest> search(Collection<TransportStatus> statuses, String source, Pageable page) {
        Criteria where = new Criteria();
        if (statuses != null && !statuses.isEmpty()) {
            where = where.and("status").in(statuses);
        }
        if (source != null && !source.isBlank()) {
            where = where.and("source").is(source);
        }
        return pages.query(Query.query(where), page, TransportRequestDocument.class, COLLECTION,
                TransportRequestDocument::toRequest);
    }

    /** Every request in one of the given states, oldest first (for a planner that needs them all). */
    public List<TransportRequest> all(TransportStatus... statuses) {
        Query query = Query.query(Criteria.where("status").in(Arrays.asList(statuses)));
        return mongo.find(query, TransportRequestDocument.class, COLLECTION).stream()
                .map(TransportRequestDocument::toRequest)
                .sorted(Comparator.comparing(TransportRequest::createdAt).thenComparing(TransportRequest::id))
                .toList();
    }

    /** Moves a request from one of {@code from} to {@code to} in one atomic step; 409 if it is in another state. */
    public TransportRequest changeStatus(String id, Collection<TransportStatus> from, TransportStatus to) {
        Query query = Query.query(Criteria.where("_id").is(id).and("status").in(from));
        TransportRequestDocument changed = mongo.findAndModify(query, Update.update("status", to),
                FindAndModifyOptions.options().returnNew(true), TransportRequestDocument.class, COLLECTION);
        if (changed == null) {
            TransportRequest current = get(id);
            throw new ConflictException("transport request " + id + " is " + current.status() + ", not one of " + from);
        }
        return changed.toRequest();
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
