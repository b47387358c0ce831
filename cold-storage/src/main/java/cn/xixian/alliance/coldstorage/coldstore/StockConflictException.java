package cn.xixian.alliance.coldstorage.coldstore;

import cn.xixian.alliance.core.web.ConflictException;

/** A stock move the chamber's balance refuses (not enough free capacity or stock, chamber closed): HTTP 409. */
public class StockConflictException extends ConflictException {

    public StockConflictException(String reason) {
        super(reason);
    }
}
