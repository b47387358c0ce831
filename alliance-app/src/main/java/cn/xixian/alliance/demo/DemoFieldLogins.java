package cn.xixian.alliance.demo;

import cn.xixian.alliance.coldstorage.coldstore.ColdStore;
import cn.xixian.alliance.coldstorage.coldstore.ColdStoreService;
import cn.xixian.alliance.core.field.FieldBinding;
import cn.xixian.alliance.core.field.FieldScope;
import cn.xixian.alliance.core.registry.TechnicianService;
import cn.xixian.alliance.core.security.Role;
import cn.xixian.alliance.core.security.UserAccountService;
import cn.xixian.alliance.logistics.fleet.FleetService;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * The field logins (password "demo"): {@code driver-01…50} bound to drivers DRV-01…50, {@code tech-001…100} to
 * technicians TECH-001…, and one {@code keeper-NN} per demo cold-store owner (in store-code order), bound to
 * that owner's stores.
 */
@Component
class DemoFieldLogins implements DemoStep {

    private final UserAccountService users;
    private final FieldScope scope;
    private final FleetService fleet;
    private final TechnicianService technicians;
    private final ColdStoreService stores;

    DemoFieldLogins(UserAccountService users, FieldScope scope, FleetService fleet, TechnicianService technicians,
            ColdStoreService stores) {
        this.users = users;
        this.scope = scope;
        this.fleet = fleet;
        this.technicians = technicians;
        this.stores = stores;
    }

    @Override
    public String name() {
        return "field-logins";
    }

    @Override
    public int order() {
        return 400;
    }

    @Override
    public void load(DemoProperties properties) {
        String hash = users.hash("demo");
        for (int i = 1; i <= 50; i++) {
            int n = i;
            fleet.findDriver("DRV-%02d".formatted(n)).ifPresent(d -> bind("driver-%02d".formatted(n), hash,
                    Role.DRIVER, FieldBinding.driver("driver-%02d".formatted(n), d.id())));
        }
        for (int i = 1; i <= properties.technicians(); i++) {
            int n = i;
            technicians.findByCode("TECH-%03d".formatted(n)).ifPresent(t -> bind("tech-%03d".formatted(n), hash,
                    Role.TECHNICIAN, FieldBinding.technician("tech-%03d".formatted(n), t.id())));
        }
        Map<String, List<String>> byOwner = stores.all().stream().sorted(Comparator.comparing(ColdStore::code))
                .collect(Collectors.groupingBy(ColdStore::ownerId, LinkedHashMap::new,
                        Collectors.mapping(ColdStore::id, Collectors.toList())));
        int k = 1;
        for (List<String> storeIds : byOwner.values()) {
            String username = "keeper-%02d".formatted(k++);
            bind(username, hash, Role.COLD_STORE_KEEPER, FieldBinding.keeper(username, storeIds));
        }
    }

    private void bind(String username, String hash, Role role, FieldBinding binding) {
        users.save(username, hash, Set.of(role), null);
        scope.bind(binding);
    }
}
