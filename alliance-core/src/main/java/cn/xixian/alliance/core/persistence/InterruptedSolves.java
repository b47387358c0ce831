package cn.xixian.alliance.core.persistence;

import java.lang.management.ManagementFactory;
import java.time.Instant;
import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * Plans a stopped process (crash, kill, redeploy) left SOLVING: no solver runs them any more, so clients polling
 * them or their events would wait forever. Each planner's store decides how such a plan ends (what its stored
 * best is worth); finding the orphans and ending each one without racing a live solve is the same for all.
 * Called from {@code SolveRunner.recover()} through the planner's {@code SolveHandler}.
 *
 * <p>Assumes one app instance runs solves: a plan SOLVING in the database and not running in this process's solver
 * is taken as orphaned. Plans created after this JVM started are left alone (their solve may be just starting).
 * With several instances sharing a database this would need an owner id and a heartbeat.
 */
public final class InterruptedSolves {

    private static final Instant PROCESS_START =
            Instant.ofEpochMilli(ManagementFactory.getRuntimeMXBean().getStartTime());

    private InterruptedSolves() {
    }

    /**
     * Ends every orphaned plan of {@code collection} (status {@code SOLVING}, created before this process started,
     * {@code running} false for its id) with the update {@code ending} makes from its stored {@code fields}; each by
     * one update that still requires SOLVING, so a plan that moved on meanwhile is left as it is. Returns how many.
     */
    public static int end(MongoTemplate mongo, String collection, Predicate<String> running,
            Function<Document, Update> ending, String... fields) {
        Query solving = Query.query(Criteria.where("status").is("SOLVING").and("createdAt").lt(PROCESS_START));
        solving.fields().include("_id");
        for (String field : fields) {
            solving.fields().include(field);
        }
        List<Document> orphans = mongo.find(solving, Document.class, collection);
        int ended = 0;
        for (Document plan : orphans) {
            Object id = plan.get("_id");
            if (running.test(id.toString())) {
                continue;
            }
            Query stillSolving = Query.query(Criteria.where("_id").is(id).and("status").is("SOLVING"));
            ended += (int) mongo.updateFirst(stillSolving, ending.apply(plan), collection).getModifiedCount();
        }
        return ended;
    }
}
