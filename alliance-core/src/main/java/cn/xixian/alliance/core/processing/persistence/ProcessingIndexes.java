package cn.xixian.alliance.core.processing.persistence;

import jakarta.annotation.PostConstruct;
import org.springframework.data.domain.Sort.Direction;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.stereotype.Component;

/**
 * (processorId, externalRef) is unique so a retried run is refused rather than graded twice; every run has
 * an externalRef (its own id when the client gives none), so no partial index is needed.
 */
@Component
class ProcessingIndexes {

    private final MongoTemplate mongo;

    ProcessingIndexes(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @PostConstruct
    void create() {
        var runs = mongo.indexOps(GradingRunDocument.COLLECTION);
        runs.ensureIndex(new Index("processorId", Direction.ASC).on("externalRef", Direction.ASC).unique()
                .named("natural_key"));
        runs.ensureIndex(new Index("inputs.harvestLotId", Direction.ASC).named("input_lot"));
        mongo.indexOps(GradedLotDocument.COLLECTION).ensureIndex(new Index("runId", Direction.ASC).named("run"));
    }
}
