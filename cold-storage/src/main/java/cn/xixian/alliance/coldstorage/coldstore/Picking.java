package cn.xixian.alliance.coldstorage.coldstore;

import cn.xixian.alliance.coldstorage.coldstore.persistence.Balance;
import cn.xixian.alliance.coldstorage.coldstore.persistence.ChamberBalances;
import cn.xixian.alliance.core.grading.Grade;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * First-in-first-out picking: OUT legs from the lots of a grade with the oldest storage date first (then
 * chamber and lot, so the order is stable). Each leg's ref is {@code ref/chamberId/lotKey}: a retry after a
 * crash counts the legs already taken and picks only the rest.
 */
final class Picking {

    private record Candidate(Balance balance, Balance.Lot lot) {
    }

    private final StockService stock;
    private final ChamberBalances balances;

    Picking(StockService stock, ChamberBalances balances) {
        this.stock = stock;
        this.balances = balances;
    }

    PickResult pick(String chamberId, String storeId, Grade grade, long grams, String ref) {
        if (chamberId == null && storeId == null) {
            throw new cn.xixian.alliance.core.web.InvalidInputException("chamberId", "name a chamber or a store");
        }
        balances.repair(); // legs a crash left out of the ledger count as taken below
        List<LedgerEntry> legs = new ArrayList<>(stock.legsOf(ref));
        Set<String> done = new HashSet<>(legs.stream().map(LedgerEntry::ref).toList());
        long remaining = grams - legs.stream().mapToLong(LedgerEntry::grams).sum();
        List<Candidate> candidates = candidates(chamberId, storeId, grade);
        long available = candidates.stream().mapToLong(c -> c.lot().grams()).sum();
        if (remaining > 0 && legs.isEmpty() && available < remaining) {
            throw new StockConflictException("only " + StockService.kg(available) + " of " + grade + " in stock, not "
                    + StockService.kg(remaining));
        }
        for (Candidate c : candidates) {
            String legRef = ref + "/" + c.balance().chamberId() + "/" + c.lot().key();
            if (remaining <= 0) {
                break;
            }
            if (done.contains(legRef)) {
                continue;
            }
            long take = Math.min(remaining, c.lot().grams());
            try {
                LedgerEntry leg = stock.take(c.balance().chamberId(), c.lot().ref(), take, legRef, ref, MoveType.OUT,
                        "FIFO pick");
                legs.add(leg);
                remaining -= leg.grams();
            } catch (StockConflictException raced) {
                // another pick took this lot meanwhile; the next lots make up for it
            }
        }
        return new PickResult(ref, grams, grams - Math.max(remaining, 0), List.copyOf(legs));
    }

    private List<Candidate> candidates(String chamberId, String storeId, Grade grade) {
        List<Balance> scope = chamberId != null ? List.of(stock.balance(chamberId)) : balances.ofStore(storeId);
        return scope.stream().flatMap(b -> b.lots().stream().filter(l -> l.grade() == grade && l.grams() > 0)
                        .map(l -> new Candidate(b, l)))
                .sorted(Comparator.comparing((Candidate c) -> c.lot().storedOn())
                        .thenComparing(c -> c.balance().chamberId()).thenComparing(c -> c.lot().ref()))
                .toList();
    }
}
