package cn.xixian.alliance.core.registry;

import cn.xixian.alliance.core.persistence.PagedQueries;
import cn.xixian.alliance.core.web.InvalidInputException;
import cn.xixian.alliance.core.web.NotFoundException;
import cn.xixian.alliance.core.web.PageResponse;
import org.bson.types.ObjectId;
import org.springframework.data.domain.Pageable;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;

/**
 * Technicians of the red-steward network. A technician is a plain value with nothing internal to
 * hide, so the record itself is the stored document (collection {@code technicians}).
 */
@Service
public class TechnicianService {

    static final String COLLECTION = "technicians";

    private final MongoTemplate mongo;
    private final PagedQueries pages;
    private final MemberService members;

    TechnicianService(MongoTemplate mongo, PagedQueries pages, MemberService members) {
        this.mongo = mongo;
        this.pages = pages;
        this.members = members;
    }

    public PageResponse<Technician> list(String villageId, Pageable page) {
        Query query = villageId == null ? new Query() : new Query(Criteria.where("villageIds").is(villageId));
        return pages.query(query, page, Technician.class, COLLECTION, t -> t);
    }

    public Technician get(String id) {
        Technician technician = mongo.findById(id, Technician.class, COLLECTION);
        if (technician == null) {
            throw new NotFoundException("technician", id);
        }
        return technician;
    }

    public java.util.Optional<Technician> findByCode(String code) {
        return java.util.Optional.ofNullable(mongo.findOne(Query.query(Criteria.where("code").is(code)), Technician.class,
                COLLECTION));
    }

    public boolean exists(String id) {
        return mongo.exists(Query.query(Criteria.where("_id").is(id)), COLLECTION);
    }

    public Technician create(Technician technician) {
        checkVillages(technician);
        return mongo.insert(technician.withId(new ObjectId().toHexString()), COLLECTION);
    }

    public Technician update(String id, Technician technician) {
        get(id);
        checkVillages(technician);
        return mongo.save(technician.withId(id), COLLECTION);
    }

    private void checkVillages(Technician technician) {
        for (int i = 0; i < technician.villageIds().size(); i++) {
            String ref = technician.villageIds().get(i);
            if (members.find(ref).filter(m -> m.kind() == MemberKind.VILLAGE).isEmpty()) {
                throw new InvalidInputException("villageIds[" + i + "]", "names no known village");
            }
        }
    }
}
