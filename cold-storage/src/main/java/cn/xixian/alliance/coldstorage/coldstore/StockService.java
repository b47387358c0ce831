package cn.xixian.alliance.coldstorage.coldstore;

import cn.xixian.alliance.coldstorage.coldstore.Legs.Leg;
import cn.xixian.alliance.coldstorage.coldstore.persistence.Balance;
import cn.xixian.alliance.coldstorage.coldstore.persistence.ChamberBalances;
import cn.xixian.alliance.coldstorage.coldstore.persistence.ChamberBalances.Applied;
import cn.xixian.alliance.coldstorage.coldstore.persistence.LedgerEntryDocument;
import cn.xixian.alliance.coldstorage.coldstore.persistence.StockLedger;
import cn.xixian.alliance.core.grading.Grade;
import cn.xixian.alliance.core.persistence.PagedQueries;
import cn.xixian.alliance.core.security.CurrentUser;
import cn.xixian.alliance.core.units.Weights;
import cn.xixian.alliance.core.web.InvalidInputException;
import cn.xixian.alliance.core.web.NotFoundException;
import cn.xixian.alliance.core.web.PageResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;

/**
 * Live stock per chamber, moved only through append-only ledger legs (see {@link ChamberBalances} for how
 * each leg is applied atomically, exactly once per ref, with no transaction). Every method is idempotent by
 * its {@code ref}: calling again with the same ref returns the first outcome and moves nothing. A ref names
 * one operation on one chamber; multi-leg operations suffix it ({@code ref/hold}, {@code ref/out}, ...).
 */
@Service
public class StockService {

    private final ChamberBalances balances;
    private final StockLedger ledger;
    private final CurrentUser currentUser;
    private final Clock clock;

    StockService(ChamberBalances balances, StockLedger ledger, CurrentUser currentUser, Optional<Clock> clock) {
        this.balances = balances;
        this.ledger = ledger;
        this.currentUser = currentUser;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    /** Fruit into a chamber: from its free capacity, or from {@code reservationRef}'s reservation. */
    public LedgerEntry receive(Receipt r) {
        require(r.ref(), r.grams());
        if (r.lotRef() == null || r.lotRef().isBlank() || r.grade() == null || r.cooperativeId() == null) {
            throw new InvalidInputException("lotRef", "a receipt needs lotRef, grade and cooperativeId");
        }
        LocalDate storedOn = r.storedOn() != null ? r.storedOn() : LocalDate.now(clock);
        Leg leg = r.reservationRef() == null
                ? Legs.fill(r.lotRef(), r.grade(), r.cooperativeId(), storedOn, r.grams())
                : Legs.fillReserved(r.reservationRef(), r.lotRef(), r.grade(), r.cooperativeId(), storedOn, r.grams());
        LedgerEntry entry = entry(r.ref(), r.ref(), MoveType.IN, r.chamberId(), r.lotRef(), r.grade(), r.cooperativeId(),
                storedOn, r.grams(), r.reservationRef(), null);
        return apply(leg, entry).entry().toEntry();
    }

    /** Holds free capacity in a chamber for fruit on its way. */
    public Reservation reserve(String chamberId, long grams, String ref) {
        require(ref, grams);
        LedgerEntry entry = entry(ref, ref, MoveType.RESERVE, chamberId, null, null, null, null, grams, ref, null);
        LedgerEntry applied = apply(Legs.reserve(ref, grams), entry).entry().toEntry();
        return new Reservation(ref, chamberId, applied.grams());
    }

    /** Gives back what is left of a reservation; empty when there is none (never made, or already released). */
    public Optional<LedgerEntry> release(String ref) {
        for (int attempt = 0; attempt < 20; attempt++) {
            Optional<Balance> holding = balances.holding(ref);
            if (holding.isEmpty()) {
                return Optional.empty();
            }
            long left = holding.get().reservations().getOrDefault(ref, 0L);
            LedgerEntry entry = entry(ref + "/release", ref, MoveType.RELEASE, holding.get().chamberId(), null, null,
                    null, null, left, ref, null);
            Optional<Applied> applied = balances.apply(entry.chamberId(), entry.ref(), Legs.release(ref, left).condition(),
                    Legs.release(ref, left).delta(), LedgerEntryDocument.of(entry));
            if (applied.isPresent()) {
                return Optional.of(applied.get().entry().toEntry());
            }
        }
        throw new StockConflictException("reservation " + ref + " keeps changing; try again");
    }

    /** Moves grams of a lot between chambers: hold space at the destination, take out, put in. */
    public TransferResult transfer(String fromChamberId, String toChamberId, long grams, String lotRef, String ref) {
        require(ref, grams);
        if (fromChamberId.equals(toChamberId)) {
            throw new InvalidInputException("toChamberId", "must differ from fromChamberId");
        }
        return new Transfers(this).transfer(fromChamberId, toChamberId, grams, lotRef, ref);
    }

    /** Fruit out of a named lot (sold or sent to a processor). */
    public LedgerEntry takeOut(String chamberId, String lotRef, long grams, String ref) {
        return take(chamberId, lotRef, grams, ref, ref, MoveType.OUT, null);
    }

    /** Fruit lost (rot, shrinkage, damage), with the reason. */
    public LedgerEntry loss(String chamberId, String lotRef, long grams, String ref, String reason) {
        return take(chamberId, lotRef, grams, ref, ref, MoveType.LOSS, reason);
    }

    /** First-in-first-out: the oldest lots of the grade first, in one chamber or across a store. */
    public PickResult pick(String chamberId, String storeId, Grade grade, long grams, String ref) {
        require(ref, grams);
        return new Picking(this, balances).pick(chamberId, storeId, grade, grams, ref);
    }

    public List<StockLot> lots(String chamberId) {
        return balance(chamberId).lots().stream().filter(l -> l.grams() > 0).map(l -> lot(chamberId, l)).toList();
    }

    /** Every lot in every chamber, by chamber id. */
    public Map<String, List<StockLot>> lotsByChamber() {
        return balances.all().stream().collect(Collectors.toMap(Balance::chamberId,
                b -> b.lots().stream().filter(l -> l.grams() > 0).map(l -> lot(b.chamberId(), l)).toList()));
    }

    public long freeGrams(String chamberId) {
        return balance(chamberId).freeGrams();
    }

    public Map<String, Long> freeGramsByChamber() {
        return balances.all().stream().collect(Collectors.toMap(Balance::chamberId, Balance::freeGrams));
    }

    /** A chamber's ledger, newest first. */
    public PageResponse<LedgerEntry> ledger(String chamberId, Pageable page) {
        balance(chamberId);
        return ledger.page(chamberId, page);
    }

    /** A chamber's whole ledger, oldest first. */
    public List<LedgerEntry> ledger(String chamberId) {
        balance(chamberId);
        return ledger.all(chamberId);
    }

    /**
     * A stock count (盘点) of one lot: the difference to what the chamber books is written as one COUNT entry
     * (grams = counted − booked, signed), never a silent overwrite; empty when they agree. Applied where the lot
     * still holds what was read, so a move racing in makes the count re-read and compare again. Idempotent by
     * {@code ref}: a repeat answers with the first entry.
     */
    public Optional<LedgerEntry> count(String chamberId, String lotRef, long countedGrams, String note, String ref) {
        if (ref == null || ref.isBlank()) {
            throw new InvalidInputException("ref", "is required (it makes the move idempotent)");
        }
        if (countedGrams < 0) {
            throw new InvalidInputException("countedKg", "must be 0 or more");
        }
        for (int attempt = 0; attempt < 10; attempt++) {
            Optional<LedgerEntry> first = tryFind(chamberId, ref);
            if (first.isPresent()) {
                return first;
            }
            Balance.Lot lot = balance(chamberId).lots().stream().filter(l -> l.ref().equals(lotRef)).findFirst()
                    .orElseThrow(() -> new StockConflictException("chamber holds no lot " + lotRef));
            long delta = countedGrams - lot.grams();
            if (delta == 0) {
                return Optional.empty();
            }
            LedgerEntry entry = entry(ref, ref, MoveType.COUNT, chamberId, lotRef, lot.grade(), lot.cooperativeId(),
                    lot.storedOn(), delta, null, note);
            Legs.Leg leg = Legs.count(lotRef, lot.grams(), countedGrams);
            Optional<Applied> applied = tryApply(leg, entry);
            if (applied.isPresent()) {
                if (applied.get().fresh() && countedGrams == 0) {
                    balances.dropIfEmpty(chamberId, ChamberBalances.key(lotRef));
                }
                return Optional.of(applied.get().entry().toEntry());
            }
            if (delta > 0 && balance(chamberId).freeGrams() < delta) {
                throw new StockConflictException(Refusals.why(entry, balance(chamberId)));
            }
        }
        throw new StockConflictException("lot " + lotRef + " keeps changing; count again");
    }

    /** The ledger entry of a leg already applied, if any. */
    Optional<LedgerEntry> tryFind(String chamberId, String ref) {
        return ledger.find(chamberId, ref);
    }

    /** The ledger legs of one operation (all chambers), e.g. a pick's OUT legs. */
    List<LedgerEntry> legsOf(String opRef) {
        return ledger.ofOperation(opRef);
    }

    LedgerEntry take(String chamberId, String lotRef, long grams, String ref, String opRef, MoveType type, String note) {
        require(ref, grams);
        Balance.Lot lot = balance(chamberId).lots().stream().filter(l -> l.ref().equals(lotRef)).findFirst().orElse(null);
        if (lot == null) {
            return tryFind(chamberId, ref).orElseThrow(() -> new StockConflictException("chamber holds no lot " + lotRef));
        }
        LedgerEntry entry = entry(ref, opRef, type, chamberId, lotRef, lot.grade(), lot.cooperativeId(), lot.storedOn(),
                grams, null, note);
        Applied applied = apply(Legs.take(lotRef, lot.grade(), grams), entry);
        if (applied.fresh() && applied.balance().lots().stream().anyMatch(l -> l.ref().equals(lotRef) && l.grams() == 0)) {
            balances.dropIfEmpty(chamberId, ChamberBalances.key(lotRef));
        }
        return applied.entry().toEntry();
    }

    /** Applies one leg or says (409) why the chamber refused it. */
    Applied apply(Leg leg, LedgerEntry entry) {
        return tryApply(leg, entry).orElseThrow(() -> new StockConflictException(
                Refusals.why(entry, balance(entry.chamberId()))));
    }

    Optional<Applied> tryApply(Leg leg, LedgerEntry entry) {
        return balances.apply(entry.chamberId(), entry.ref(), leg.condition(), leg.delta(), LedgerEntryDocument.of(entry));
    }

    LedgerEntry entry(String ref, String opRef, MoveType type, String chamberId, String lotRef, Grade grade,
            String cooperativeId, LocalDate storedOn, long grams, String reservationRef, String note) {
        String storeId = balance(chamberId).storeId();
        // to the millisecond, as MongoDB keeps it: a repeated move answers exactly as the first
        return new LedgerEntry(ref, opRef, type, chamberId, storeId, lotRef, grade, cooperativeId, storedOn, grams,
                reservationRef, note, clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MILLIS),
                currentUser.username());
    }

    Balance balance(String chamberId) {
        return balances.find(chamberId).orElseThrow(() -> new NotFoundException("chamber", chamberId));
    }

    static StockLot lot(String chamberId, Balance.Lot l) {
        return new StockLot(chamberId, l.ref(), l.grade(), l.cooperativeId(), l.grams(), l.storedOn());
    }

    private static void require(String ref, long grams) {
        if (ref == null || ref.isBlank()) {
            throw new InvalidInputException("ref", "is required (it makes the move idempotent)");
        }
        if (grams <= 0) {
            throw new InvalidInputException("weightKg", "must be more than 0");
        }
    }

    static String kg(long grams) {
        return Weights.kg(grams).toPlainString() + " kg";
    }
}
