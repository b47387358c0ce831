package cn.xixian.alliance.demo;

import cn.xixian.alliance.core.harvest.HarvestLot;
import cn.xixian.alliance.core.harvest.HarvestLotService;
import cn.xixian.alliance.core.redorder.DeliveryRequest;
import cn.xixian.alliance.core.redorder.RedOrder;
import cn.xixian.alliance.core.redorder.RedOrderService;
import cn.xixian.alliance.core.redorder.RedOrderStatus;
import cn.xixian.alliance.core.web.ConflictException;
import cn.xixian.alliance.core.web.InvalidInputException;
import cn.xixian.alliance.core.web.PageResponse;
import cn.xixian.alliance.core.web.Pages;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;

/**
 * The 2026 purchase so far (late November): about two thirds of the contracted households have delivered their pears
 * to the alliance's purchase (September to mid-October), 85–100 % of each contracted grade, weighed at the purchase
 * point; a household whose lot went through a demo grading run delivered that lot itself, so its trace runs from the
 * store order back through the contract to the lot, the grading run and its graded lots. Nothing is settled yet:
 * settlement is at year end. Contracts stay ACTIVE, and what the stores may book is unchanged.
 */
@Component
class DemoDeliveries implements DemoStep {

    private static final Logger log = LoggerFactory.getLogger(DemoDeliveries.class);
    private static final LocalDate FIRST_PURCHASE_DAY = LocalDate.of(DemoRedOrders.SEASON, 9, 10);

    private final RedOrderService orders;
    private final HarvestLotService harvestLots;

    DemoDeliveries(RedOrderService orders, HarvestLotService harvestLots) {
        this.orders = orders;
        this.harvestLots = harvestLots;
    }

    @Override
    public String name() {
        return "deliveries-" + DemoRedOrders.SEASON;
    }

    /** After the contracts (100) and the demo grading runs' lots (processing, 100). */
    @Override
    public int order() {
        return 250;
    }

    @Override
    public void load(DemoProperties properties) {
        Random random = new Random(properties.seed() + 70);
        int delivered = 0;
        for (int page = 0; ; page++) {
            PageResponse<RedOrder> batch = orders.search(new RedOrderService.Filter(null, null, DemoRedOrders.SEASON,
                    RedOrderStatus.ACTIVE), Pages.of(page, 500, "createdAt", "_id"));
            for (RedOrder order : batch.items()) {
                // draw for every contract, so a load cut off half-way draws the same again
                boolean delivers = random.nextInt(3) != 0;
                LocalDate day = FIRST_PURCHASE_DAY.plusDays(random.nextInt(40));
                double share = 0.85 + random.nextInt(16) / 100.0;
                if (delivers) {
                    deliver(order, day, share);
                    delivered++;
                }
            }
            if ((long) (page + 1) * 500 >= batch.total()) {
                break;
            }
        }
        log.info("Demo purchase: {} contracts delivered", delivered);
    }

    private void deliver(RedOrder order, LocalDate day, double share) {
        RedOrder current = order;
        for (HarvestLot lot : gradedDemoLots(order)) {
            current = tryDeliver(current, new DeliveryRequest(lot.id(), null, null, null));
        }
        for (RedOrder.Line line : current.lines()) {
            BigDecimal target = line.contractedKg().multiply(BigDecimal.valueOf(share)).setScale(0, RoundingMode.HALF_UP);
            BigDecimal rest = target.subtract(line.deliveredKg() == null ? BigDecimal.ZERO : line.deliveredKg());
            if (rest.compareTo(BigDecimal.ONE) >= 0) {
                current = tryDeliver(current, new DeliveryRequest(null, line.grade(), rest, day,
                        "demo-purchase-" + line.grade()));
            }
        }
    }

    /** The household's lots that went through a demo grading run (DemoProcessing's references), if any. */
    private List<HarvestLot> gradedDemoLots(RedOrder order) {
        return harvestLots.search(new HarvestLotService.Filter(order.cooperativeId(), order.householdId(), null, null,
                        null, null), PageRequest.of(0, 100)).items().stream()
                .filter(l -> l.externalRef() != null && l.externalRef().startsWith("DEMO-PROC-"))
                .filter(l -> order.lines().stream().anyMatch(line -> line.grade() == l.grade()))
                .filter(l -> order.deliveries() == null
                        || order.deliveries().stream().noneMatch(d -> l.id().equals(d.harvestLotId())))
                .toList();
    }

    /** A delivery the contract refuses (a lot of a grade it lacks, say) is left out of the demo, not fatal. */
    private RedOrder tryDeliver(RedOrder order, DeliveryRequest request) {
        try {
            return orders.deliver(order.id(), request);
        } catch (ConflictException | InvalidInputException e) {
            log.debug("Demo delivery on {} left out: {}", order.id(), e.getMessage());
            return order;
        }
    }
}
