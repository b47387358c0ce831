package cn.xixian.alliance.core.redorder;

import static cn.xixian.alliance.core.redorder.RedOrderTestSupport.floor;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import cn.xixian.alliance.core.TestFixtures;
import cn.xixian.alliance.core.grading.Grade;
import cn.xixian.alliance.core.redorder.persistence.BatchContracts;
import cn.xixian.alliance.core.redorder.persistence.BookingDocument;
import cn.xixian.alliance.core.redorder.persistence.RedOrderDocument;
import cn.xixian.alliance.core.web.FieldError;
import cn.xixian.alliance.core.web.InvalidInputException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.mongodb.core.MongoTemplate;

@SpringBootTest
class RedOrderBatchBookingTest {

    @Autowired
    RedOrderBookings bookings;
    @Autowired
    RedOrderService orders;
    @Autowired
    TestFixtures fixtures;
    @Autowired
    MongoTemplate mongo;

    @BeforeEach
    void setUp() {
        fixtures.reset();
    }

    @Test
    void aPlanFollowsThePolicyAndWhatIsLeftAndOnlyReads() {
        RedOrder older = orders.create(floor(fixtures.householdB, 2026, Grade.GRADE_1, 100, "6.00"));
        RedOrder poor = orders.create(floor(fixtures.householdA, 2026, Grade.GRADE_1, 100, "6.00", Grade.SPECIAL, 5, "9.00"));
        RedOrder poorLater = orders.create(floor(fixtures.householdA, 2026, Grade.GRADE_1, 50, "6.00"));
        bookings.book("SINGLE-1", Grade.GRADE_1, new BigDecimal("40"), 2026); // leaves 60 on the first poor contract

        List<Booking> plan = bookings.planAll(2026, List.of(
                new BookingRequest("TB-1/1", Grade.GRADE_1, new BigDecimal("70")),
                new BookingRequest("TB-1/2", Grade.GRADE_1, new BigDecimal("60.5")),
                new BookingRequest("TB-1/3", Grade.SPECIAL, new BigDecimal("8")),
                new BookingRequest("TB-1/4", Grade.GRADE_1, new BigDecimal("100"))));

        assertThat(plan.get(0).bookings()).extracting(Booking.Allocation::redOrderId, a -> a.weightKg().toPlainString())
                .containsExactly(tuple(poor.id(), "60"), tuple(poorLater.id(), "10"));
        assertThat(plan.get(1).bookings()).extracting(Booking.Allocation::redOrderId, a -> a.weightKg().toPlainString())
                .containsExactly(tuple(poorLater.id(), "40"), tuple(older.id(), "20.5"));
        assertThat(plan.get(1).bookings().get(0).householdId()).isEqualTo(fixtures.householdA.id());
        assertThat(plan.get(2)).satisfies(b -> {
            assertThat(b.bookedKg()).isEqualByComparingTo("5");
            assertThat(b.unbookedKg()).isEqualByComparingTo("3");
        });
        assertThat(plan.get(3)).satisfies(b -> {
            assertThat(b.requestedKg()).isEqualByComparingTo("100");
            assertThat(b.bookedKg()).isEqualByComparingTo("79.5");
            assertThat(b.unbookedKg()).isEqualByComparingTo("20.5");
            assertThat(b.released()).isFalse();
            assertThat(b.season()).isEqualTo(2026);
        });
        // planning booked nothing
        assertThat(bookedKg(poor, Grade.GRADE_1)).isEqualByComparingTo("40");
        assertThat(bookedKg(poorLater, Grade.GRADE_1)).isEqualByComparingTo("0");
        assertThat(bookedKg(older, Grade.GRADE_1)).isEqualByComparingTo("0");
    }

    @Test
    void aBatchNeedingMoreContractsThanOnePageReadsOn() {
        for (int i = 0; i < 130; i++) {
            orders.create(floor(i % 2 == 0 ? fixtures.householdA : fixtures.householdB, 2026, Grade.GRADE_1, 1, "6.00"));
        }
        for (int i = 0; i < 90; i++) { // the first read (200 of both grades) holds only some of each
            orders.create(floor(fixtures.householdB, 2026, Grade.SPECIAL, 1, "9.00"));
        }
        List<Booking> plan = bookings.planAll(2026, List.of(
                new BookingRequest("BIG/1", Grade.GRADE_1, new BigDecimal("64.5")),
                new BookingRequest("BIG/2", Grade.GRADE_1, new BigDecimal("70")),
                new BookingRequest("BIG/3", Grade.SPECIAL, new BigDecimal("89.5"))));
        assertThat(plan.get(0).bookings()).hasSize(65)
                .allSatisfy(a -> assertThat(a.householdId()).isEqualTo(fixtures.householdA.id()));
        assertThat(plan.get(1).bookedKg()).isEqualByComparingTo("65.5");
        assertThat(plan.get(2).bookedKg()).isEqualByComparingTo("89.5");

        List<Booking> applied = bookings.applyAll(2026, plan);

        assertThat(applied).isEqualTo(plan);
        assertThat(entriesByRef()).containsOnly(Map.entry("BIG/1", 64_500L), Map.entry("BIG/2", 65_500L),
                Map.entry("BIG/3", 89_500L));
    }

    @Test
    void badInputIsRefusedAsAWholeNamingTheFields() {
        assertThatThrownBy(() -> bookings.planAll(2026, List.of(
                new BookingRequest("A", Grade.GRADE_1, new BigDecimal("1.0001")),
                new BookingRequest("B", null, BigDecimal.ONE),
                new BookingRequest("A", Grade.GRADE_1, BigDecimal.ONE))))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors())
                        .extracting(FieldError::field)
                        .containsExactly("requests[0].kg", "requests[1].grade", "requests[2].bookingRef"));
        Booking twice = new Booking("A", Grade.GRADE_1, 2026, BigDecimal.ONE, BigDecimal.ONE, BigDecimal.ZERO, false, List.of());
        assertThatThrownBy(() -> bookings.applyAll(2026, List.of(twice, twice)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors())
                        .extracting(FieldError::field).containsExactly("planned[1].bookingRef"));
        assertThat(bookings.planAll(2026, List.of())).isEmpty();
    }

    @Test
    void applyingBooksExactlyThePlanAndApplyingItAgainChangesNothing() {
        RedOrder older = orders.create(floor(fixtures.householdB, 2026, Grade.GRADE_1, 100, "6.00"));
        RedOrder poor = orders.create(floor(fixtures.householdA, 2026, Grade.GRADE_1, 100, "6.00"));
        List<Booking> plan = bookings.planAll(2026, List.of(
                new BookingRequest("JD-5/1", Grade.GRADE_1, new BigDecimal("70")),
                new BookingRequest("JD-5/2", Grade.GRADE_1, new BigDecimal("50.25")),
                new BookingRequest("JD-5/3", Grade.GRADE_1, new BigDecimal("90"))));

        List<Booking> applied = bookings.applyAll(2026, plan);

        assertThat(applied).isEqualTo(plan);
        assertThat(bookedKg(poor, Grade.GRADE_1)).isEqualByComparingTo("100");
        assertThat(bookedKg(older, Grade.GRADE_1)).isEqualByComparingTo("100");
        assertThat(applied.get(2).unbookedKg()).isEqualByComparingTo("10.25");
        Map<String, Long> entries = entriesByRef();
        assertThat(entries).containsOnly(Map.entry("JD-5/1", 70_000L), Map.entry("JD-5/2", 50_250L),
                Map.entry("JD-5/3", 79_750L));

        List<Booking> again = bookings.applyAll(2026, plan); // a retry after a crash

        assertThat(again).isEqualTo(plan);
        assertThat(entriesByRef()).isEqualTo(entries);
        assertThat(bookedKg(poor, Grade.GRADE_1)).isEqualByComparingTo("100");
        assertThat(bookedKg(older, Grade.GRADE_1)).isEqualByComparingTo("100");
        assertThat(mongo.findAll(BookingDocument.class)).isEmpty(); // no per-line documents on the common path
        assertThat(bookings.find("JD-5/3").orElseThrow().bookings()).containsExactlyElementsOf(plan.get(2).bookings());
        assertThat(bookings.find("JD-5/9")).isEmpty();
    }

    @Test
    void referencesBookedOneByOneOrWithOddCharactersAreNeverBookedTwice() {
        RedOrder poor = orders.create(floor(fixtures.householdA, 2026, Grade.GRADE_1, 200, "6.00"));
        bookings.book("S-1", Grade.GRADE_1, new BigDecimal("40"), 2026); // the single path
        List<Booking> plan = bookings.planAll(2026, List.of(
                new BookingRequest("S-1", Grade.GRADE_1, new BigDecimal("40")),
                new BookingRequest("WEB-01/a.b$c%2E/1", Grade.GRADE_1, new BigDecimal("20")),
                new BookingRequest("WEB-01/a%2Eb$c./1", Grade.GRADE_1, new BigDecimal("10"))));

        List<Booking> applied = bookings.applyAll(2026, plan);
        List<Booking> again = bookings.applyAll(2026, plan);

        assertThat(applied).extracting(b -> b.bookedKg().toPlainString()).containsExactly("40", "20", "10");
        assertThat(again).isEqualTo(applied);
        assertThat(entriesByRef()).containsOnly(Map.entry("S-1", 40_000L), Map.entry("WEB-01/a.b$c%2E/1", 20_000L),
                Map.entry("WEB-01/a%2Eb$c./1", 10_000L));
        assertThat(bookedKg(poor, Grade.GRADE_1)).isEqualByComparingTo("70");
        assertThat(bookings.release("WEB-01/a.b$c%2E/1").released()).isTrue();
        assertThat(bookedKg(poor, Grade.GRADE_1)).isEqualByComparingTo("50");
    }

    @Test
    void anApplyCutOffAfterSomeContractsIsFinishedByTheRetry() {
        RedOrder poor = orders.create(floor(fixtures.householdA, 2026, Grade.GRADE_1, 100, "6.00"));
        RedOrder older = orders.create(floor(fixtures.householdB, 2026, Grade.GRADE_1, 100, "6.00"));
        List<Booking> plan = bookings.planAll(2026, List.of(
                new BookingRequest("TB-3/1", Grade.GRADE_1, new BigDecimal("60")),
                new BookingRequest("TB-3/2", Grade.GRADE_1, new BigDecimal("70"))));
        // the first attempt wrote the first contract's update, then the process died
        new BatchContracts(mongo, BookingPolicy.POVERTY_FIRST).book(poor.id(), List.of(
                new BatchContracts.Entry("TB-3/1", "GRADE_1", 60_000), new BatchContracts.Entry("TB-3/2", "GRADE_1", 40_000)));

        List<Booking> retried = bookings.applyAll(2026, plan);

        assertThat(retried).isEqualTo(plan);
        assertThat(entriesByRef()).containsOnly(Map.entry("TB-3/1", 60_000L), Map.entry("TB-3/2", 70_000L));
        assertThat(bookedKg(poor, Grade.GRADE_1)).isEqualByComparingTo("100");
        assertThat(bookedKg(older, Grade.GRADE_1)).isEqualByComparingTo("30");
    }

    @Test
    void capacityTakenBetweenPlanAndApplyIsBookedElsewhereAndARetryNeverBooksAReferenceTwice() {
        RedOrder poor = orders.create(floor(fixtures.householdA, 2026, Grade.GRADE_1, 100, "6.00"));
        RedOrder older = orders.create(floor(fixtures.householdB, 2026, Grade.GRADE_1, 100, "6.00"));
        RedOrder newer = orders.create(floor(fixtures.householdB, 2026, Grade.GRADE_1, 100, "6.00"));
        List<Booking> plan = bookings.planAll(2026, List.of(
                new BookingRequest("WEB-01/1/1", Grade.GRADE_1, new BigDecimal("80")),
                new BookingRequest("WEB-01/1/2", Grade.GRADE_1, new BigDecimal("50"))));
        assertThat(plan.get(1).bookings()).extracting(Booking.Allocation::redOrderId).containsExactly(poor.id(), older.id());
        bookings.book("TB-9", Grade.GRADE_1, new BigDecimal("90"), 2026); // a single sale takes 90 of the 100 planned on

        List<Booking> applied = bookings.applyAll(2026, plan);

        assertThat(applied).extracting(b -> b.bookedKg().toPlainString(), b -> b.unbookedKg().toPlainString())
                .containsExactly(tuple("80", "0"), tuple("50", "0"));
        assertThat(applied.get(0).bookings()).extracting(Booking.Allocation::redOrderId, a -> a.weightKg().toPlainString())
                .containsExactly(tuple(poor.id(), "10"), tuple(older.id(), "70"));
        assertThat(applied.get(1).bookings()).extracting(Booking.Allocation::redOrderId, a -> a.weightKg().toPlainString())
                .containsExactly(tuple(older.id(), "30"), tuple(newer.id(), "20"));
        assertThat(bookedKg(poor, Grade.GRADE_1)).isEqualByComparingTo("100");
        assertThat(bookedKg(older, Grade.GRADE_1)).isEqualByComparingTo("100");
        assertThat(bookedKg(newer, Grade.GRADE_1)).isEqualByComparingTo("20");
        assertThat(mongo.findById("WEB-01/1/1", BookingDocument.class).state()).isEqualTo(BookingDocument.BATCH);
        assertThat(bookings.find("WEB-01/1/1").orElseThrow().bookedKg()).isEqualByComparingTo("80"); // known now

        bookings.release("TB-9"); // the planned contract has room again: a retry of the old plan must not use it
        List<Booking> retried = bookings.applyAll(2026, plan);

        assertThat(retried).isEqualTo(applied);
        assertThat(entriesByRef()).containsOnly(Map.entry("TB-9", 90_000L), Map.entry("WEB-01/1/1", 80_000L),
                Map.entry("WEB-01/1/2", 50_000L));
        assertThat(bookedKg(poor, Grade.GRADE_1)).isEqualByComparingTo("10");
    }

    @Test
    void releasingABatchBookedReferenceGivesItsKilogramsBack() {
        RedOrder poor = orders.create(floor(fixtures.householdA, 2026, Grade.GRADE_1, 100, "6.00"));
        RedOrder older = orders.create(floor(fixtures.householdB, 2026, Grade.GRADE_1, 100, "6.00"));
        bookings.applyAll(2026, bookings.planAll(2026, List.of(
                new BookingRequest("JD-7/1", Grade.GRADE_1, new BigDecimal("120")),
                new BookingRequest("JD-7/2", Grade.GRADE_1, new BigDecimal("30")))));

        Booking released = bookings.release("JD-7/1");

        assertThat(released.released()).isTrue();
        assertThat(released.bookings()).isEmpty();
        assertThat(bookedKg(poor, Grade.GRADE_1)).isEqualByComparingTo("0");
        assertThat(bookedKg(older, Grade.GRADE_1)).isEqualByComparingTo("30");
        assertThat(orders.get(poor.id()).lines().get(0).availableKg()).isEqualByComparingTo("100");
        bookings.release("JD-7/1");
        bookings.release("JD-7/2");
        assertThat(bookedKg(older, Grade.GRADE_1)).isEqualByComparingTo("0");
        assertThat(orders.cancel(older.id(), null).status()).isEqualTo(RedOrderStatus.CANCELLED);
    }

    @Test
    void aReferenceReleasedBeforeItsPlanIsAppliedBooksNothing() {
        RedOrder poor = orders.create(floor(fixtures.householdA, 2026, Grade.GRADE_1, 100, "6.00"));
        List<Booking> plan = bookings.planAll(2026, List.of(
                new BookingRequest("P832-3/1", Grade.GRADE_1, new BigDecimal("20")),
                new BookingRequest("P832-3/2", Grade.GRADE_1, new BigDecimal("30"))));
        bookings.release("P832-3/1"); // the cancel overtook the sale

        List<Booking> applied = bookings.applyAll(2026, plan);

        assertThat(applied.get(0).released()).isTrue();
        assertThat(applied.get(0).bookings()).isEmpty();
        assertThat(applied.get(1).bookedKg()).isEqualByComparingTo("30");
        assertThat(bookedKg(poor, Grade.GRADE_1)).isEqualByComparingTo("30");
        assertThat(entriesByRef()).containsOnlyKeys("P832-3/2");
    }

    private BigDecimal bookedKg(RedOrder order, Grade grade) {
        return orders.get(order.id()).lines().stream().filter(l -> l.grade() == grade).findFirst().orElseThrow().bookedKg();
    }

    /** Grams per reference over all contracts' entries (each reference at most once per contract). */
    private Map<String, Long> entriesByRef() {
        Map<String, Long> grams = new HashMap<>();
        for (RedOrderDocument c : mongo.findAll(RedOrderDocument.class)) {
            List<String> seen = new ArrayList<>();
            for (RedOrderDocument.BookingEntry e : c.bookings()) {
                assertThat(seen).doesNotContain(e.ref());
                seen.add(e.ref());
                grams.merge(e.ref(), e.grams(), Long::sum);
            }
        }
        return grams;
    }
}
