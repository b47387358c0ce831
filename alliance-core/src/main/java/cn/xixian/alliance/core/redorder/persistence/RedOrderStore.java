package cn.xixian.alliance.core.redorder.persistence;

import jakarta.annotation.PostConstruct;
import java.util.List;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort.Direction;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * The contracts' storage. Every change goes through {@link #change}: one {@code findAndModify} whose query
 * carries the state the change expects, so of two racing changes only one can match.
 */
@Component
public class RedOrderStore {

    private final MongoTemplate mongo;

    RedOrderStore(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @PostConstruct
    void indexes() {
        var orders = mongo.indexOps(RedOrderDocument.COLLECTION);
        orders.ensureIndex(new Index("householdId", Direction.ASC).on("season", Direction.ASC).named("household"));
        orders.ensureIndex(new Index("season", Direction.ASC).on("status", Direction.ASC).named("season_status"));
        orders.ensureIndex(new Index("bookings.ref", Direction.ASC).named("booking_ref"));
        // Unique: a harvest lot is delivered against one contract, once (the lot id is the _id, stated for clarity).
        mongo.indexOps(LotDeliveryDocument.COLLECTION)
                .ensureIndex(new Index("redOrderId", Direction.ASC).named("red_order"));
    }

    public RedOrderDocument insert(RedOrderDocument order) {
        return mongo.insert(order);
    }

    public Optional<RedOrderDocument> find(String id) {
        return Optional.ofNullable(mongo.findById(id, RedOrderDocument.class));
    }

    public List<RedOrderDocument> find(Query query) {
        return mongo.find(query, RedOrderDocument.class);
    }

    public long count(Query query) {
        return mongo.count(query, RedOrderDocument.class);
    }

    /**
     * Applies {@code update} to the contract if it still matches {@code guard}, bumping its version; the changed
     * contract, or empty when the guard no longer holds (someone else's change won).
     */
    public Optional<RedOrderDocument> change(String id, Criteria guard, Update update) {
        Query query = new Query(new Criteria().andOperator(Criteria.where("_id").is(id), guard));
        update.inc("version", 1);
        return Optional.ofNullable(mongo.findAndModify(query, update, FindAndModifyOptions.options().returnNew(true),
                RedOrderDocument.class));
    }

    /**
     * Like {@link #change} but leaves the version alone: for the booking counters, which nothing a settlement
     * computes depends on, so sales booking against a contract never make its settlement retry.
     */
    public Optional<RedOrderDocument> adjust(String id, Criteria guard, Update update) {
        Query query = new Query(new Criteria().andOperator(Criteria.where("_id").is(id), guard));
        return Optional.ofNullable(mongo.findAndModify(query, update, FindAndModifyOptions.options().returnNew(true),
                RedOrderDocument.class));
    }

    /** Claims a harvest lot for a contract; the contract that holds it when it is already taken. */
    public Optional<String> claimLot(LotDeliveryDocument claim) {
        try {
            mongo.insert(claim);
            return Optional.empty();
        } catch (DuplicateKeyException e) {
            LotDeliveryDocument held = mongo.findById(claim.harvestLotId(), LotDeliveryDocument.class);
            return Optional.of(held == null ? "?" : held.redOrderId());
        }
    }

    public void unclaimLot(String harvestLotId, String redOrderId) {
        mongo.remove(Query.query(Criteria.where("_id").is(harvestLotId).and("redOrderId").is(redOrderId)),
                LotDeliveryDocument.class);
    }
}
