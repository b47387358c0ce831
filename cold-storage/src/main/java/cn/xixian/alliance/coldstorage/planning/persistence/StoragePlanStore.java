package cn.xixian.alliance.coldstorage.planning.persistence;

import cn.xixian.alliance.coldstorage.planning.PlanStatus;
import cn.xixian.alliance.core.persistence.InterruptedSolves;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.optaplanner.core.api.score.buildin.hardsoftlong.HardSoftLongScore;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/** Storage plans in MongoDB: the planner's and the publisher's reads and writes. */
@Component
public class StoragePlanStore {

    private final StoragePlanRepository plans;
    private final MongoTemplate mongo;

    StoragePlanStore(StoragePlanRepository plans, MongoTemplate mongo) {
        this.plans = plans;
        this.mongo = mongo;
    }

    public StoragePlanDocument save(StoragePlanDocument doc) {
        return plans.save(doc);
    }

    public Optional<StoragePlanDocument> find(String id) {
        return plans.findById(id);
    }

    /** The newest plans first, at most {@code limit}. */
    public List<StoragePlanDocument> newest(int limit) {
        return plans.findByOrderByCreatedAtDesc(PageRequest.of(0, limit));
    }

    /** Marks a SOLVED plan that nobody is publishing as being published, in one step; null when it is not one. */
    public StoragePlanDocument claimForPublishing(String id) {
        return mongo.findAndModify(
                Query.query(Criteria.where("_id").is(id).and("status").is(PlanStatus.SOLVED).and("publishing").is(false)),
                new Update().set("publishing", true), FindAndModifyOptions.options().returnNew(true),
                StoragePlanDocument.class);
    }

    /** Publishing failed: the plan may be published again. */
    public void releasePublishing(String id) {
        mongo.updateFirst(Query.query(Criteria.where("_id").is(id)), new Update().set("publishing", false),
                StoragePlanDocument.class);
    }

    /** Publishing done: PUBLISHED now. */
    public StoragePlanDocument markPublished(String id) {
        mongo.updateFirst(Query.query(Criteria.where("_id").is(id)), new Update().set("status", PlanStatus.PUBLISHED)
                .set("publishing", false).set("publishedAt", Instant.now()), StoragePlanDocument.class);
        return mongo.findById(id, StoragePlanDocument.class);
    }

    /**
     * Ends the plans a stopped process left SOLVING ({@link InterruptedSolves}): one with a stored best keeps it
     * (SOLVED, or INFEASIBLE when that best breaks a hard constraint) with {@code keptNote}; one without becomes
     * FAILED with {@code lostNote}. Returns how many.
     */
    public int endInterrupted(Predicate<String> running, String keptNote, String lostNote) {
        return InterruptedSolves.end(mongo, StoragePlanDocument.COLLECTION, running, plan -> {
            Object score = plan.get("score");
            PlanStatus status = score == null ? PlanStatus.FAILED
                    : HardSoftLongScore.parseScore(score.toString()).isFeasible() ? PlanStatus.SOLVED : PlanStatus.INFEASIBLE;
            return new Update().set("status", status).set("note", score == null ? lostNote : keptNote)
                    .set("solvedAt", Instant.now());
        }, "score");
    }
}
