package cn.xixian.alliance.core.registry;

import java.util.List;

/**
 * A farmer household. {@code povertyRegistered} marks 建档立卡/脱贫户 households the red orders carry;
 * {@code demoHousehold} marks the party-member demonstration households (示范户) a technician mentors.
 */
public record Household(
        String id,
        String code,
        String name,
        String villageId,
        String cooperativeId,
        double orchardAreaMu,
        boolean povertyRegistered,
        boolean demoHousehold,
        String technicianId,
        String phone,
        List<Orchard> orchards) {
}
