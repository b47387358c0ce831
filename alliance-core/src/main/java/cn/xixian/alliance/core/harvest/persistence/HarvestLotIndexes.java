package cn.xixian.alliance.core.harvest.persistence;

import jakarta.annotation.PostConstruct;
import org.springframework.data.domain.Sort.Direction;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.stereotype.Component;

/**
 * (cooperativeId, externalRef) is the lot's natural key: it makes imports idempotent. Every lot has
 * an externalRef (the API assigns one when the client gives none), so the unique index needs no
 * partial filter.
 */
@Component
class HarvestLotIndexes {

    private final MongoTemplate mongo;

    HarvestLotIndexes(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @PostConstruct
    void create() {
        var lots = mongo.indexOps(HarvestLotDocument.COLLECTION);
        lots.ensureIndex(new Index().on("cooperativeId", Direction.ASC).on("externalRef", Direction.ASC)
                .unique().named("natural_key"));
        lots.ensureIndex(new Index("householdId", Direction.ASC).named("household"));
        lots.ensureIndex(new Index("importId", Direction.ASC).named("import"));
        var errors = mongo.indexOps(ImportErrorDocument.COLLECTION);
        errors.ensureIndex(new Index("importId", Direction.ASC).on("row", Direction.ASC).named("import_row"));
    }
}
