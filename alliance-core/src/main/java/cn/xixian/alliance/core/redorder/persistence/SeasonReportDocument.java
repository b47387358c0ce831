package cn.xixian.alliance.core.redorder.persistence;

import java.time.Instant;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** The latest report of a season (one per season, replaced by each run); grams and fen. */
@Document(SeasonReportDocument.COLLECTION)
public record SeasonReportDocument(@Id int season, Instant generatedAt, List<Row> households) {

    public static final String COLLECTION = "red_order_season_reports";

    /** One household's season: its contracts summed. */
    public record Row(String householdId, String householdCode, String householdName, String cooperativeId,
            boolean povertyRegistered, long contracts, long deliveredGrams, long grossFen, long advancesFen, long netFen) {
    }
}
