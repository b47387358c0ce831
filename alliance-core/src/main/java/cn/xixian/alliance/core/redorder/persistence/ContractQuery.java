package cn.xixian.alliance.core.redorder.persistence;

/**
 * Which contracts the desk, the statements workbook and the API's list want; every part optional. Ids are resolved
 * ({@code cooperativeId}, {@code villageId} are member ids); {@code householdName} matches part of the name, any case.
 */
public record ContractQuery(String householdId, String cooperativeId, String villageId, Integer season, String status,
        boolean povertyOnly, String householdName, boolean withoutCancelled) {
}
