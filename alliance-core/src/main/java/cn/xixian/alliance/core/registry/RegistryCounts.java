package cn.xixian.alliance.core.registry;

import java.util.Map;

/**
 * How many members of each kind the alliance links, how many households it counts (and how many of them are
 * poverty-registered), in all and per cooperative id. Kinds without members count 0.
 */
public record RegistryCounts(Map<MemberKind, Long> membersByKind, long households, long povertyRegisteredHouseholds,
        Map<String, HouseholdCount> householdsByCooperative) {

    public record HouseholdCount(long households, long povertyRegistered) {
    }

    public long members(MemberKind kind) {
        return membersByKind.getOrDefault(kind, 0L);
    }

    public HouseholdCount ofCooperative(String cooperativeId) {
        return householdsByCooperative.getOrDefault(cooperativeId, new HouseholdCount(0, 0));
    }
}
