package cn.xixian.alliance.core.registry.persistence;

import cn.xixian.alliance.core.persistence.PagedQueries;
import cn.xixian.alliance.core.registry.Technician;
import cn.xixian.alliance.core.web.PageResponse;
import java.util.Optional;
import org.bson.types.ObjectId;
import org.springframework.data.domain.Pageable;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * Technicians as stored ({@code technicians}). A technician is a plain value with nothing internal to hide, so the
 * record itself is the stored document.
 */
@Component
public class TechnicianStore {

    static final String COLLECTION = "technicians";

    private final MongoTemplate mongo;
    private final PagedQueries pages;

    TechnicianStore(MongoTemplate mongo, PagedQueries pages) {
        this.mongo = mongo;
        this.pages = pages;
    }

    /** All technicians, or those serving {@code villageId} when it is not null. */
    public PageResponse<Technician> list(String villageId, Pageable page) {
        Query query = villageId == null ? new Query() : new Query(Criteria.where("villageIds").is(villageId));
        return pages.query(query, page, Technician.class, COLLECTION, t -> t);
    }

    public Optional<Technician> find(String id) {
        return Optional.ofNullable(mongo.findById(id, Technician.class, COLLECTION));
    }

    public Optional<Technician> findByCode(String code) {
        return Optional.ofNullable(mongo.findOne(Query.query(Criteria.where("code").is(code)), Technician.class,
                COLLECTION));
    }

    public boolean exists(String id) {
        return mongo.exists(Query.query(Criteria.where("_id").is(id)), COLLECTION);
    }

    /** Inserts under a new id. */
    public Technician insert(Technician technician) {
        return mongo.insert(technician.withId(new ObjectId().toHexString()), COLLECTION);
    }

    public Technician save(String id, Technician technician) {
        return mongo.save(technician.withId(id), COLLECTION);
    }
}
