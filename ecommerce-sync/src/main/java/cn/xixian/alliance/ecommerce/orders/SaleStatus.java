package cn.xixian.alliance.ecommerce.orders;

/**
 * Where a sale stands, whatever the platform calls it. A placed order books at once, as the marketplaces
 * themselves hold stock for an order that is not paid yet; a cancel or refund gives the kilograms back.
 */
public enum SaleStatus {
    PLACED, PAID, SHIPPED, COMPLETED, CANCELLED, REFUNDED;

    /** Whether the sale still wants its fruit (its lines stay booked). */
    public boolean active() {
        return this != CANCELLED && this != REFUNDED;
    }

    /** Whether the fruit has left (the store order shows FULFILLED). */
    public boolean shipped() {
        return this == SHIPPED || this == COMPLETED;
    }
}
