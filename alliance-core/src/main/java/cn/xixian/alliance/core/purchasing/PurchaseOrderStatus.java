package cn.xixian.alliance.core.purchasing;

/** DRAFT while needs are being taken; PLACED with its totals; DELIVERY_REQUESTED once split into transport requests. */
public enum PurchaseOrderStatus {
    DRAFT, PLACED, DELIVERY_REQUESTED
}
