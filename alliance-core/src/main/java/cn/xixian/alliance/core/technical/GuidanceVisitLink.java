package cn.xixian.alliance.core.technical;

import cn.xixian.alliance.core.redorder.RedOrder;
import cn.xixian.alliance.core.redorder.RedOrderService;
import cn.xixian.alliance.core.redorder.RedOrderStatus;
import cn.xixian.alliance.core.registry.Household;
import cn.xixian.alliance.core.web.ConflictException;
import cn.xixian.alliance.core.web.InvalidInputException;
import cn.xixian.alliance.core.web.NotFoundException;
import org.springframework.stereotype.Component;

/**
 * Links a field visit to a red-order contract through the red-order service, which keeps the visit in the
 * contract's history. The contract must be the visited household's (400) and ACTIVE (409).
 */
@Component
class GuidanceVisitLink {

    private final RedOrderService redOrders;

    GuidanceVisitLink(RedOrderService redOrders) {
        this.redOrders = redOrders;
    }

    /** Checks before the visit is stored, so a plainly refused visit leaves nothing behind. */
    void check(String redOrderId, Household household) {
        RedOrder order;
        try {
            order = redOrders.get(redOrderId);
        } catch (NotFoundException e) {
            throw new InvalidInputException("redOrderId", "names no known red order");
        }
        if (!order.householdId().equals(household.id())) {
            throw new InvalidInputException("redOrderId", "is a contract of another household");
        }
        if (order.status() != RedOrderStatus.ACTIVE) {
            throw new ConflictException("guidance visits can only be recorded on an ACTIVE contract; red order "
                    + redOrderId + " is " + order.status());
        }
    }

    /** Records the stored visit on the contract; the service refuses (409) if the contract left ACTIVE meanwhile. */
    void recordVisit(FieldVisit visit) {
        redOrders.recordGuidanceVisit(visit.redOrderId(), visit.id(), visit.date(), visit.technicianId());
    }
}
