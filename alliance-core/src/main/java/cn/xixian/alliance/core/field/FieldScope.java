package cn.xixian.alliance.core.field;

import cn.xixian.alliance.core.field.persistence.FieldBindingDocument;
import cn.xixian.alliance.core.field.persistence.FieldBindingRepository;
import cn.xixian.alliance.core.security.AllianceUser;
import cn.xixian.alliance.core.security.CurrentUser;
import cn.xixian.alliance.core.security.Role;
import cn.xixian.alliance.core.web.ForbiddenException;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Row-level access of the field roles, in one place (as {@link CurrentUser} does for cooperatives): a driver
 * reaches only the van they drive, a technician only their own households and visits, a keeper only the
 * cold stores bound to them. Coordinators (and dispatchers for routes) are not confined. A field login bound
 * to nothing reaches nothing: every check fails closed with 403.
 */
@Component
public class FieldScope {

    private final FieldBindingRepository bindings;
    private final CurrentUser currentUser;

    FieldScope(FieldBindingRepository bindings, CurrentUser currentUser) {
        this.bindings = bindings;
        this.currentUser = currentUser;
    }

    public FieldBinding bind(FieldBinding binding) {
        bindings.save(FieldBindingDocument.of(binding));
        return binding;
    }

    public Optional<FieldBinding> binding(String username) {
        return bindings.findById(username).map(FieldBindingDocument::toBinding);
    }

    /** The driver a DRIVER login is confined to; empty for coordinators, dispatchers and work the app does itself. */
    public Optional<String> confinedToDriver() {
        return confined(Role.DRIVER, Set.of(Role.COORDINATOR, Role.DISPATCHER)).map(b -> require(b.driverId(),
                "this driver login is not bound to a driver"));
    }

    /** The technician a TECHNICIAN login is confined to; empty for coordinators. */
    public Optional<String> confinedToTechnician() {
        return confined(Role.TECHNICIAN, Set.of(Role.COORDINATOR)).map(b -> require(b.technicianId(),
                "this technician login is not bound to a technician"));
    }

    /** The cold stores a COLD_STORE_KEEPER login is confined to; empty for coordinators. */
    public Optional<List<String>> confinedToColdStores() {
        return confined(Role.COLD_STORE_KEEPER, Set.of(Role.COORDINATOR)).map(b -> {
            if (b.coldStoreIds().isEmpty()) {
                throw new ForbiddenException("this keeper login is not bound to a cold store");
            }
            return b.coldStoreIds();
        });
    }

    /** The signed-in driver's id; 403 for anyone who is not a bound driver. */
    public String driverId() {
        return confinedToDriver().orElseThrow(() -> new ForbiddenException("not allowed for your role"));
    }

    /** The signed-in technician's id; 403 for anyone who is not a bound technician. */
    public String technicianId() {
        return confinedToTechnician().orElseThrow(() -> new ForbiddenException("not allowed for your role"));
    }

    /** Refuses (403) when a driver touches a stop of a van someone else drives. */
    public void checkDriver(String driverId) {
        confinedToDriver().ifPresent(own -> {
            if (!own.equals(driverId)) {
                throw new ForbiddenException("drivers may only see and mark the stops of the van they drive");
            }
        });
    }

    /** Refuses (403) when a keeper touches a cold store not bound to them. */
    public void checkColdStore(String coldStoreId) {
        confinedToColdStores().ifPresent(own -> {
            if (!own.contains(coldStoreId)) {
                throw new ForbiddenException("keepers may only see and change the cold stores bound to them");
            }
        });
    }

    private Optional<FieldBinding> confined(Role role, Set<Role> wider) {
        Optional<AllianceUser> user = currentUser.get().filter(u -> u.has(role) && wider.stream().noneMatch(u::has));
        return user.map(u -> binding(u.getUsername()).orElseThrow(
                () -> new ForbiddenException("this field login is not bound to anything")));
    }

    private static String require(String id, String message) {
        if (id == null || id.isBlank()) {
            throw new ForbiddenException(message);
        }
        return id;
    }
}
