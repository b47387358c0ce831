package cn.xixian.alliance.logistics.dispatch;

import cn.xixian.alliance.core.web.NotFoundException;
import cn.xixian.alliance.logistics.dispatch.persistence.DispatchPlanDocument;
import java.util.Optional;
import java.util.function.Consumer;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * Plans in MongoDB. The solver's writes and drivers' marks touch the same document, so every change
 * is read-modify-write under the document's version, retried when another write came first.
 */
@Component
class PlanStore {

    private final MongoTemplate mongo;

    PlanStore(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    DispatchPlanDocument insert(DispatchPlanDocument plan) {
        return mongo.insert(plan, DispatchPlanDocument.COLLECTION);
    }

    DispatchPlanDocument get(String id) {
        DispatchPlanDocument plan = mongo.findById(id, DispatchPlanDocument.class, DispatchPlanDocument.COLLECTION);
        if (plan == null) {
            throw new NotFoundException("dispatch plan", id);
        }
        return plan;
    }

    /** The plan created last, if any. */
    Optional<DispatchPlanDocument> latest() {
        Query query = new Query().with(Sort.by(Sort.Order.desc("createdAt"), Sort.Order.desc("_id"))).limit(1);
        return Optional.ofNullable(
                mongo.findOne(query, DispatchPlanDocument.class, DispatchPlanDocument.COLLECTION));
    }

    /** The published plan of a day created last, if any. */
    Optional<DispatchPlanDocument> latestPublished(java.time.LocalDate date) {
        Query query = Query.query(Criteria.where("date").is(date).and("publishedAt").ne(null))
                .with(Sort.by(Sort.Order.desc("createdAt"), Sort.Order.desc("_id"))).limit(1);
        return Optional.ofNullable(mongo.findOne(query, DispatchPlanDocument.class, DispatchPlanDocument.COLLECTION));
    }

    /** The newest published plan on which this driver drives a van, if any. */
    Optional<DispatchPlanDocument> latestPublishedWithDriver(String driverId) {
        Query query = Query.query(Criteria.where("vans.driverId").is(driverId).and("publishedAt").ne(null))
                .with(Sort.by(Sort.Order.desc("date"), Sort.Order.desc("createdAt"))).limit(1);
        return Optional.ofNullable(mongo.findOne(query, DispatchPlanDocument.class, DispatchPlanDocument.COLLECTION));
    }

    /** The plan with this stop on one of its vans or waiting for one. */
    DispatchPlanDocument withStop(String stopId) {
        Query query = Query.query(new Criteria().orOperator(Criteria.where("vans.stops._id").is(stopId),
                Criteria.where("vans.stops.id").is(stopId), Criteria.where("pending.id").is(stopId)));
        DispatchPlanDocument plan = mongo.findOne(query, DispatchPlanDocument.class, DispatchPlanDocument.COLLECTION);
        if (plan == null) {
            throw new NotFoundException("stop", stopId);
        }
        return plan;
    }

    /** Applies {@code change} to the current plan and saves it, again from a fresh read if someone wrote meanwhile. */
    DispatchPlanDocument update(String id, Consumer<DispatchPlanDocument> change) {
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
}
