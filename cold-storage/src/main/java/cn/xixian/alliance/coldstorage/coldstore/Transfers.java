package cn.xixian.alliance.coldstorage.coldstore;

import cn.xixian.alliance.coldstorage.coldstore.persistence.Balance;
import cn.xixian.alliance.coldstorage.coldstore.persistence.ChamberBalances.Applied;
import cn.xixian.alliance.coldstorage.coldstore.persistence.LedgerEntryDocument;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A transfer in three legs, each idempotent: RESERVE {@code ref/hold} at the destination (so the fruit
 * taken out always has a place), TRANSFER_OUT {@code ref/out} at the source, TRANSFER_IN {@code ref/in}
 * out of the hold. If the source lacks the fruit the hold is released ({@code ref/hold/release}) and the
 * ref is spent. After a crash, calling again with the same ref finishes the legs not yet applied. Two calls
 * with the same ref must not run at the same time.
 */
final class Transfers {

    private static final Logger log = LoggerFactory.getLogger(Transfers.class);

    private final StockService stock;

    Transfers(StockService stock) {
        this.stock = stock;
    }

    TransferResult transfer(String from, String to, long grams, String lotRef, String ref) {
        String hold = ref + "/hold";
        LedgerEntry out = earlier(from, ref + "/out").orElse(null);
        if (out == null) {
            LedgerEntry reserve = stock.entry(hold, ref, MoveType.RESERVE, to, null, null, null, null, grams, hold, null);
            Applied held = stock.apply(Legs.reserve(hold, grams), reserve);
            Balance destination = held.fresh() ? held.balance() : stock.balance(to);
            if (destination.reservations().getOrDefault(hold, 0L) < grams) {
                throw new StockConflictException("transfer " + ref + " was refused before; use a new ref");
            }
            try {
                out = stock.take(from, lotRef, grams, ref + "/out", ref, MoveType.TRANSFER_OUT, "to chamber " + to);
            } catch (RuntimeException refused) {
                stock.release(hold);
                throw refused;
            }
        }
        LedgerEntry in = stock.entry(ref + "/in", ref, MoveType.TRANSFER_IN, to, out.lotRef(), out.grade(),
                out.cooperativeId(), out.storedOn(), out.grams(), hold, "from chamber " + from);
        Optional<Applied> put = stock.tryApply(Legs.fillReserved(hold, out.lotRef(), out.grade(), out.cooperativeId(),
                out.storedOn(), out.grams()), in);
        if (put.isEmpty()) {
            // Only when two calls with this ref raced and one released the hold: the fruit is out, not in.
            log.error("Transfer {}: {} taken out of {} but the hold at {} is gone; receive it by hand", ref,
                    StockService.kg(out.grams()), from, to);
            throw new StockConflictException("transfer " + ref + " lost its hold at chamber " + to);
        }
        return new TransferResult(out, put.get().entry().toEntry());
    }

    private Optional<LedgerEntry> earlier(String chamberId, String ref) {
        return stock.tryFind(chamberId, ref);
    }
}
