package cn.xixian.alliance.coldstorage.coldstore.persistence;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.exists;
import static com.mongodb.client.model.Updates.combine;
import static com.mongodb.client.model.Updates.set;
import static com.mongodb.client.model.Updates.unset;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.ReturnDocument;
import cn.xixian.alliance.core.web.NotFoundException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/**
 * Per-chamber balance documents ({@code chamber_stock}) and the one atomic step that moves stock, with
 * no transaction:
 * <pre>
 * { _id: chamberId, storeId, open, capacityGrams, stockGrams, reservedGrams, freeGrams,
 *   lots:         { lotKey: { ref, grade, cooperativeId, storedOn: "yyyy-MM-dd", grams } },
 *   reservations: { refKey: { ref, grams } },
 *   ops:          { legKey: { ref, at, entry: {ledger entry}, l: true once the entry is in the ledger } } }
 * </pre>
 * Invariants, each kept by the condition of the single-document update that could break it:
 * {@code freeGrams = capacity - stock - reserved >= 0} (fill and reserve only where {@code freeGrams >= g}),
 * {@code stock = Σ lots.grams}, every lot's and reservation's grams {@code >= 0} (take only where they hold
 * {@code >= g}).
 * <p>Order of writes for one ledger leg, which a crash at any point leaves repairable:
 * <ol>
 * <li>{@code findOneAndUpdate} on the balance: condition AND {@code ops.legKey} absent; {@code $inc} the
 * balances and {@code $set ops.legKey = {ref, at, entry}}. The op key and the deltas land in one atomic
 * document write, so a leg is applied at most once, however often it is retried or raced.</li>
 * <li>Insert the ledger entry ({@code _id = chamberId|ref}; a duplicate key means it is already there).</li>
 * <li>Mark {@code ops.legKey.l = true} and drop its copy of the entry.</li>
 * </ol>
 * A crash after 1 leaves the op with its entry in the balance: a retry with the same ref finds the op key,
 * applies nothing and finishes 2–3; {@link #repair()} does the same at start-up and hourly for ops nobody
 * retries. Repeating 2 or 3 is harmless. Op keys are kept for {@link #RETENTION} so late retries stay
 * idempotent, then pruned.
 */
@Component
public class ChamberBalances {

    public static final String COLLECTION = "chamber_stock";
    public static final String LOTS = "lots";
    public static final String RESERVATIONS = "reservations";
    static final String OPS = "ops";
    static final Duration RETENTION = Duration.ofDays(30);

    private final MongoTemplate mongo;
    private final Clock clock;

    ChamberBalances(MongoTemplate mongo, Optional<Clock> clock) {
        this.mongo = mongo;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    /** The outcome of one leg: the balance after it, its entry, and whether this call applied it. */
    public record Applied(Balance balance, LedgerEntryDocument entry, boolean fresh) {
    }

    /** A ref or lot reference as a safe field name (no dots or dollars, bounded length). */
    public static String key(String ref) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(ref.getBytes(StandardCharsets.UTF_8));
            return "k" + HexFormat.of().formatHex(hash, 0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public void create(String chamberId, String storeId, long capacityGrams, boolean open) {
        Document balance = new Document("_id", chamberId).append("storeId", storeId).append("open", open)
                .append("capacityGrams", capacityGrams).append("stockGrams", 0L).append("reservedGrams", 0L)
                .append("freeGrams", capacityGrams).append(LOTS, new Document()).append(RESERVATIONS, new Document())
                .append(OPS, new Document());
        try {
            balances().insertOne(balance);
        } catch (MongoWriteException e) {
            if (e.getError().getCategory() != ErrorCategory.DUPLICATE_KEY) {
                throw e;
            }
        }
    }

    /**
     * Applies one leg where {@code condition} holds (steps 1–3 above). Empty when the condition failed
     * and the leg was never applied; an earlier application of the same ref is returned as not fresh.
     */
    public Optional<Applied> apply(String chamberId, String ref, Bson condition, Bson delta, LedgerEntryDocument entry) {
        String opKey = key(ref);
        Document raw = new Document();
        mongo.getConverter().write(entry, raw);
        raw.remove("_class");
        Document op = new Document("ref", ref).append("at", Date.from(entry.at())).append("entry", raw);
        Document after = balances().findOneAndUpdate(
                and(eq("_id", chamberId), exists(OPS + "." + opKey, false), condition),
                combine(delta, set(OPS + "." + opKey, op)),
                new FindOneAndUpdateOptions().returnDocument(ReturnDocument.AFTER));
        if (after != null) {
            record(chamberId, opKey, raw);
            return Optional.of(new Applied(Balance.of(after), entry, true));
        }
        Document current = balances().find(eq("_id", chamberId)).first();
        if (current == null) {
            throw new NotFoundException("chamber", chamberId);
        }
        Document earlier = current.get(OPS, Document.class).get(opKey, Document.class);
        if (earlier == null) {
            return Optional.empty();
        }
        if (earlier.get("entry") != null) {
            record(chamberId, opKey, earlier.get("entry", Document.class));
        }
        LedgerEntryDocument stored = mongo.findById(LedgerEntryDocument.id(chamberId, ref), LedgerEntryDocument.class);
        return Optional.of(new Applied(Balance.of(current), stored, false));
    }

    /** Steps 2 and 3: the ledger entry (once), then the mark. */
    private void record(String chamberId, String opKey, Document entry) {
        try {
            mongo.getCollection(LedgerEntryDocument.COLLECTION).insertOne(entry);
        } catch (MongoWriteException e) {
            if (e.getError().getCategory() != ErrorCategory.DUPLICATE_KEY) {
                throw e;
            }
        }
        String op = OPS + "." + opKey;
        balances().updateOne(and(eq("_id", chamberId), exists(op)), combine(set(op + ".l", true), unset(op + ".entry")));
    }

    /** Finishes legs a crash left without their ledger entry and prunes op keys past retention. */
    public int repair() {
        int repaired = 0;
        Instant prune = clock.instant().minus(RETENTION);
        for (Document balance : balances().find()) {
            String chamberId = balance.getString("_id");
            Document ops = balance.get(OPS, Document.class);
            if (ops == null) {
                continue;
            }
            List<String> old = new ArrayList<>();
            for (String opKey : ops.keySet()) {
                Document op = ops.get(opKey, Document.class);
                if (!op.getBoolean("l", false)) {
                    record(chamberId, opKey, op.get("entry", Document.class));
                    repaired++;
                } else if (op.getDate("at").toInstant().isBefore(prune)) {
                    old.add(opKey);
                }
            }
            for (String opKey : old) {
                balances().updateOne(and(eq("_id", chamberId), eq(OPS + "." + opKey + ".l", true)),
                        unset(OPS + "." + opKey));
            }
        }
        return repaired;
    }

    public Optional<Balance> find(String chamberId) {
        return Optional.ofNullable(balances().find(eq("_id", chamberId)).first()).map(Balance::of);
    }

    public List<Balance> all() {
        return balances().find().map(Balance::of).into(new ArrayList<>());
    }

    public List<Balance> ofStore(String storeId) {
        return balances().find(eq("storeId", storeId)).map(Balance::of).into(new ArrayList<>());
    }

    /** The chamber holding a reservation with this ref, if any. */
    public Optional<Balance> holding(String reservationRef) {
        return Optional.ofNullable(balances().find(exists(RESERVATIONS + "." + key(reservationRef))).first())
                .map(Balance::of);
    }

    /** Drops the balances of a store that was never registered (its insert failed). */
    public void deleteOfStore(String storeId) {
        balances().deleteMany(eq("storeId", storeId));
    }

    public void open(String chamberId) {
        balances().updateOne(eq("_id", chamberId), set("open", true));
    }

    /** Closes an empty chamber; false when it holds stock or reservations (checked in the same write). */
    public boolean closeIfEmpty(String chamberId) {
        return balances().updateOne(and(eq("_id", chamberId), eq("stockGrams", 0L), eq("reservedGrams", 0L)),
                set("open", false)).getMatchedCount() > 0;
    }

    /** Drops a lot picked to zero; a receipt racing in first keeps it (the condition sees its grams). */
    public void dropIfEmpty(String chamberId, String lotKey) {
        balances().updateOne(and(eq("_id", chamberId), eq(LOTS + "." + lotKey + ".grams", 0L)),
                unset(LOTS + "." + lotKey));
    }

    private MongoCollection<Document> balances() {
        return mongo.getCollection(COLLECTION);
    }
}
