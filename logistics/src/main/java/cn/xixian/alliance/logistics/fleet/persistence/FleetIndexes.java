package cn.xixian.alliance.logistics.fleet.persistence;

import jakarta.annotation.PostConstruct;
import org.springframework.data.domain.Sort.Direction;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.stereotype.Component;

/** Van codes, plates and driver codes are unique: a second registration is a 409, not a twin. */
@Component
class FleetIndexes {

    private final MongoTemplate mongo;

    FleetIndexes(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @PostConstruct
    void create() {
        mongo.indexOps(VanDocument.COLLECTION).ensureIndex(new Index("code", Direction.ASC).unique().named("code_unique"));
        mongo.indexOps(VanDocument.COLLECTION).ensureIndex(new Index("plate", Direction.ASC).unique().named("plate_unique"));
        mongo.indexOps(DriverDocument.COLLECTION).ensureIndex(new Index("code", Direction.ASC).unique().named("code_unique"));
        mongo.indexOps(DriverDocument.COLLECTION).ensureIndex(new Index("vanIds", Direction.ASC).named("vans"));
    }
}
