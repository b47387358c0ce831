package cn.xixian.alliance.core.processing.persistence;

import cn.xixian.alliance.core.persistence.PagedQueries;
import cn.xixian.alliance.core.processing.GradingRun;
import cn.xixian.alliance.core.processing.GradingRunStatus;
import cn.xixian.alliance.core.web.PageResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/** Grading runs ({@code grading_runs}) and their graded lots as stored: the processing group's queries. */
@Component
public class ProcessingStore {

    /** A season's runs read for the yield chart at most (the county grades a few hundred runs a season). */
    public static final int MAX_RUNS = 20_000;

    private final MongoTemplate mongo;
    private final PagedQueries pages;

    ProcessingStore(MongoTemplate mongo, PagedQueries pages) {
        this.mongo = mongo;
        this.pages = pages;
    }

    /** Inserts the run; one with the same processor and externalRef: {@link org.springframework.dao.DuplicateKeyException}. */
    public void insertRun(GradingRunDocument run) {
        mongo.insert(run);
    }

    public Optional<GradingRunDocument> findRun(String id) {
        return Optional.ofNullable(mongo.findById(id, GradingRunDocument.class));
    }

    public Optional<GradingRunDocument> findRunByRef(String processorId, String externalRef) {
        return Optional.ofNullable(mongo.findOne(Query.query(Criteria.where("processorId")
                .is(processorId).and("externalRef").is(externalRef)), GradingRunDocument.class));
    }

    /** Renames a REFUSED run's externalRef aside ({@code ref#refused-id}), only while it is still REFUSED with it. */
    public void moveRefusedRefAside(String runId, String ref) {
        mongo.updateFirst(Query.query(Criteria.where("_id").is(runId)
                        .and("status").is(GradingRunStatus.REFUSED).and("externalRef").is(ref)),
                Update.update("externalRef", ref + "#refused-" + runId), GradingRunDocument.class);
    }

    public void setStatus(String runId, GradingRunStatus status) {
        mongo.updateFirst(Query.query(Criteria.where("_id").is(runId)), Update.update("status", status),
                GradingRunDocument.class);
    }

    /** Runs still RESERVING that were created before {@code before}. */
    public List<GradingRunDocument> reservingSince(Instant before) {
        Query stale = Query.query(Criteria.where("status").is(GradingRunStatus.RESERVING)
                .and("createdAt").lt(before));
        return mongo.find(stale, GradingRunDocument.class);
    }

    /** Runs of a processor and/or in a status (each when not null). */
    public PageResponse<GradingRun> searchRuns(String processorId, GradingRunStatus status, Pageable page) {
        Criteria where = new Criteria();
        if (processorId != null) {
            where = where.and("processorId").is(processorId);
        }
        if (status != null) {
            where = where.and("status").is(status);
        }
        return pages.query(Query.query(where), page, GradingRunDocument.class,
                GradingRunDocument.COLLECTION, GradingRunDocument::toRun);
    }

    /** COMPLETE runs that took from this harvest lot. */
    public List<GradingRunDocument> completeRunsUsing(String harvestLotId) {
        Query usedIn = Query.query(Criteria.where("inputs.harvestLotId").is(harvestLotId)
                .and("status").is(GradingRunStatus.COMPLETE));
        return mongo.find(usedIn, GradingRunDocument.class);
    }

    public void insertGradedLots(List<GradedLotDocument> lots) {
        mongo.insertAll(lots);
    }

    public Optional<GradedLotDocument> findGradedLot(String id) {
        return Optional.ofNullable(mongo.findById(id, GradedLotDocument.class));
    }

    public List<GradedLotDocument> gradedLotsOf(String runId) {
        return mongo.find(Query.query(Criteria.where("runId").is(runId)), GradedLotDocument.class);
    }

    public long countGradedLotsOf(String runId) {
        return mongo.count(Query.query(Criteria.where("runId").is(runId)), GradedLotDocument.class);
    }

    public void removeGradedLotsOf(String runId) {
        mongo.remove(Query.query(Criteria.where("runId").is(runId)), GradedLotDocument.class);
    }

    /** COMPLETE runs dated in [from, to). */
    public List<GradingRun> completeRuns(LocalDate from, LocalDate to) {
        Query query = Query.query(Criteria.where("status").is(GradingRunStatus.COMPLETE).and("date").gte(from).lt(to))
                .with(Sort.by("date", "_id")).limit(MAX_RUNS);
        return mongo.find(query, GradingRunDocument.class).stream().map(GradingRunDocument::toRun).toList();
    }
}
