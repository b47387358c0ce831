package cn.xixian.alliance.ecommerce.orders;

/** What the canonical route did with one incoming order version. */
public enum IntakeOutcome {
    /** A new order (or new lines) booked in full. */
    BOOKED,
    /** Booked as far as contracted supply went; some kilograms are left unbooked and reported. */
    UNBOOKED,
    /** A newer version that changed status or details only; its bookings stand. */
    UPDATED,
    /** A cancel or refund: the kilograms went back to the contracts. */
    CANCELLED,
    /** This exact version was seen before: nothing changed. */
    DUPLICATE,
    /** Older than the version already stored (arrived out of order): ignored. */
    STALE,
    /** Not acceptable (unknown SKU, missing fields): dead-lettered with the reason. */
    REJECTED
}
