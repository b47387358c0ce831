package cn.xixian.alliance.core.redorder.persistence;

import cn.xixian.alliance.core.redorder.RedOrderStatus;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.Sorts;
import java.util.List;
import java.util.function.Consumer;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/**
 * The season book's reads over the contracts: only the counters and totals each contract document keeps (per-grade
 * {@code delivered}/{@code booked} maps, the settlement's totals), never the appended histories, as raw documents.
 */
@Component
public class SeasonBookQueries {

    private final MongoTemplate mongo;

    SeasonBookQueries(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /**
     * Each of the season's contracts that is not CANCELLED, with only {@code householdId, povertyRegistered, status,
     * lines.grade, lines.contractedGrams, delivered, booked, settlement.grossFen, settlement.netFen,
     * advances.amountFen}.
     */
    public void forEachContractOf(int season, Consumer<Document> each) {
        Bson filter = Filters.and(Filters.eq("season", season), Filters.ne("status", RedOrderStatus.CANCELLED.name()));
        Bson fields = Projections.include("householdId", "povertyRegistered", "status", "lines.grade",
                "lines.contractedGrams", "delivered", "booked", "settlement.grossFen", "settlement.netFen",
                "advances.amountFen");
        for (Document d : collection().find(filter).projection(fields)) {
            each.accept(d);
        }
    }

    /** The newest season with an ACTIVE contract, else the newest season with any contract; null when none. */
    public Integer newestSeason() {
        for (Bson filter : List.of(Filters.eq("status", RedOrderStatus.ACTIVE.name()), new Document())) {
            Document newest = collection().find(filter).projection(Projections.include("season"))
                    .sort(Sorts.descending("season")).limit(1).first();
            if (newest != null) {
                return newest.getInteger("season");
            }
        }
        return null;
    }

    private MongoCollection<Document> collection() {
        return mongo.getCollection(RedOrderDocument.COLLECTION);
    }
}
