package cn.xixian.alliance.coldstorage.coldstore;

import static cn.xixian.alliance.coldstorage.coldstore.StockService.kg;

import cn.xixian.alliance.coldstorage.coldstore.persistence.Balance;

/** Why a chamber refused a leg, read from its balance just after (a message for the 409). */
final class Refusals {

    private Refusals() {
    }

    static String why(LedgerEntry e, Balance b) {
        Balance.Lot lot = e.lotRef() == null ? null
                : b.lots().stream().filter(l -> l.ref().equals(e.lotRef())).findFirst().orElse(null);
        String chamber = "chamber " + b.chamberId();
        return switch (e.type()) {
            case IN, TRANSFER_IN -> {
                if (lot != null && (lot.grade() != e.grade() || !lot.cooperativeId().equals(e.cooperativeId()))) {
                    yield chamber + " already holds lot " + e.lotRef() + " as " + lot.grade() + " of cooperative "
                            + lot.cooperativeId();
                }
                if (e.reservationRef() != null) {
                    yield "reservation " + e.reservationRef() + " has " + kg(b.reservations().getOrDefault(
                            e.reservationRef(), 0L)) + " left, not " + kg(e.grams());
                }
                yield b.open() ? chamber + " has " + kg(b.freeGrams()) + " free, not " + kg(e.grams()) : chamber + " is closed";
            }
            case RESERVE -> b.open() ? chamber + " has " + kg(b.freeGrams()) + " free, not " + kg(e.grams())
                    : chamber + " is closed";
            case OUT, LOSS, TRANSFER_OUT -> chamber + " holds " + kg(lot == null ? 0 : lot.grams()) + " of lot "
                    + e.lotRef() + ", not " + kg(e.grams());
            case RELEASE -> "reservation " + e.reservationRef() + " changed meanwhile";
            case COUNT -> e.grams() > 0 && b.freeGrams() < e.grams()
                    ? chamber + " has " + kg(b.freeGrams()) + " free, not " + kg(e.grams())
                    : "lot " + e.lotRef() + " changed meanwhile; count again";
        };
    }
}
