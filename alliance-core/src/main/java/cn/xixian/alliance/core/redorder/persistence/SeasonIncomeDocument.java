package cn.xixian.alliance.core.redorder.persistence;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One settled contract's contribution to its season's report, keyed by season and contract so that writing it
 * again (a restarted report job) replaces instead of adding.
 */
@Document(SeasonIncomeDocument.COLLECTION)
public record SeasonIncomeDocument(@Id String id, int season, String redOrderId, String householdId,
        String householdCode, String householdName, String cooperativeId, boolean povertyRegistered,
        long deliveredGrams, long grossFen, long advancesFen, long netFen) {

    public static final String COLLECTION = "red_order_season_income";

    public static String key(int season, String redOrderId) {
        return season + ":" + redOrderId;
    }
}
