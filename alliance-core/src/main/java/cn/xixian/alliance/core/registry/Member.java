package cn.xixian.alliance.core.registry;

/** A member organisation of the alliance as the API shows it. */
public record Member(
        String id,
        String code,
        String name,
        MemberKind kind,
        double lat,
        double lon,
        String villageId,
        Contact contact,
        PartyBranch partyBranch) {
}
