package cn.xixian.alliance.core.redorder;

import static cn.xixian.alliance.core.redorder.RedOrderTestSupport.floor;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.xixian.alliance.core.TestFixtures;
import cn.xixian.alliance.core.grading.Grade;
import cn.xixian.alliance.core.harvest.HarvestLot;
import cn.xixian.alliance.core.harvest.HarvestLotRequest;
import cn.xixian.alliance.core.harvest.HarvestLotService;
import cn.xixian.alliance.core.web.ConflictException;
import cn.xixian.alliance.core.web.InvalidInputException;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** Every transition of a contract, allowed and refused, with the history it leaves. */
@SpringBootTest
class RedOrderStateMachineTest {

    private static final LocalDate DAY = LocalDate.of(2026, 9, 12);

    @Autowired
    RedOrderService orders;
    @Autowired
    HarvestLotService lots;
    @Autowired
    TestFixtures fixtures;

    @BeforeEach
    void setUp() {
        fixtures.reset();
    }

    private RedOrder signed() {
        return orders.create(floor(fixtures.householdA, 2026, Grade.GRADE_1, 2000, "6.00", Grade.SPECIAL, 500, "8.50"));
    }

    private RedOrder deliver(RedOrder order, Grade grade, String kg) {
        return orders.deliver(order.id(), new DeliveryRequest(null, grade, new BigDecimal(kg), DAY));
    }

    private static void refused(Runnable action, String reason) {
        assertThatThrownBy(action::run).isInstanceOf(ConflictException.class).hasMessageContaining(reason);
    }

    @Test
    void aContractRunsFromSigningThroughAdvancesVisitsDeliveriesAndSettlementToClosing() {
        RedOrder order = signed();
        assertThat(order.status()).isEqualTo(RedOrderStatus.ACTIVE);
        orders.addAdvance(order.id(), new AdvanceRequest("fertiliser", new BigDecimal("300.00"), LocalDate.of(2026, 3, 1)));
        orders.recordGuidanceVisit(order.id(), "VISIT-7", LocalDate.of(2026, 6, 3), "王技术员");
        deliver(order, Grade.GRADE_1, "1000");
        Statement statement = orders.settle(order.id(), SettleRequest.NONE);
        assertThat(statement.status()).isEqualTo(RedOrderStatus.SETTLED);
        assertThat(statement.gross()).hasToString("6000.00");
        assertThat(statement.net()).hasToString("5700.00");
        RedOrder closed = orders.close(order.id());

        assertThat(closed.status()).isEqualTo(RedOrderStatus.CLOSED);
        assertThat(closed.history()).extracting(RedOrder.Event::event)
                .containsExactly("SIGNED", "ADVANCE", "GUIDANCE_VISIT", "DELIVERY", "SETTLED", "CLOSED");
        assertThat(closed.history()).allSatisfy(e -> assertThat(e.by()).isNotBlank());
        assertThat(closed.history()).allSatisfy(e -> assertThat(e.at()).isNotNull());
        assertThat(closed.history().get(2).detail()).contains("VISIT-7", "王技术员");
        assertThat(closed.history().get(4).fromStatus()).isEqualTo(RedOrderStatus.ACTIVE);
        assertThat(closed.history().get(4).toStatus()).isEqualTo(RedOrderStatus.SETTLED);
    }

    @Test
    void settlingBeforeAnyDeliveryIsRefused() {
        RedOrder order = signed();
        refused(() -> orders.settle(order.id(), SettleRequest.NONE), "before any delivery");
        refused(() -> orders.close(order.id()), "only a SETTLED contract can be closed");
    }

    @Test
    void aSettledContractTakesNoMoreDeliveriesAdvancesVisitsSettlementsOrCancellation() {
        RedOrder order = signed();
        deliver(order, Grade.SPECIAL, "100");
        orders.settle(order.id(), SettleRequest.NONE);
        refused(() -> deliver(order, Grade.SPECIAL, "1"), "cannot deliver on a SETTLED contract");
        refused(() -> orders.addAdvance(order.id(), new AdvanceRequest("bags", BigDecimal.TEN, DAY)), "ACTIVE");
        refused(() -> orders.recordGuidanceVisit(order.id(), "V", DAY, "x"), "ACTIVE");
        refused(() -> orders.settle(order.id(), SettleRequest.NONE), "cannot settle a SETTLED contract");
        refused(() -> orders.cancel(order.id(), null), "cannot cancel a SETTLED contract");
        orders.close(order.id());
        refused(() -> orders.close(order.id()), "only a SETTLED contract can be closed; this one is CLOSED");
        refused(() -> orders.cancel(order.id(), null), "cannot cancel a CLOSED contract");
        assertThat(orders.get(order.id()).history()).extracting(RedOrder.Event::event)
                .containsExactly("SIGNED", "DELIVERY", "SETTLED", "CLOSED");
    }

    @Test
    void cancellingIsForContractsNothingWasDeliveredAgainst() {
        RedOrder delivered = signed();
        deliver(delivered, Grade.GRADE_1, "5");
        refused(() -> orders.cancel(delivered.id(), null), "cannot cancel after a delivery");

        RedOrder order = signed();
        RedOrder cancelled = orders.cancel(order.id(), "household left the cooperative");
        assertThat(cancelled.status()).isEqualTo(RedOrderStatus.CANCELLED);
        assertThat(cancelled.history().get(1).detail()).isEqualTo("household left the cooperative");
        refused(() -> deliver(order, Grade.GRADE_1, "1"), "cannot deliver on a CANCELLED contract");
        refused(() -> orders.settle(order.id(), SettleRequest.NONE), "cannot settle a CANCELLED contract");
        refused(() -> orders.cancel(order.id(), null), "cannot cancel a CANCELLED contract");
        refused(() -> orders.recordGuidanceVisit(order.id(), "V", DAY, "x"), "ACTIVE");
    }

    @Test
    void advancesAboveTheGrossNeedAReasonAndThenSettleAtZero() {
        RedOrder order = signed();
        orders.addAdvance(order.id(), new AdvanceRequest("fertiliser", new BigDecimal("500.00"), DAY));
        deliver(order, Grade.GRADE_1, "50"); // 300.00 gross
        refused(() -> orders.settle(order.id(), SettleRequest.NONE), "exceed the gross value");
        Statement s = orders.settle(order.id(), new SettleRequest("hail damage; alliance writes the advance off"));
        assertThat(s.net()).hasToString("0.00");
        assertThat(s.unrecoveredAdvances()).hasToString("200.00");
        assertThat(s.reason()).isEqualTo("hail damage; alliance writes the advance off");
        assertThat(orders.statement(order.id()).provisional()).isFalse();
    }

    @Test
    void aHarvestLotIsDeliveredOnceAcrossAllContracts() {
        RedOrder first = signed();
        RedOrder second = signed();
        HarvestLot lot = lots.record(new HarvestLotRequest(fixtures.coopA.id(), fixtures.householdA.id(), null, DAY,
                new BigDecimal("812.5"), Grade.GRADE_1, null, null, null, null));
        RedOrder after = orders.deliver(first.id(), new DeliveryRequest(lot.id(), null, null, null));
        assertThat(after.lines()).filteredOn(l -> l.grade() == Grade.GRADE_1).first()
                .satisfies(l -> assertThat(l.deliveredKg()).isEqualByComparingTo("812.5"));
        refused(() -> orders.deliver(first.id(), new DeliveryRequest(lot.id(), null, null, null)), "already delivered");
        refused(() -> orders.deliver(second.id(), new DeliveryRequest(lot.id(), null, null, null)), "already delivered");
        assertThat(orders.get(second.id()).deliveries()).isEmpty();
    }

    @Test
    void ungradedOrUncontractedDeliveriesAreBadInput() {
        RedOrder order = signed();
        assertThatThrownBy(() -> deliver(order, Grade.GRADE_2, "10")).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("grade");
        assertThatThrownBy(() -> orders.deliver(order.id(), new DeliveryRequest(null, null, null, null)))
                .isInstanceOf(InvalidInputException.class);
    }
}
