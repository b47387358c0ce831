package cn.xixian.alliance.core.transport.persistence;

import jakarta.annotation.PostConstruct;
import org.springframework.data.domain.Sort.Direction;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.stereotype.Component;

/** (source, sourceRef) is unique: it is what makes a repeated emission return the first request. */
@Component
class TransportRequestIndexes {

    private final MongoTemplate mongo;

    TransportRequestIndexes(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @PostConstruct
    void create() {
        String c = TransportRequestDocument.COLLECTION;
        mongo.indexOps(c).ensureIndex(new Index("source", Direction.ASC).on("sourceRef", Direction.ASC).unique()
                .named("source_ref_unique"));
        mongo.indexOps(c).ensureIndex(new Index("status", Direction.ASC).on("createdAt", Direction.ASC).named("status"));
    }
}
