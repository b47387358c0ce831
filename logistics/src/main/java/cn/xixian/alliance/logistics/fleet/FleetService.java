package cn.xixian.alliance.logistics.fleet;

import cn.xixian.alliance.core.persistence.PagedQueries;
import cn.xixian.alliance.core.transport.Place;
import cn.xixian.alliance.core.web.NotFoundException;
import cn.xixian.alliance.core.web.PageResponse;
import cn.xixian.alliance.logistics.fleet.persistence.DriverDocument;
import cn.xixian.alliance.logistics.fleet.persistence.VanDocument;
import jakarta.validation.Validator;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.bson.types.ObjectId;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;

/**
 * The red-express fleet (红色快递): vans and the drivers who may drive them. The dispatch solver reads the
 * active vans and their drivers here; re-planning marks a van broken down here.
 */
@Service
@EnableConfigurationProperties(FleetProperties.class)
public class FleetService {

    private static final Sort BY_CODE = Sort.by("code");

    private final MongoTemplate mongo;
    private final PagedQueries pages;
    private final FleetChecks checks;
    private final FleetProperties properties;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    FleetService(MongoTemplate mongo, PagedQueries pages, Validator validator, FleetProperties properties,
            ApplicationEventPublisher events, Optional<Clock> clock) {
        this.mongo = mongo;
        this.pages = pages;
        this.checks = new FleetChecks(validator, this);
        this.properties = properties;
        this.events = events;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    /** The county's time zone: drivers' shifts are local times in it. */
    public ZoneId zone() {
        return properties.zone();
    }

    /** Where a van without a depot of its own is based: the county delivery centre. */
    public Place defaultDepot() {
        return new Place(null, properties.depotName(), properties.depotLat(), properties.depotLon());
    }

    // ---- vans

    public List<Van> vans() {
        return mongo.find(new Query().with(BY_CODE), VanDocument.class, VanDocument.COLLECTION).stream()
                .map(VanDocument::toVan).toList();
    }

    /** Vans that may be dispatched now (not broken down), by code. */
    public List<Van> activeVans() {
        return mongo.find(Query.query(Criteria.where("active").is(true)).with(BY_CODE), VanDocument.class,
                VanDocument.COLLECTION).stream().map(VanDocument::toVan).toList();
    }

    public Van van(String id) {
        return findVan(id).orElseThrow(() -> new NotFoundException("van", id));
    }

    /** A van named by its id or, for people typing references by hand, its code. */
    public Optional<Van> findVan(String idOrCode) {
        if (idOrCode == null || idOrCode.isBlank()) {
            return Optional.empty();
        }
        VanDocument byId = mongo.findById(idOrCode, VanDocument.class, VanDocument.COLLECTION);
        return Optional.ofNullable(byId != null ? byId
                : mongo.findOne(Query.query(Criteria.where("code").is(idOrCode)), VanDocument.class, VanDocument.COLLECTION))
                .map(VanDocument::toVan);
    }

    public PageResponse<Van> searchVans(Boolean active, Boolean refrigerated, Pageable page) {
        Criteria where = new Criteria();
        if (active != null) {
            where = where.and("active").is(active);
        }
        if (refrigerated != null) {
            where = where.and("refrigerated").is(refrigerated);
        }
        return pages.query(Query.query(where), page, VanDocument.class, VanDocument.COLLECTION,
                VanDocument::toVan);
    }

    /** 400 naming each bad field; 409 when the code or plate is taken. */
    public Van createVan(VanRequest request) {
        checks.van(request);
        Van van = new Van(new ObjectId().toHexString(), request.code().strip(), request.plate().strip(),
                request.capacityKg().stripTrailingZeros(), Boolean.TRUE.equals(request.refrigerated()),
                request.depot() != null ? request.depot() : defaultDepot(), !Boolean.FALSE.equals(request.active()), null);
        mongo.insert(VanDocument.of(van), VanDocument.COLLECTION);
        return van;
    }

    /**
     * Takes a van out of service (it broke down): it is no longer among {@link #activeVans()}. Marking it again
     * changes nothing and announces nothing; the first time publishes {@link VanBrokenDown}.
     */
    public Van markBrokenDown(String vanId) {
        Van van = van(vanId);
        VanDocument changed = mongo.findAndModify(
                Query.query(Criteria.where("_id").is(van.id()).and("active").is(true)),
                new Update().set("active", false).set("brokenDownAt", Instant.now(clock)).inc("version", 1),
                FindAndModifyOptions.options().returnNew(true), VanDocument.class, VanDocument.COLLECTION);
        if (changed == null) {
            return van(van.id());
        }
        Van broken = changed.toVan();
        events.publishEvent(new VanBrokenDown(broken));
        return broken;
    }

    /** Puts a repaired van back in service. */
    public Van markInService(String vanId) {
        Van van = van(vanId);
        VanDocument changed = mongo.findAndModify(Query.query(Criteria.where("_id").is(van.id())),
                new Update().set("active", true).unset("brokenDownAt").inc("version", 1),
                FindAndModifyOptions.options().returnNew(true), VanDocument.class, VanDocument.COLLECTION);
        return changed.toVan();
    }

    // ---- drivers

    public List<Driver> drivers() {
        return mongo.find(new Query().with(BY_CODE), DriverDocument.class, DriverDocument.COLLECTION).stream()
                .map(DriverDocument::toDriver).toList();
    }

    public Driver driver(String id) {
        return findDriver(id).orElseThrow(() -> new NotFoundException("driver", id));
    }

    public Optional<Driver> findDriver(String idOrCode) {
        if (idOrCode == null || idOrCode.isBlank()) {
            return Optional.empty();
        }
        DriverDocument byId = mongo.findById(idOrCode, DriverDocument.class, DriverDocument.COLLECTION);
        return Optional.ofNullable(byId != null ? byId
                : mongo.findOne(Query.query(Criteria.where("code").is(idOrCode)), DriverDocument.class,
                        DriverDocument.COLLECTION)).map(DriverDocument::toDriver);
    }

    /** Drivers, optionally only those who may drive a given van (id or code). */
    public PageResponse<Driver> searchDrivers(String vanId, Pageable page) {
        Criteria where = new Criteria();
        if (vanId != null && !vanId.isBlank()) {
            where = where.and("vanIds").is(findVan(vanId).map(Van::id).orElse(vanId));
        }
        return pages.query(Query.query(where), page, DriverDocument.class, DriverDocument.COLLECTION,
                DriverDocument::toDriver);
    }

    /** 400 naming each bad field (shift end before start, unknown van …); 409 when the code is taken. */
    public Driver createDriver(DriverRequest request) {
        List<String> vanIds = checks.driver(request);
        double maxHours = request.maxShiftHours() != null ? request.maxShiftHours()
                : java.time.Duration.between(request.shiftStart(), request.shiftEnd()).toMinutes() / 60.0;
        Driver driver = new Driver(new ObjectId().toHexString(), request.code().strip(), request.name().strip(),
                request.phone().strip(), request.licenceClass(), request.shiftStart(), request.shiftEnd(), maxHours,
                vanIds, Boolean.TRUE.equals(request.partyMember()));
        mongo.insert(DriverDocument.of(driver), DriverDocument.COLLECTION);
        return driver;
    }

    /** Who may drive a van (id). */
    public List<Driver> driversFor(String vanId) {
        return mongo.find(Query.query(Criteria.where("vanIds").is(vanId)).with(BY_CODE), DriverDocument.class,
                DriverDocument.COLLECTION).stream().map(DriverDocument::toDriver).toList();
    }

    /** Whether a driver (id) may drive a van (id). */
    public boolean canDrive(String driverId, String vanId) {
        return findDriver(driverId).map(d -> d.mayDrive(vanId)).orElse(false);
    }
}
