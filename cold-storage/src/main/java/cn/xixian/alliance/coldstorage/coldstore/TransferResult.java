package cn.xixian.alliance.coldstorage.coldstore;

/** The two ledger legs of a transfer between chambers. */
public record TransferResult(LedgerEntry out, LedgerEntry in) {
}
