package cn.xixian.alliance.ecommerce.orders;

import static cn.xixian.alliance.ecommerce.SalesFixtures.BEIJING;
import static cn.xixian.alliance.ecommerce.SalesFixtures.IN_COUNTY;
import static cn.xixian.alliance.ecommerce.SalesFixtures.line;
import static cn.xixian.alliance.ecommerce.SalesFixtures.order;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.xixian.alliance.core.grading.Grade;
import cn.xixian.alliance.core.redorder.RedOrder;
import cn.xixian.alliance.core.transport.TransportKind;
import cn.xixian.alliance.core.transport.TransportRequest;
import cn.xixian.alliance.core.transport.TransportRequestService;
import cn.xixian.alliance.core.transport.TransportStatus;
import cn.xixian.alliance.core.web.Pages;
import cn.xixian.alliance.ecommerce.SalesTestSupport;
import cn.xixian.alliance.ecommerce.deadletter.DeadLetter;
import cn.xixian.alliance.ecommerce.deadletter.DeadLetterStatus;
import cn.xixian.alliance.ecommerce.deadletter.DeadLetters;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class StoreOrderRouteTest extends SalesTestSupport {

    static final Instant T1 = Instant.parse("2026-11-11T02:03:04Z");
    static final Instant T2 = T1.plusSeconds(60);

    @Autowired
    StoreOrders orders;
    @Autowired
    DeadLetters deadLetters;
    @Autowired
    TransportRequestService transport;

    @Test
    void aNewOrderIsBookedOnThePovertyRegisteredHouseholdFirstAndIsOpen() {
        List<IntakeResult> results = send(order("A1", SaleStatus.PAID, T1, BEIJING, line("1", "YLX-G1-5KG", 2),
                line("2", "YLX-SP-5KG", 1)));
        assertThat(results).singleElement().satisfies(r -> {
            assertThat(r.outcome()).isEqualTo(IntakeOutcome.BOOKED);
            assertThat(r.orderStatus()).isEqualTo("OPEN");
        });
        StoreOrder stored = orders.get("P832-01", "A1");
        assertThat(stored.lines()).extracting(StoreOrder.Line::bookedKg).containsExactly(kg("10"), kg("5"));
        assertThat(stored.bookings()).singleElement().satisfies(b -> {
            assertThat(b.redOrderId()).isEqualTo(fixtures.poorContract.id());
            assertThat(b.householdId()).isEqualTo(fixtures.poor.id());
            assertThat(b.weightKg()).isEqualByComparingTo("15");
        });
        assertThat(fixtures.available(fixtures.poorContract, Grade.GRADE_1)).isEqualByComparingTo("90");
        assertThat(fixtures.available(fixtures.poorContract, Grade.SPECIAL)).isEqualByComparingTo("45");
    }

    @Test
    void theSameVersionTwiceIsADuplicateAndBooksOnce() {
        IncomingOrder order = order("A2", SaleStatus.PAID, T1, BEIJING, line("1", "YLX-G1-5KG", 2));
        send(order);
        assertThat(send(order)).extracting(IntakeResult::outcome).containsExactly(IntakeOutcome.DUPLICATE);
        assertThat(send(order, order)).extracting(IntakeResult::outcome)
                .containsExactly(IntakeOutcome.DUPLICATE, IntakeOutcome.DUPLICATE);
        assertThat(fixtures.available(fixtures.poorContract, Grade.GRADE_1)).isEqualByComparingTo("90");
    }

    @Test
    void anOlderVersionAfterANewerOneIsStaleAndTheNewestStays() {
        send(order("A3", SaleStatus.PAID, T2, BEIJING, line("1", "YLX-G1-5KG", 3)));
        assertThat(send(order("A3", SaleStatus.PAID, T1, BEIJING, line("1", "YLX-G1-5KG", 2))))
                .extracting(IntakeResult::outcome).containsExactly(IntakeOutcome.STALE);
        StoreOrder stored = orders.get("P832-01", "A3");
        assertThat(stored.modified()).isEqualTo(T2);
        assertThat(stored.lines().get(0).quantity()).isEqualTo(3);
        assertThat(fixtures.available(fixtures.poorContract, Grade.GRADE_1)).isEqualByComparingTo("85");
    }

    @Test
    void aCancelGivesTheKilogramsBack() {
        send(order("A4", SaleStatus.PAID, T1, BEIJING, line("1", "YLX-G1-5KG", 4)));
        assertThat(fixtures.available(fixtures.poorContract, Grade.GRADE_1)).isEqualByComparingTo("80");
        assertThat(send(order("A4", SaleStatus.CANCELLED, T2, BEIJING, line("1", "YLX-G1-5KG", 4))))
                .extracting(IntakeResult::outcome).containsExactly(IntakeOutcome.CANCELLED);
        StoreOrder stored = orders.get("P832-01", "A4");
        assertThat(stored.status()).isEqualTo("CANCELLED");
        assertThat(stored.bookings()).isEmpty();
        assertThat(fixtures.available(fixtures.poorContract, Grade.GRADE_1)).isEqualByComparingTo("100");
    }

    @Test
    void aChangedQuantityIsBookedAgainUnderANewReference() {
        send(order("A5", SaleStatus.PAID, T1, BEIJING, line("1", "YLX-G1-5KG", 2)));
        assertThat(send(order("A5", SaleStatus.PAID, T2, BEIJING, line("1", "YLX-G1-5KG", 5))))
                .extracting(IntakeResult::outcome).containsExactly(IntakeOutcome.BOOKED);
        StoreOrder stored = orders.get("P832-01", "A5");
        assertThat(stored.lines().get(0).bookedKg()).isEqualByComparingTo("25");
        assertThat(stored.lines().get(0).bookingRef()).isEqualTo("P832-01/A5/1#r2");
        assertThat(fixtures.available(fixtures.poorContract, Grade.GRADE_1)).isEqualByComparingTo("75");
    }

    @Test
    void whatTheContractsCannotSupplyIsMarkedUnbookedAndReported() {
        List<IntakeResult> results = send(order("A6", SaleStatus.PAID, T1, BEIJING, line("1", "YLX-G2-10KG", 12)));
        assertThat(results.get(0).outcome()).isEqualTo(IntakeOutcome.UNBOOKED);
        StoreOrder stored = orders.get("P832-01", "A6");
        assertThat(stored.status()).isEqualTo("UNBOOKED");
        assertThat(stored.lines().get(0).bookedKg()).isEqualByComparingTo("100");
        assertThat(stored.lines().get(0).unbookedKg()).isEqualByComparingTo("20");
        assertThat(orders.unbooked(null, Pages.of(0, 10, "_id")).items()).singleElement()
                .satisfies(l -> assertThat(l.unbookedKg()).isEqualByComparingTo("20"));
        assertThat(fixtures.available(fixtures.otherContract, Grade.GRADE_2)).isEqualByComparingTo("0");
    }

    @Test
    void anUnknownSkuIsDeadLetteredWithItsPayloadAndReplayedOnceMapped() {
        String payload = """
                {"orderId": "A7", "status": "PAID", "modified": "2026-11-11T10:03:04+08:00",
                 "receiver": {"name": "张三", "phone": "13800000000", "province": "北京市", "city": "北京市",
                 "district": "朝阳区", "address": "建国路88号"},
                 "lines": [{"sku": "YLX-GIFT-3KG", "quantity": 2, "unitPrice": "59.90"}]}""";
        IncomingOrder order = new IncomingOrder("P832-01", "A7", OrderFormat.GENERIC, SaleStatus.PAID, "PAID", T1, T1,
                BEIJING, null, List.of(line("0", "YLX-GIFT-3KG", 2)), "webhook", payload);
        IntakeResult result = send(order).get(0);
        assertThat(result.outcome()).isEqualTo(IntakeOutcome.REJECTED);
        assertThat(result.reason()).contains("lines[0].sku");
        DeadLetter letter = deadLetters.find(result.deadLetterId()).orElseThrow();
        assertThat(letter.payload()).isEqualTo(payload);
        assertThat(letter.errors()).extracting(e -> e.field()).containsExactly("lines[0].sku");
        assertThat(orders.find("P832-01/A7")).isEmpty();

        fixtures.sku("YLX-GIFT-3KG", Grade.GRADE_1, "3");
        deadLetters.replay(letter.id());
        assertThat(orders.get("P832-01", "A7").lines().get(0).bookedKg()).isEqualByComparingTo("6");
        assertThat(deadLetters.find(letter.id()).orElseThrow().status()).isEqualTo(DeadLetterStatus.REPLAYED);
        assertThat(fixtures.available(fixtures.poorContract, Grade.GRADE_1)).isEqualByComparingTo("94");
    }

    @Test
    void aBatchAsksForOneParcelTransportPerDestination() {
        send(order("P1", SaleStatus.PAID, T1, BEIJING, line("1", "YLX-G1-5KG", 1)),
                order("P2", SaleStatus.PAID, T1, BEIJING, line("1", "YLX-G1-5KG", 2)),
                order("P3", SaleStatus.PAID, T1, IN_COUNTY, line("1", "YLX-SP-5KG", 1)));
        List<TransportRequest> requests = transport.all(TransportStatus.NEW);
        assertThat(requests).hasSize(2).allSatisfy(r -> {
            assertThat(r.kind()).isEqualTo(TransportKind.PARCEL);
            assertThat(r.source()).isEqualTo("SALES");
        });
        TransportRequest toStation = requests.stream().filter(r -> fixtures.station.id().equals(r.to().memberId()))
                .findFirst().orElseThrow();
        assertThat(toStation.weightKg()).isEqualByComparingTo("5");
        TransportRequest toHub = requests.stream().filter(r -> r != toStation).findFirst().orElseThrow();
        assertThat(toHub.weightKg()).isEqualByComparingTo("15");
        assertThat(orders.get("P832-01", "P1").parcelRequestId()).isEqualTo(toHub.id());
        assertThat(orders.get("P832-01", "P3").parcelRequestId()).isEqualTo(toStation.id());
        send(order("P1", SaleStatus.SHIPPED, T2, BEIJING, line("1", "YLX-G1-5KG", 1)));
        assertThat(transport.all(TransportStatus.NEW)).hasSize(2); // a status update ships nothing new
        assertThat(orders.get("P832-01", "P1").status()).isEqualTo("FULFILLED");
    }

    @Test
    void aHeavyBatchToOneDestinationIsSplitIntoVanLoadsAndARepeatedParcelsStepAsksForNoMore() {
        RedOrder big = fixtures.bigContract("HH-0003", Grade.GRADE_2, "3000");
        IncomingOrder[] batch = {order("L1", SaleStatus.PAID, T1, BEIJING, line("1", "YLX-G2-10KG", 45)),
                order("L2", SaleStatus.PAID, T1, BEIJING, line("1", "YLX-G2-10KG", 45)),
                order("L3", SaleStatus.PAID, T1, BEIJING, line("1", "YLX-G2-10KG", 45)),
                order("L4", SaleStatus.PAID, T1, BEIJING, line("1", "YLX-G2-10KG", 45)),
                order("L5", SaleStatus.PAID, T1, BEIJING, line("1", "YLX-G2-10KG", 40)),
                order("L6", SaleStatus.PAID, T1, BEIJING, line("1", "YLX-G2-10KG", 40))}; // 2.6 t to the post hub
        CRASH_AFTER_PARCELS.set(true); // the parcels step ran, the batch is not marked done: it runs again
        assertThatThrownBy(() -> send(batch)).hasRootCauseMessage("simulated crash between parcels and done");
        CRASH_AFTER_PARCELS.set(false);
        List<TransportRequest> loads = transport.all(TransportStatus.NEW);
        assertThat(loads).hasSize(3).allSatisfy(r -> {
            assertThat(r.kind()).isEqualTo(TransportKind.PARCEL);
            assertThat(r.weightKg()).isLessThanOrEqualTo(kg("1000"));
            assertThat(r.sourceRef()).matches("[0-9a-f]{24}/POST-HUB/[1-3]");
        });
        assertThat(loads.stream().map(TransportRequest::weightKg).reduce(BigDecimal.ZERO, BigDecimal::add))
                .isEqualByComparingTo("2600");

        assertThat(producer.requestBody("direct:store-order-recovery", null, Integer.class)).isEqualTo(1);
        assertThat(send(batch)).extracting(IntakeResult::outcome).containsOnly(IntakeOutcome.DUPLICATE);
        assertThat(transport.all(TransportStatus.NEW)).extracting(TransportRequest::id)
                .containsExactlyInAnyOrderElementsOf(loads.stream().map(TransportRequest::id).toList());
        List<String> riding = List.of("L1", "L2", "L3", "L4", "L5", "L6").stream()
                .map(id -> orders.get("P832-01", id).parcelRequestId()).toList();
        assertThat(riding).doesNotContainNull().allMatch(id -> loads.stream().anyMatch(r -> r.id().equals(id)));
        assertThat(fixtures.available(fixtures.otherContract, Grade.GRADE_2)
                .add(fixtures.available(big, Grade.GRADE_2)))
                .isEqualByComparingTo("500"); // booked once: 3100 - 2600
    }

    @Test
    void anOrderHeavierThanAVanLoadRidesAloneInItsOwnRequest() {
        fixtures.bigContract("HH-0003", Grade.GRADE_2, "3000");
        send(order("H1", SaleStatus.PAID, T1, BEIJING, line("1", "YLX-G2-10KG", 110)),
                order("H2", SaleStatus.PAID, T1, BEIJING, line("1", "YLX-G2-10KG", 10)));
        List<TransportRequest> requests = transport.all(TransportStatus.NEW);
        assertThat(requests).extracting(TransportRequest::weightKg).usingElementComparator(BigDecimal::compareTo)
                .containsExactlyInAnyOrder(kg("1100"), kg("100"));
        assertThat(orders.get("P832-01", "H1").parcelRequestId())
                .isNotEqualTo(orders.get("P832-01", "H2").parcelRequestId()).isNotNull();
    }

    @Test
    void aCrashBetweenReceivingAndBookingLosesNothingAndBooksNothingTwice() {
        IncomingOrder order = order("C1", SaleStatus.PAID, T1, BEIJING, line("1", "YLX-G1-5KG", 4));
        CRASH_AFTER_RECORD.set(true);
        assertThatThrownBy(() -> send(order)).hasRootCauseMessage("simulated crash between record and book");
        CRASH_AFTER_RECORD.set(false);
        assertThat(fixtures.available(fixtures.poorContract, Grade.GRADE_1)).isEqualByComparingTo("100");
        assertThat(orders.get("P832-01", "C1").lines().get(0).bookedKg()).isEqualByComparingTo("20"); // the plan

        assertThat(producer.requestBody("direct:store-order-recovery", null, Integer.class)).isEqualTo(1);
        assertThat(fixtures.available(fixtures.poorContract, Grade.GRADE_1)).isEqualByComparingTo("80");
        assertThat(producer.requestBody("direct:store-order-recovery", null, Integer.class)).isZero();
        assertThat(send(order)).extracting(IntakeResult::outcome).containsExactly(IntakeOutcome.DUPLICATE);
        assertThat(fixtures.available(fixtures.poorContract, Grade.GRADE_1)).isEqualByComparingTo("80");
        assertThat(transport.all(TransportStatus.NEW)).singleElement()
                .satisfies(r -> assertThat(r.weightKg()).isEqualByComparingTo("20"));
    }

    @Test
    void aRetryOfTheSameVersionFinishesTheBatchACrashLeftUnfinished() {
        IncomingOrder order = order("C2", SaleStatus.PAID, T1, BEIJING, line("1", "YLX-G1-5KG", 3));
        CRASH_AFTER_RECORD.set(true);
        assertThatThrownBy(() -> send(order));
        CRASH_AFTER_RECORD.set(false);
        assertThat(send(order)).extracting(IntakeResult::outcome).containsExactly(IntakeOutcome.DUPLICATE);
        assertThat(fixtures.available(fixtures.poorContract, Grade.GRADE_1)).isEqualByComparingTo("85");
        assertThat(send(order)).extracting(IntakeResult::outcome).containsExactly(IntakeOutcome.DUPLICATE);
        assertThat(fixtures.available(fixtures.poorContract, Grade.GRADE_1)).isEqualByComparingTo("85");
    }

    private static BigDecimal kg(String kg) {
        return new BigDecimal(kg);
    }
}
