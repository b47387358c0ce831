package cn.xixian.alliance.logistics.fleet.persistence;

import cn.xixian.alliance.core.persistence.PagedQueries;
import cn.xixian.alliance.core.web.PageResponse;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/** The {@code vans} and {@code drivers} collections; lists come by code. */
@Component
public class FleetStore {

    private static final Sort BY_CODE = Sort.by("code");

    private final MongoTemplate mongo;
    private final PagedQueries pages;

    FleetStore(MongoTemplate mongo, PagedQueries pages) {
        this.mongo = mongo;
        this.pages = pages;
    }

    // ---- vans

    public List<VanDocument> vans(boolean activeOnly) {
        Query query = activeOnly ? Query.query(Criteria.where("active").is(true)) : new Query();
        return mongo.find(query.with(BY_CODE), VanDocument.class, VanDocument.COLLECTION);
    }

    /** By id or, failing that, by code. */
    public Optional<VanDocument> van(String idOrCode) {
        VanDocument byId = mongo.findById(idOrCode, VanDocument.class, VanDocument.COLLECTION);
        return Optional.ofNullable(byId != null ? byId
                : mongo.findOne(Query.query(Criteria.where("code").is(idOrCode)), VanDocument.class,
                        VanDocument.COLLECTION));
    }

    /** {@code active} and {@code refrigerated} narrow the list when given. */
    public <T> PageResponse<T> searchVans(Boolean active, Boolean refrigerated, Pageable page,
            Function<VanDocument, T> view) {
        Criteria where = new Criteria();
        if (active != null) {
            where = where.and("active").is(active);
        }
        if (refrigerated != null) {
            where = where.and("refrigerated").is(refrigerated);
        }
        return pages.query(Query.query(where), page, VanDocument.class, VanDocument.COLLECTION, view);
    }

    public void insert(VanDocument van) {
        mongo.insert(van, VanDocument.COLLECTION);
    }

    /** Takes an active van out of service; empty when it was not active (nothing changed). */
    public Optional<VanDocument> breakDown(String vanId, Instant at) {
        return Optional.ofNullable(mongo.findAndModify(
                Query.query(Criteria.where("_id").is(vanId).and("active").is(true)),
                new Update().set("active", false).set("brokenDownAt", at).inc("version", 1),
                FindAndModifyOptions.options().returnNew(true), VanDocument.class, VanDocument.COLLECTION));
    }

    public VanDocument backInService(String vanId) {
        return mongo.findAndModify(Query.query(Criteria.where("_id").is(vanId)),
                new Update().set("active", true).unset("brokenDownAt").inc("version", 1),
                FindAndModifyOptions.options().returnNew(true), VanDocument.class, VanDocument.COLLECTION);
    }

    // ---- drivers

    public List<DriverDocument> drivers() {
        return mongo.find(new Query().with(BY_CODE), DriverDocument.class, DriverDocument.COLLECTION);
    }

    /** By id or, failing that, by code. */
    public Optional<DriverDocument> driver(String idOrCode) {
        DriverDocument byId = mongo.findById(idOrCode, DriverDocument.class, DriverDocument.COLLECTION);
        return Optional.ofNullable(byId != null ? byId
                : mongo.findOne(Query.query(Criteria.where("code").is(idOrCode)), DriverDocument.class,
                        DriverDocument.COLLECTION));
    }

    /** Drivers, only those allowed on {@code vanId} when it is given. */
    public <T> PageResponse<T> searchDrivers(String vanId, Pageable page, Function<DriverDocument, T> view) {
        Criteria where = new Criteria();
        if (vanId != null) {
            where = where.and("vanIds").is(vanId);
        }
        return pages.query(Query.query(where), page, DriverDocument.class, DriverDocument.COLLECTION, view);
    }

    public void insert(DriverDocument driver) {
        mongo.insert(driver, DriverDocument.COLLECTION);
    }

    /** Who may drive a van (id), by code. */
    public List<DriverDocument> driversFor(String vanId) {
        return mongo.find(Query.query(Criteria.where("vanIds").is(vanId)).with(BY_CODE), DriverDocument.class,
                DriverDocument.COLLECTION);
    }
}
