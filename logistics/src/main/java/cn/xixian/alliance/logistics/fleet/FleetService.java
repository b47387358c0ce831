package cn.xixian.alliance.logistics.fleet;

import cn.xixian.alliance.core.transport.Place;
import cn.xixian.alliance.core.web.NotFoundException;
import cn.xixian.alliance.core.web.PageResponse;
import cn.xixian.alliance.logistics.fleet.persistence.DriverDocument;
import cn.xixian.alliance.logistics.fleet.persistence.FleetStore;
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
import org.springframework.stereotype.Service;

/**
 * The red-express fleet (红色快递): vans and the drivers who may drive them. The dispatch solver reads the
 * active vans and their drivers here; re-planning marks a van broken down here.
 */
@Service
@EnableConfigurationProperties(FleetProperties.class)
public class FleetService {

    private final FleetStore store;
    private final FleetChecks checks;
    private final FleetProperties properties;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    FleetService(FleetStore store, Validator validator, FleetProperties properties,
            ApplicationEventPublisher events, Optional<Clock> clock) {
        this.store = store;
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
        return store.vans(false).stream().map(VanDocument::toVan).toList();
    }

    /** Vans that may be dispatched now (not broken down), by code. */
    public List<Van> activeVans() {
        return store.vans(true).stream().map(VanDocument::toVan).toList();
    }

    public Van van(String id) {
        return findVan(id).orElseThrow(() -> new NotFoundException("van", id));
    }

    /** A van named by its id or, for people typing references by hand, its code. */
    public Optional<Van> findVan(String idOrCode) {
        if (idOrCode == null || idOrCode.isBlank()) {
            return Optional.empty();
        }
        return store.van(idOrCode).map(VanDocument::toVan);
    }

    public PageResponse<Van> searchVans(Boolean active, Boolean refrigerated, Pageable page) {
        return store.searchVans(active, refrigerated, page, VanDocument::toVan);
    }

    /** 400 naming each bad field; 409 when the code or plate is taken. */
    public Van createVan(VanRequest request) {
        checks.van(request);
        Van van = new Van(new ObjectId().toHexString(), request.code().strip(), request.plate().strip(),
                request.capacityKg().stripTrailingZeros(), Boolean.TRUE.equals(request.refrigerated()),
                request.depot() != null ? request.depot() : defaultDepot(), !Boolean.FALSE.equals(request.active()), null);
        store.insert(VanDocument.of(van));
        return van;
    }

    /**
     * Takes a van out of service (it broke down): it is no longer among {@link #activeVans()}. Marking it again
     * changes nothing and announces nothing; the first time publishes {@link VanBrokenDown}.
     */
    public Van markBrokenDown(String vanId) {
        Van van = van(vanId);
        Optional<VanDocument> changed = store.breakDown(van.id(), Instant.now(clock));
        if (changed.isEmpty()) {
            return van(van.id());
        }
        Van broken = changed.get().toVan();
        events.publishEvent(new VanBrokenDown(broken));
        return broken;
    }

    /** Puts a repaired van back in service. */
    public Van markInService(String vanId) {
        Van van = van(vanId);
        return store.backInService(van.id()).toVan();
    }

    // ---- drivers

    public List<Driver> drivers() {
        return store.drivers().stream().map(DriverDocument::toDriver).toList();
    }

    public Driver driver(String id) {
        return findDriver(id).orElseThrow(() -> new NotFoundException("driver", id));
    }

    public Optional<Driver> findDriver(String idOrCode) {
        if (idOrCode == null || idOrCode.isBlank()) {
            return Optional.empty();
        }
        return store.driver(idOrCode).map(DriverDocument::toDriver);
    }

    /** Drivers, optionally only those who may drive a given van (id or code). */
    public PageResponse<Driver> searchDrivers(String vanId, Pageable page) {
        String van = vanId != null && !vanId.isBlank() ? findVan(vanId).map(Van::id).orElse(vanId) : null;
        return store.searchDrivers(van, page, DriverDocument::toDriver);
    }

    /** 400 naming each bad field (shift end before start, unknown van …); 409 when the code is taken. */
    public Driver createDriver(DriverRequest request) {
        List<String> vanIds = checks.driver(request);
        double maxHours = request.maxShiftHours() != null ? request.maxShiftHours()
                : java.time.Duration.between(request.shiftStart(), request.shiftEnd()).toMinutes() / 60.0;
        Driver driver = new Driver(new ObjectId().toHexString(), request.code().strip(), request.name().strip(),
                request.phone().strip(), request.licenceClass(), request.shiftStart(), request.shiftEnd(), maxHours,
                vanIds, Boolean.TRUE.equals(request.partyMember()));
        store.insert(DriverDocument.of(driver));
        return driver;
    }

    /** Who may drive a van (id). */
    public List<Driver> driversFor(String vanId) {
        return store.driversFor(vanId).stream().map(DriverDocument::toDriver).toList();
    }

    /** Whether a driver (id) may drive a van (id). */
    public boolean canDrive(String driverId, String vanId) {
        return findDriver(driverId).map(d -> d.mayDrive(vanId)).orElse(false);
    }
}
