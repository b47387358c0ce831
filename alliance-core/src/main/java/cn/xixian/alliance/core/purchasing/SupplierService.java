package cn.xixian.alliance.core.purchasing;

import cn.xixian.alliance.core.persistence.PagedQueries;
import cn.xixian.alliance.core.web.NotFoundException;
import cn.xixian.alliance.core.web.PageResponse;
import java.util.Optional;
import org.bson.types.ObjectId;
import org.springframework.data.domain.Pageable;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;

/** The purchasing group's input suppliers. */
@Service
public class SupplierService {

    public static final String COLLECTION = "input_suppliers";

    private final MongoTemplate mongo;
    private final PagedQueries pages;

    SupplierService(MongoTemplate mongo, PagedQueries pages) {
        this.mongo = mongo;
        this.pages = pages;
    }

    public Supplier create(Supplier supplier) {
        return mongo.insert(supplier.withId(new ObjectId().toHexString()), COLLECTION);
    }

    public Supplier get(String id) {
        return find(id).orElseThrow(() -> new NotFoundException("supplier", id));
    }

    /** By id or, for people typing references by hand, by code. */
    public Optional<Supplier> find(String idOrCode) {
        if (idOrCode == null || idOrCode.isBlank()) {
            return Optional.empty();
        }
        return Optional.ofNullable(mongo.findById(idOrCode, Supplier.class, COLLECTION)).or(() -> Optional.ofNullable(
                mongo.findOne(Query.query(Criteria.where("code").is(idOrCode)), Supplier.class, COLLECTION)));
    }

    public PageResponse<Supplier> list(Pageable page) {
        return pages.query(new Query(), page, Supplier.class, COLLECTION, s -> s);
    }
}
