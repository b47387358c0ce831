package cn.xixian.alliance.coldstorage.planning;

import cn.xixian.alliance.coldstorage.coldstore.ChamberState;
import cn.xixian.alliance.coldstorage.coldstore.ColdStoreService;
import cn.xixian.alliance.coldstorage.coldstore.StockService;
import cn.xixian.alliance.coldstorage.planning.county.PlanningProperties;
import cn.xixian.alliance.coldstorage.planning.persistence.StoragePlanDocument;
import cn.xixian.alliance.coldstorage.planning.persistence.StoragePlanStore;
import cn.xixian.alliance.core.registry.Member;
import cn.xixian.alliance.core.registry.MemberService;
import cn.xixian.alliance.core.transport.NewTransportRequest;
import cn.xixian.alliance.core.transport.Place;
import cn.xixian.alliance.core.transport.TimeWindow;
import cn.xixian.alliance.core.transport.TransportKind;
import cn.xixian.alliance.core.transport.TransportRequestPort;
import cn.xixian.alliance.core.units.Weights;
import cn.xixian.alliance.core.web.ConflictException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Publishing: claim the plan (one atomic SOLVED-and-not-publishing check, so two clicks publish once), reserve
 * each destination chamber's share, then one transport request per (from, chamber). Reservation refs and
 * request sourceRefs are derived from the plan, so a retry after a failure repeats nothing; a reservation that
 * no longer fits (stock moved since solving) undoes the ones made and answers 409.
 */
@Component
class PlanPublisher {

    static final String SOURCE = "storage-plan";

    private final StoragePlanStore plans;
    private final StockService stock;
    private final ColdStoreService coldStores;
    private final MemberService members;
    private final TransportRequestPort transport;
    private final PlanningProperties props;

    PlanPublisher(StoragePlanStore plans, StockService stock, ColdStoreService coldStores, MemberService members,
            TransportRequestPort transport, PlanningProperties props) {
        this.plans = plans;
        this.stock = stock;
        this.coldStores = coldStores;
        this.members = members;
        this.transport = transport;
        this.props = props;
    }

    private record Leg(String fromId, String chamberId) {
    }

    StoragePlan publish(String id) {
        StoragePlanDocument doc = plans.claimForPublishing(id);
        if (doc == null) {
            StoragePlanDocument now = plans.find(id).orElse(null);
            throw new ConflictException("storage plan " + id + " is " + (now == null ? "gone" : now.getStatus())
                    + (now != null && now.isPublishing() ? " and being published" : "")
                    + "; only a SOLVED plan can be published, once");
        }
        List<PlannedLot> moves = doc.getKind() == PlanKind.ALLOCATION ? doc.getAssignments() : doc.getTransfers();
        Map<String, Long> perChamber = new LinkedHashMap<>();
        Map<Leg, Long> perLeg = new LinkedHashMap<>();
        for (PlannedLot lot : moves) {
            long grams = Weights.grams(lot.weightKg());
            perChamber.merge(lot.chamberId(), grams, Long::sum);
            perLeg.merge(new Leg(lot.fromId(), lot.chamberId()), grams, Long::sum);
        }
        List<String> reserved = new ArrayList<>();
        try {
            perChamber.forEach((chamberId, grams) -> {
                String ref = "plan:" + id + "/" + chamberId;
                stock.reserve(chamberId, grams, ref);
                reserved.add(ref);
            });
        } catch (RuntimeException e) {
            reserved.forEach(stock::release);
            plans.releasePublishing(id);
            throw new ConflictException("cannot reserve the planned capacity any more (" + e.getMessage()
                    + "); plan again");
        }
        Instant start = doc.getPickupFrom() != null ? doc.getPickupFrom() : Instant.now();
        TimeWindow pickup = new TimeWindow(start, start.plus(Duration.ofHours(props.pickupWindowHours())));
        TimeWindow delivery = new TimeWindow(start, start.plus(Duration.ofHours(props.pickupWindowHours() + 4L)));
        TransportKind kind = doc.getKind() == PlanKind.ALLOCATION ? TransportKind.HARVEST_PICKUP : TransportKind.TRANSFER;
        perLeg.forEach((leg, grams) -> transport.submit(new NewTransportRequest(SOURCE,
                id + "/" + leg.fromId() + "/" + leg.chamberId(), kind, place(leg.fromId()), place(leg.chamberId()),
                Weights.kg(grams), true, pickup, delivery, null, null, false,
                doc.getKind() == PlanKind.ALLOCATION ? "harvest lots to cold storage" : "consolidation transfer")));
        return plans.markPublished(id).toPlan();
    }

    /** A chamber (by its store's location) or a member (purchase point). */
    private Place place(String id) {
        ChamberState chamber = coldStores.chamber(id).orElse(null);
        if (chamber != null) {
            return new Place(chamber.ownerId(), chamber.storeCode() + "/" + chamber.chamberCode(), chamber.lat(),
                    chamber.lon());
        }
        Member member = members.get(id);
        return new Place(member.id(), member.name(), member.lat(), member.lon());
    }

}
