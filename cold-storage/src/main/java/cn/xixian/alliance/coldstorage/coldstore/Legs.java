package cn.xixian.alliance.coldstorage.coldstore;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.exists;
import static com.mongodb.client.model.Filters.gte;
import static com.mongodb.client.model.Filters.or;
import static com.mongodb.client.model.Updates.combine;
import static com.mongodb.client.model.Updates.inc;
import static com.mongodb.client.model.Updates.min;
import static com.mongodb.client.model.Updates.set;
import static com.mongodb.client.model.Updates.unset;

import cn.xixian.alliance.coldstorage.coldstore.persistence.ChamberBalances;
import cn.xixian.alliance.core.grading.Grade;
import java.time.LocalDate;
import org.bson.conversions.Bson;

/**
 * The condition and the deltas of each kind of leg on a chamber's balance document. Each pair keeps the
 * invariants of {@link ChamberBalances}: whatever grows stock or reservations needs as much free capacity
 * (or an existing reservation), whatever takes needs as much in the lot or reservation it takes from.
 */
final class Legs {

    private static final String LOTS = ChamberBalances.LOTS + ".";
    private static final String RES = ChamberBalances.RESERVATIONS + ".";

    private Legs() {
    }

    record Leg(Bson condition, Bson delta) {
    }

    /** Fruit in from free capacity of an open chamber; the lot, if already there, must be the same grade and cooperative. */
    static Leg fill(String lotRef, Grade grade, String cooperativeId, LocalDate storedOn, long grams) {
        return new Leg(and(eq("open", true), gte("freeGrams", grams), sameLot(lotRef, grade, cooperativeId)),
                combine(inc("stockGrams", grams), inc("freeGrams", -grams), addToLot(lotRef, grade, cooperativeId,
                        storedOn, grams)));
    }

    /** Fruit in against a reservation: no free capacity needed, the reservation shrinks instead. */
    static Leg fillReserved(String reservationRef, String lotRef, Grade grade, String cooperativeId, LocalDate storedOn,
            long grams) {
        String res = RES + ChamberBalances.key(reservationRef);
        return new Leg(and(gte(res + ".grams", grams), sameLot(lotRef, grade, cooperativeId)),
                combine(inc(res + ".grams", -grams), inc("reservedGrams", -grams), inc("stockGrams", grams),
                        addToLot(lotRef, grade, cooperativeId, storedOn, grams)));
    }

    /** Fruit out of one lot (sale, loss, transfer). */
    static Leg take(String lotRef, Grade grade, long grams) {
        String lot = LOTS + ChamberBalances.key(lotRef);
        return new Leg(and(gte(lot + ".grams", grams), eq(lot + ".grade", grade.name())),
                combine(inc(lot + ".grams", -grams), inc("stockGrams", -grams), inc("freeGrams", grams)));
    }

    /**
     * A stock count: the lot holds {@code counted} afterwards, applied only where it still holds {@code booked}
     * (what the count was compared with), and a surplus only where the chamber has that much free.
     */
    static Leg count(String lotRef, long booked, long counted) {
        String lot = LOTS + ChamberBalances.key(lotRef);
        long delta = counted - booked;
        Bson condition = delta > 0 ? and(eq(lot + ".grams", booked), gte("freeGrams", delta)) : eq(lot + ".grams", booked);
        return new Leg(condition, combine(inc(lot + ".grams", delta), inc("stockGrams", delta), inc("freeGrams", -delta)));
    }

    static Leg reserve(String ref, long grams) {
        String res = RES + ChamberBalances.key(ref);
        return new Leg(and(eq("open", true), gte("freeGrams", grams)),
                combine(inc("reservedGrams", grams), inc("freeGrams", -grams), inc(res + ".grams", grams),
                        set(res + ".ref", ref)));
    }

    /** Gives back what is left of a reservation, exactly {@code grams} (re-read and retried if receipts raced). */
    static Leg release(String ref, long grams) {
        String res = RES + ChamberBalances.key(ref);
        return new Leg(eq(res + ".grams", grams),
                combine(inc("reservedGrams", -grams), inc("freeGrams", grams), unset(res)));
    }

    private static Bson sameLot(String lotRef, Grade grade, String cooperativeId) {
        String lot = LOTS + ChamberBalances.key(lotRef);
        return or(exists(lot, false), and(eq(lot + ".grade", grade.name()), eq(lot + ".cooperativeId", cooperativeId)));
    }

    private static Bson addToLot(String lotRef, Grade grade, String cooperativeId, LocalDate storedOn, long grams) {
        String lot = LOTS + ChamberBalances.key(lotRef);
        return combine(inc(lot + ".grams", grams), set(lot + ".ref", lotRef), set(lot + ".grade", grade.name()),
                set(lot + ".cooperativeId", cooperativeId), min(lot + ".storedOn", storedOn.toString()));
    }
}
