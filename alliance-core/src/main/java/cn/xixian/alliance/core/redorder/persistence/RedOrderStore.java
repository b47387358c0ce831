package cn.xixian.alliance.core.redorder.persistence;

import jakarta.annotation.PostConstruct;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.bson.Document;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
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
        // Unique and sparse: a client's externalRef signs one contract per household; contracts without one are free.
        orders.ensureIndex(new Index("externalKey", Direction.ASC).unique().sparse().named("external_ref"));
        // Unique and sparse: the season roll-over signs a household once per season, however often it is run.
        orders.ensureIndex(new Index("seasonKey", Direction.ASC).unique().sparse().named("season_key"));
        orders.ensureIndex(new Index("season", Direction.ASC).on("cooperativeId", Direction.ASC)
                .on("householdCode", Direction.ASC).named("season_cooperative"));
        orders.ensureIndex(new Index("season", Direction.ASC).on("villageId", Direction.ASC).named("season_village"));
        // Unique: a harvest lot is delivered against one contract, once (the lot id is the _id, stated for clarity).
        mongo.indexOps(LotDeliveryDocument.COLLECTION)
                .ensureIndex(new Index("redOrderId", Direction.ASC).named("red_order"));
    }

    public RedOrderDocument insert(RedOrderDocument order) {
        return mongo.insert(order);
    }

    /** Inserts the contract; when its externalKey is already taken, the contract holding it instead (empty if new). */
    public Optional<RedOrderDocument> insertUnlessKnown(RedOrderDocument order) {
        try {
            mongo.insert(order);
            return Optional.empty();
        } catch (DuplicateKeyException e) {
            RedOrderDocument first = order.externalKey() == null ? null
                    : mongo.findOne(Query.query(Criteria.where("externalKey").is(order.externalKey())), RedOrderDocument.class);
            if (first == null) {
                throw e;
            }
            return Optional.of(first);
        }
    }

    /**
     * Inserts a rolled-over contract; {@code false} when its {@code seasonKey} is already taken (an earlier run, or a
     * racing one, signed the household for the season). One atomic insert against a unique index: no read-then-write.
     */
    public boolean insertOncePerSeason(RedOrderDocument order) {
        try {
            mongo.insert(order);
            return true;
        } catch (DuplicateKeyException e) {
            return false;
        }
    }

    /** The contracts of a season (of one cooperative, if given), in household order. */
    public List<RedOrderDocument> ofSeason(int season, String cooperativeId) {
        Criteria where = Criteria.where("season").is(season);
        if (cooperativeId != null) {
            where = where.and("cooperativeId").is(cooperativeId);
        }
        return mongo.find(Query.query(where).with(Sort.by("householdCode", "_id")),
                RedOrderDocument.class);
    }

    /** Which of these households hold a contract of the season that is not cancelled, or a rolled-over one. */
    public Set<String> signedFor(int season, Collection<String> householdIds) {
        Set<String> signed = new HashSet<>();
        Query query = Query.query(Criteria.where("season").is(season).and("householdId").in(householdIds)
                .orOperator(Criteria.where("status").ne("CANCELLED"), Criteria.where("seasonKey").exists(true)));
        query.fields().include("householdId");
        mongo.find(query, Document.class, RedOrderDocument.COLLECTION)
                .forEach(d -> signed.add(d.getString("householdId")));
        return signed;
    }

    /** One page of the contracts the query names, and how many it names in all. */
    public List<RedOrderDocument> find(ContractQuery filter, Pageable page) {
        return mongo.find(query(filter).with(page), RedOrderDocument.class);
    }

    public long count(ContractQuery filter) {
        return mongo.count(query(filter), RedOrderDocument.class);
    }

    /** Every contract the query names, one at a time from a cursor (household order), so 10,000 stay small in memory. */
    public void forEach(ContractQuery filter, Consumer<RedOrderDocument> each) {
        try (Stream<RedOrderDocument> all = mongo.stream(query(filter).with(Sort.by("householdCode", "_id")),
                RedOrderDocument.class)) {
            all.forEach(each);
        }
    }

    private static Query query(ContractQuery f) {
        List<Criteria> where = new ArrayList<>();
        if (f.season() != null) {
            where.add(Criteria.where("season").is(f.season()));
        }
        if (f.cooperativeId() != null) {
            where.add(Criteria.where("cooperativeId").is(f.cooperativeId()));
        }
        if (f.villageId() != null) {
            where.add(Criteria.where("villageId").is(f.villageId()));
        }
        if (f.householdId() != null) {
            where.add(Criteria.where("householdId").is(f.householdId()));
        }
        if (f.status() != null) {
            where.add(Criteria.where("status").is(f.status()));
        } else if (f.withoutCancelled()) {
            where.add(Criteria.where("status").ne("CANCELLED"));
        }
        if (f.povertyOnly()) {
            where.add(Criteria.where("povertyRegistered").is(true));
        }
        if (f.householdName() != null && !f.householdName().isBlank()) {
            where.add(Criteria.where("householdName").regex(
                    Pattern.compile(Pattern.quote(f.householdName().strip()), Pattern.CASE_INSENSITIVE)));
        }
        return where.isEmpty() ? new Query() : new Query(new Criteria().andOperator(where));
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

    /** Claims a harvest lot for a contract; the claim that holds it when it is already taken. */
    public Optional<LotDeliveryDocument> claimLot(LotDeliveryDocument claim) {
        try {
            mongo.insert(claim);
            return Optional.empty();
        } catch (DuplicateKeyException e) {
            LotDeliveryDocument held = mongo.findById(claim.harvestLotId(), LotDeliveryDocument.class);
            return Optional.of(held == null ? new LotDeliveryDocument(claim.harvestLotId(), "?", claim.at()) : held);
        }
    }

    /**
     * Takes a lot's claim over from {@code holder} if it still holds it and claimed it before {@code olderThan}: one
     * conditional update, so of two contracts taking over the same stale claim only one wins.
     */
    public boolean takeOverLot(LotDeliveryDocument claim, String holder, Instant olderThan) {
        Query query = Query.query(Criteria.where("_id").is(claim.harvestLotId()).and("redOrderId").is(holder)
                .and("at").lt(olderThan));
        return mongo.updateFirst(query, new Update().set("redOrderId", claim.redOrderId()).set("at", claim.at()),
                LotDeliveryDocument.class).getModifiedCount() == 1;
    }

    public void unclaimLot(String harvestLotId, String redOrderId) {
        mongo.remove(Query.query(Criteria.where("_id").is(harvestLotId).and("redOrderId").is(redOrderId)),
                LotDeliveryDocument.class);
    }
}
