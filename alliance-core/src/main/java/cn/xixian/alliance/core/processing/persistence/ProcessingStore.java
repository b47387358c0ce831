package cn.xixian.alliance.core.processing.persistence;

import cn.xixian.alliance.core.processing.GradingRun;
import cn.xixian.alliance.core.processing.GradingRunStatus;
import java.time.LocalDate;
import java.util.List;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/** Reads over many grading runs (the processing page's yield chart). */
@Component
public class ProcessingStore {

    /** A season's runs read for the yield chart at most (the county grades a few hundred runs a season). */
    public static final int MAX_RUNS = 20_000;

    private final MongoTemplate mongo;

    ProcessingStore(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** COMPLETE runs dated in [from, to). */
    public List<GradingRun> completeRuns(LocalDate from, LocalDate to) {
        Query query = Query.query(Criteria.where("status").is(GradingRunStatus.COMPLETE).and("date").gte(from).lt(to))
                .with(Sort.by("date", "_id")).limit(MAX_RUNS);
        return mongo.find(query, GradingRunDocument.class).stream().map(GradingRunDocument::toRun).toList();
    }
}
