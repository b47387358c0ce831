package cn.xixian.alliance.logistics.dispatch.persistence;

import cn.xixian.alliance.core.persistence.InterruptedSolves;
import cn.xixian.alliance.core.web.NotFoundException;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Predicate;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * Plans in MongoDB. The solver's writes and drivers' marks touch the same document, so every change
 * is read-modify-write under the document's version, retried when another write came first.
 */
@Component
public class DispatchPlanStore {

    private final MongoTemplate mongo;

    DispatchPlanStore(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    public DispatchPlanDocument insert(DispatchPlanDocument plan) {
        return mongo.insert(plan, DispatchPlanDocument.COLLECTION);
    }

    public DispatchPlanDocument get(String id) {
        DispatchPlanDocument plan = mongo.findById(id, DispatchPlanDocument.class, DispatchPlanDocument.COLLECTION);
        if (plan == null) {
            throw new NotFoundException("dispatch plan", id);
        }
        return plan;
    }

    /** The plan created last, if any. */
    public Optional<DispatchPlanDocument> latest() {
        Query query = new Query().with(Sort.by(Sort.Order.desc("createdAt"), Sort.Order.desc("_id"))).limit(1);
        return Optional.ofNullable(
                mongo.findOne(query, DispatchPlanDocument.class, DispatchPlanDocument.COLLECTION));
    }

    /** The published plan of a day created last, if any. */
    public Optional<DispatchPlanDocument> latestPublished(java.time.LocalDate date) {
        Query query = Query.query(Criteria.where("date").is(date).and("publishedAt").ne(null))
                .with(Sort.by(Sort.Order.desc("createdAt"), Sort.Order.desc("_id"))).limit(1);
        return Optional.ofNullable(mongo.findOne(query, DispatchPlanDocument.class, DispatchPlanDocument.COLLECTION));
    }

    /** The newest published plan on which this driver drives a van, if any. */
    public Optional<DispatchPlanDocument> latestPublishedWithDriver(String driverId) {
        Query query = Query.query(Criteria.where("vans.driverId").is(driverId).and("publishedAt").ne(null))
                .with(Sort.by(Sort.Order.desc("date"), Sort.Order.desc("createdAt"))).limit(1);
        return Optional.ofNullable(mongo.findOne(query, DispatchPlanDocument.class, DispatchPlanDocument.COLLECTION));
    }

    /** The plan with this stop on one of its vans or waiting for one. */
    public DispatchPlanDocument withStop(String stopId) {
        Query query = Query.query(new Criteria().orOperator(Criteria.where("vans.stops._id").is(stopId),
                Criteria.where("vans.stops.id").is(stopId), Criteria.where("pending.id").is(stopId)));
        DispatchPlanDocument plan = mongo.findOne(query, DispatchPlanDocument.class, DispatchPlanDocument.COLLECTION);
        if (plan == null) {
            throw new NotFoundException("stop", stopId);
        }
        return plan;
    }

    /** Applies {@code change} to the current plan and saves it, again from a fresh read if someone wrote meanwhile. */
    public DispatchPlanDocument update(String id, Consumer<DispatchPlanDocument> change) {
        for (int attempt = 0; ; attempt++) {
            DispatchPlanDocument plan = get(id);
            change.accept(plan);
            try {
                return mongo.save(plan, DispatchPlanDocument.COLLECTION);
            } catch (OptimisticLockingFailureException raced) {
                if (attempt > 20) {
                    throw raced;
                }
            }
        }
    }

    /**
     * Ends the plans a stopped process left SOLVING ({@link InterruptedSolves}): one with a stored score keeps that
     * best plan (SOLVED, or PUBLISHED if it was published before a re-solve) with {@code keptNote}; one without
     * never got a complete plan: FAILED with {@code lostNote}. Returns how many.
     */
    public int endInterrupted(Predicate<String> running, String keptNote, String lostNote) {
        return InterruptedSolves.end(mongo, DispatchPlanDocument.COLLECTION, running, plan -> {
            boolean kept = plan.get("score") != null;
            String status = !kept ? "FAILED" : plan.get("publishedAt") != null ? "PUBLISHED" : "SOLVED";
            return new Update().set("status", status).push("notes", kept ? keptNote : lostNote).inc("version", 1);
        }, "score", "publishedAt");
    }
}
