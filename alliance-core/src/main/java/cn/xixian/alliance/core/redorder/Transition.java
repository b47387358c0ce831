package cn.xixian.alliance.core.redorder;

import cn.xixian.alliance.core.redorder.persistence.RedOrderDocument;
import cn.xixian.alliance.core.units.Weights;
import org.springframework.data.mongodb.core.query.Criteria;

/**
 * What may happen to a contract in which state. Each action has the reason it is refused (shown with the 409)
 * and the same rule as a query guard, so the check and the atomic update can never disagree under races.
 */
enum Transition {
    ADVANCE("ADVANCE", null), DELIVER("DELIVERY", null), GUIDANCE_VISIT("GUIDANCE_VISIT", null),
    SETTLE("SETTLED", RedOrderStatus.SETTLED), CLOSE("CLOSED", RedOrderStatus.CLOSED),
    CANCEL("CANCELLED", RedOrderStatus.CANCELLED);

    /** The name of the history event this action records. */
    final String event;
    /** The status the action moves the contract to; null when it stays where it is. */
    final RedOrderStatus to;

    Transition(String event, RedOrderStatus to) {
        this.event = event;
        this.to = to;
    }

    /** Why the contract refuses this action now; null when it is allowed. */
    String refusal(RedOrderDocument order) {
        String status = order.status();
        return switch (this) {
            case ADVANCE -> active(status) ? null
                    : "advances can only be recorded on an ACTIVE contract; this one is " + status;
            case DELIVER -> active(status) ? null : "cannot deliver on a " + status + " contract";
            case GUIDANCE_VISIT -> active(status) ? null
                    : "guidance visits can only be recorded on an ACTIVE contract; this one is " + status;
            case SETTLE -> !active(status) ? "cannot settle a " + status + " contract"
                    : order.deliveryCount() == 0 ? "cannot settle before any delivery" : null;
            case CLOSE -> RedOrderStatus.SETTLED.name().equals(status) ? null
                    : "only a SETTLED contract can be closed; this one is " + status;
            case CANCEL -> !active(status) ? "cannot cancel a " + status + " contract"
                    : order.deliveryCount() > 0 ? "cannot cancel after a delivery"
                    : order.bookedTotalGrams() > 0 ? "cannot cancel while sales have booked "
                            + Weights.kg(order.bookedTotalGrams()).toPlainString()
                            + " kg against it; release the bookings first"
                    : null;
        };
    }

    /** The same rule as {@link #refusal}, as a MongoDB query on the contract. */
    Criteria guard() {
        Criteria status = Criteria.where("status").is(
                this == CLOSE ? RedOrderStatus.SETTLED.name() : RedOrderStatus.ACTIVE.name());
        return switch (this) {
            case SETTLE -> status.and("deliveryCount").gt(0);
            case CANCEL -> status.and("deliveryCount").is(0).and("bookedTotalGrams").is(0);
            default -> status;
        };
    }

    private static boolean active(String status) {
        return RedOrderStatus.ACTIVE.name().equals(status);
    }
}
