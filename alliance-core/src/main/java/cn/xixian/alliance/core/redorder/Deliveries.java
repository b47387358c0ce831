package cn.xixian.alliance.core.redorder;

import cn.xixian.alliance.core.grading.Grade;
import cn.xixian.alliance.core.harvest.HarvestLot;
import cn.xixian.alliance.core.harvest.HarvestLotService;
import cn.xixian.alliance.core.redorder.persistence.LotDeliveryDocument;
import cn.xixian.alliance.core.redorder.persistence.RedOrderDocument;
import cn.xixian.alliance.core.redorder.persistence.RedOrderStore;
import cn.xixian.alliance.core.security.CurrentUser;
import cn.xixian.alliance.core.units.Weights;
import cn.xixian.alliance.core.web.ConflictException;
import cn.xixian.alliance.core.web.FieldError;
import cn.xixian.alliance.core.web.InvalidInputException;
import cn.xixian.alliance.core.web.NotFoundException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * Deliveries at the year-end purchase. A harvest lot is delivered once across all contracts: it is first claimed
 * in a collection keyed by the lot id (unique), then appended to the contract; if the contract refuses, the claim
 * is given back. Only contracted grades are accepted; kilograms above the contracted kg are accepted too (a lot is
 * never split) and paid at the market price (see {@link Settlements}).
 */
@Component
class Deliveries {

    private final RedOrderStore store;
    private final HarvestLotService lots;
    private final CurrentUser currentUser;
    private final ContractChanges changes;
    private final Duration claimGrace;

    Deliveries(RedOrderStore store, HarvestLotService lots, CurrentUser currentUser, ContractChanges changes,
            RedOrderProperties properties) {
        this.claimGrace = properties.lotClaimGrace();
        this.store = store;
        this.lots = lots;
        this.currentUser = currentUser;
        this.changes = changes;
    }

    RedOrderDocument deliver(RedOrderDocument order, DeliveryRequest request) {
        return request.harvestLotId() != null ? deliverLot(order, request) : deliverWeighed(order, request);
    }

    private RedOrderDocument deliverWeighed(RedOrderDocument order, DeliveryRequest r) {
        List<FieldError> errors = new ArrayList<>();
        if (r.grade() == null) {
            errors.add(FieldError.of("grade", "is required (or give a harvestLotId)"));
        } else if (!contracted(order, r.grade())) {
            errors.add(FieldError.of("grade", "is not contracted by this red order"));
        }
        if (r.weightKg() == null) {
            errors.add(FieldError.of("weightKg", "is required (or give a harvestLotId)"));
        }
        if (r.date() == null) {
            errors.add(FieldError.of("date", "is required (or give a harvestLotId)"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        Update update = update(null, r.grade(), Weights.grams(r.weightKg()), r.date(), r.ref());
        return changes.applyOnce(order, r.ref(), "deliveries.ref",
                o -> o.deliveries().stream().anyMatch(d -> r.ref().equals(d.ref())), Transition.DELIVER, update,
                r.grade() + " " + r.weightKg().toPlainString() + " kg");
    }

    private RedOrderDocument deliverLot(RedOrderDocument order, DeliveryRequest r) {
        String refusal = Transition.DELIVER.refusal(order);
        if (refusal != null) {
            throw new ConflictException(refusal);
        }
        if (r.grade() != null || r.weightKg() != null) {
            throw new InvalidInputException("harvestLotId", "give either a harvest lot or grade, weightKg and date");
        }
        HarvestLot lot;
        try {
            lot = lots.get(r.harvestLotId());
        } catch (NotFoundException e) {
            throw new InvalidInputException("harvestLotId", "names no known harvest lot");
        }
        if (!order.householdId().equals(lot.householdId())) {
            throw new InvalidInputException("harvestLotId", "is a lot of another household");
        }
        if (lot.pickDate() == null || lot.pickDate().getYear() != order.season()) {
            throw new InvalidInputException("harvestLotId", "was picked in " + (lot.pickDate() == null ? "no known season"
                    : "season " + lot.pickDate().getYear()) + ", not in the contract's season " + order.season());
        }
        if (lot.grade() == null || !contracted(order, lot.grade())) {
            throw new InvalidInputException("harvestLotId", "is of grade " + lot.grade() + ", which this red order does not contract");
        }
        LotDeliveryDocument claim = new LotDeliveryDocument(lot.id(), order.id(), Instant.now());
        Optional<LotDeliveryDocument> held = store.claimLot(claim);
        boolean claimedNow = held.isEmpty() || takeOverAbandoned(claim, held.get());
        String holder = held.map(LotDeliveryDocument::redOrderId).orElse(order.id());
        if (!claimedNow && (!holder.equals(order.id()) || delivered(order, lot.id()))) {
            throw new ConflictException("harvest lot " + lot.id() + " was already delivered against red order " + holder);
        }
        // else: claimed now, or a claim for this contract left by a crash before it recorded the lot; finish the job
        try {
            return changes.apply(order, Transition.DELIVER, Criteria.where("deliveries.harvestLotId").ne(lot.id()),
                    update(lot.id(), lot.grade(), Weights.grams(lot.weightKg()), lot.pickDate(), null),
                    "harvest lot " + lot.id() + ": " + lot.grade() + " " + lot.weightKg().toPlainString() + " kg");
        } catch (RuntimeException e) {
            if (claimedNow) {
                store.find(order.id()).filter(o -> !delivered(o, lot.id()))
                        .ifPresent(o -> store.unclaimLot(lot.id(), order.id()));
            }
            throw e;
        }
    }

    /**
     * A claim another contract left behind (a crash between claiming and recording) would lock the lot for good:
     * when the holding contract does not list the lot and the claim is older than the grace, this contract takes
     * it over. The grace keeps a delivery still in flight from losing its fresh claim.
     */
    private boolean takeOverAbandoned(LotDeliveryDocument claim, LotDeliveryDocument held) {
        if (held.redOrderId().equals(claim.redOrderId())
                || !claim.at().minus(claimGrace).isAfter(held.at())
                || store.find(held.redOrderId()).map(o -> delivered(o, claim.harvestLotId())).orElse(false)) {
            return false;
        }
        return store.takeOverLot(claim, held.redOrderId(), claim.at().minus(claimGrace));
    }

    private Update update(String lotId, Grade grade, long grams, LocalDate date, String ref) {
        return new Update().inc("delivered." + grade.name(), grams).inc("deliveryCount", 1)
                .push("deliveries", new RedOrderDocument.Delivery(lotId, grade.name(), grams, date,
                        currentUser.username(), Instant.now(), ref));
    }

    private static boolean contracted(RedOrderDocument order, Grade grade) {
        return order.lines().stream().anyMatch(l -> l.grade().equals(grade.name()));
    }

    private static boolean delivered(RedOrderDocument order, String lotId) {
        return order.deliveries().stream().anyMatch(d -> lotId.equals(d.harvestLotId()));
    }
}
