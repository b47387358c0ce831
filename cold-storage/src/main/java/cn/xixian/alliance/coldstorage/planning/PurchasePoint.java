package cn.xixian.alliance.coldstorage.planning;

/** Where a harvest lot waits for pickup: at its cooperative, or at the cooperative's village. */
public enum PurchasePoint { COOPERATIVE, VILLAGE }
