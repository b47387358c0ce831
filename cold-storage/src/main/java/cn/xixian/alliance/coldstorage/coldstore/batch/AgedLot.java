package cn.xixian.alliance.coldstorage.coldstore.batch;

import cn.xixian.alliance.coldstorage.coldstore.ChamberState;
import cn.xixian.alliance.coldstorage.coldstore.StockLot;

/** A lot in stock with its chamber, and its place in the job's reading order. */
record AgedLot(String key, StockLot lot, ChamberState chamber) {

    static AgedLot of(StockLot lot, ChamberState chamber) {
        return new AgedLot(lot.storedOn() + "|" + lot.chamberId() + "|" + lot.lotRef(), lot, chamber);
    }
}
