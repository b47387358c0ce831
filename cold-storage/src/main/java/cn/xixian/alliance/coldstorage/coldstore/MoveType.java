package cn.xixian.alliance.coldstorage.coldstore;

/** Kinds of stock ledger entry. */
public enum MoveType {
    IN,
    OUT,
    TRANSFER_OUT,
    TRANSFER_IN,
    LOSS,
    RESERVE,
    RELEASE
}
