package cn.xixian.alliance.core.registry.persistence;

import jakarta.annotation.PostConstruct;
import org.springframework.data.domain.Sort.Direction;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.stereotype.Component;

/** Natural keys are unique; the filters the lists use are indexed. Created before anything writes. */
@Component
class RegistryIndexes {

    private final MongoTemplate mongo;

    RegistryIndexes(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @PostConstruct
    void create() {
        mongo.indexOps("members").ensureIndex(new Index("code", Direction.ASC).unique().named("code_unique"));
        mongo.indexOps("members").ensureIndex(new Index("kind", Direction.ASC).on("code", Direction.ASC).named("kind_code"));
        mongo.indexOps("households").ensureIndex(new Index("code", Direction.ASC).unique().sparse().named("code_unique"));
        mongo.indexOps("households").ensureIndex(new Index("cooperativeId", Direction.ASC).named("cooperative"));
        mongo.indexOps("households").ensureIndex(new Index("villageId", Direction.ASC).named("village"));
        mongo.indexOps("technicians").ensureIndex(new Index("code", Direction.ASC).unique().named("code_unique"));
        mongo.indexOps("joint_meetings").ensureIndex(new Index("date", Direction.DESC).named("date"));
    }
}
