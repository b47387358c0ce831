package cn.xixian.alliance.core.registry;

import cn.xixian.alliance.core.registry.persistence.RegistryCountQueries;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import org.springframework.stereotype.Service;

/**
 * The registry's counts for the coordinator's overview, grouped in MongoDB (three aggregations, whatever the number
 * of households), not read member by member.
 */
@Service
public class RegistryCountService {

    private final RegistryCountQueries queries;

    RegistryCountService(RegistryCountQueries queries) {
        this.queries = queries;
    }

    public RegistryCounts counts() {
        Map<MemberKind, Long> byKind = new EnumMap<>(MemberKind.class);
        for (MemberKind kind : MemberKind.values()) {
            byKind.put(kind, 0L);
        }
        queries.membersByKind().forEach((kind, n) -> byKind.put(MemberKind.valueOf(kind), n));
        // Households without a cooperative count under the key "" (they still count in the totals).
        Map<String, Long> all = queries.householdsByCooperative();
        Map<String, Long> poor = queries.povertyRegisteredByCooperative();
        Map<String, RegistryCounts.HouseholdCount> perCooperative = new HashMap<>();
        all.forEach((coop, n) -> perCooperative.put(coop, new RegistryCounts.HouseholdCount(n, poor.getOrDefault(coop, 0L))));
        return new RegistryCounts(byKind, sum(all), sum(poor), perCooperative);
    }

    private static long sum(Map<String, Long> counts) {
        return counts.values().stream().mapToLong(Long::longValue).sum();
    }
}
