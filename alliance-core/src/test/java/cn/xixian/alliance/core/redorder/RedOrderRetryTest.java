package cn.xixian.alliance.core.redorder;

import static cn.xixian.alliance.core.redorder.RedOrderTestSupport.floor;
import static org.assertj.core.api.Assertions.assertThat;

import cn.xixian.alliance.core.TestFixtures;
import cn.xixian.alliance.core.grading.Grade;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** Retried money writes (same client ref / externalRef) are recorded once. */
@SpringBootTest
class RedOrderRetryTest {

    private static final LocalDate DAY = LocalDate.of(2026, 9, 12);

    @Autowired
    RedOrderService orders;
    @Autowired
    TestFixtures fixtures;

    @BeforeEach
    void setUp() {
        fixtures.reset();
    }

    private NewRedOrder contract(String externalRef) {
        NewRedOrder r = floor(fixtures.householdA, 2026, Grade.GRADE_1, 2000, "6.00");
        return new NewRedOrder(r.householdId(), null, null, r.season(), r.priceRule(), r.lines(), externalRef);
    }

    @Test
    void aRetriedAdvanceWithTheSameRefIsRecordedOnce() throws Exception {
        RedOrder order = orders.create(contract(null));
        AdvanceRequest advance = new AdvanceRequest("fertiliser", new BigDecimal("300.00"), DAY, "ADV-1");
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<RedOrder>> tries = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                tries.add(pool.submit((Callable<RedOrder>) () -> orders.addAdvance(order.id(), advance)));
            }
            for (Future<RedOrder> t : tries) {
                assertThat(t.get().advances()).hasSize(1); // every retry answers with the stored contract
            }
        } finally {
            pool.shutdown();
        }
        orders.addAdvance(order.id(), new AdvanceRequest("bags", new BigDecimal("50.00"), DAY, "ADV-2"));
        orders.addAdvance(order.id(), new AdvanceRequest("bags", new BigDecimal("50.00"), DAY)); // no ref: counted
        assertThat(orders.get(order.id()).advances()).extracting(RedOrder.Advance::amount)
                .extracting(BigDecimal::toPlainString).containsExactly("300.00", "50.00", "50.00");
    }

    @Test
    void aRetriedWeighedDeliveryWithTheSameRefIsRecordedOnce() {
        RedOrder order = orders.create(contract(null));
        DeliveryRequest delivery = new DeliveryRequest(null, Grade.GRADE_1, new BigDecimal("120"), DAY, "SCALE-7");
        orders.deliver(order.id(), delivery);
        RedOrder again = orders.deliver(order.id(), delivery);
        assertThat(again.deliveries()).hasSize(1);
        assertThat(orders.statement(order.id()).deliveredKg()).isEqualByComparingTo("120");
    }

    @Test
    void signingAgainWithTheSameExternalRefReturnsTheFirstContract() {
        RedOrderService.Signed first = orders.sign(contract("ERP-42"));
        RedOrderService.Signed again = orders.sign(contract("ERP-42"));
        assertThat(first.created()).isTrue();
        assertThat(again.created()).isFalse();
        assertThat(again.order().id()).isEqualTo(first.order().id());
        orders.sign(contract(null));
        orders.sign(contract(null)); // contracts without externalRef are not de-duplicated
        assertThat(orders.search(new RedOrderService.Filter(fixtures.householdA.id(), null, 2026, null),
                org.springframework.data.domain.PageRequest.of(0, 10)).total()).isEqualTo(3);
    }
}
