package cn.xixian.alliance.coldstorage.coldstore;

/** Kinds of stock ledger entry. */
public enum MoveType {
    IN,
    OUT,
    TRANSFER_OUT,
    TRANSFER_IN,
    LOSS,
    RESERVE,
    RELEASE,
    /** A stock count's adjustment: grams = counted − booked, the one signed entry (negative when fruit is missing). */
    COUNT
}
