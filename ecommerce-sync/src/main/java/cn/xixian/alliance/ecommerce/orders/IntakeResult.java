package cn.xixian.alliance.ecommerce.orders;

/**
 * The answer for one order of a batch sent to {@link SalesEndpoints#STORE_ORDERS}. {@code orderStatus} is the
 * store order's status after the intake (OPEN, UNBOOKED, FULFILLED, CANCELLED; null when rejected);
 * {@code reason} explains a rejection, {@code deadLetterId} names the dead letter it was written to.
 */
public record IntakeResult(String storeCode, String orderId, IntakeOutcome outcome, String orderStatus,
        String reason, String deadLetterId) {
}
