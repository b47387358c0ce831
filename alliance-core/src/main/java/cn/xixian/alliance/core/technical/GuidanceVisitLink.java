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
 * contract's history. The contract must be the visited household's (400) and ACTIVE (409); the service
 * refuses (409) if it left ACTIVE between the check here and the recording.
 */
@Component
class GuidanceVisitLink {

    private final RedOrderService redOrders;

    GuidanceVisitLink(RedOrderService redOrders) {
        this.redOrders = redOrders;
    }

    /**
     * Records the visit on the contract before the visit itself is stored, so a stored visit always has its
     * contract entry. {@link RedOrderService#recordGuidanceVisit} appends on every call, so a retry of a visit
     * (same id) the contract already lists is not recorded again, even if the contract has left ACTIVE since.
     */
    void record(FieldVisit visit, Household household) {
        RedOrder order;
        try {
            order = redOrders.get(visit.redOrderId());
        } catch (NotFoundException e) {
            throw new InvalidInputException("redOrderId", "names no known red order");
        }
        if (!order.householdId().equals(household.id())) {
            throw new InvalidInputException("redOrderId", "is a contract of another household");
        }
        if (lists(order, visit.id())) {
            return;
        }
        if (order.status() != RedOrderStatus.ACTIVE) {
            throw new ConflictException("guidance visits can only be recorded on an ACTIVE contract; red order "
                    + visit.redOrderId() + " is " + order.status());
        }
        redOrders.recordGuidanceVisit(visit.redOrderId(), visit.id(), visit.date(), visit.technicianId());
    }

    private static boolean lists(RedOrder order, String visitId) {
        return order.history().stream().anyMatch(e -> "GUIDANCE_VISIT".equals(e.event()) && e.detail() != null
                && e.detail().startsWith("visit " + visitId + " "));
    }
}
