package cn.xixian.alliance.core.redorder;

import static cn.xixian.alliance.core.redorder.RedOrderTestSupport.floor;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.xixian.alliance.core.TestFixtures;
import cn.xixian.alliance.core.grading.Grade;
import cn.xixian.alliance.core.web.ConflictException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest
class RedOrderBookingsTest {

    @Autowired
    RedOrderBookings bookings;
    @Autowired
    RedOrderService orders;
    @Autowired
    TestFixtures fixtures;

    @BeforeEach
    void setUp() {
        fixtures.reset();
    }

    @Test
    void povertyRegisteredHouseholdsAreBookedFirstAndARepeatedReferenceReturnsTheSameBooking() {
        RedOrder other = orders.create(floor(fixtures.householdB, 2026, Grade.GRADE_1, 100, "6.00")); // older
        RedOrder poor = orders.create(floor(fixtures.householdA, 2026, Grade.GRADE_1, 100, "6.00"));

        Booking first = bookings.book("TB-1", Grade.GRADE_1, new BigDecimal("130"), 2026);
        assertThat(first.bookings()).extracting(Booking.Allocation::redOrderId, a -> a.weightKg().toPlainString())
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple(poor.id(), "100"),
                        org.assertj.core.groups.Tuple.tuple(other.id(), "30"));
        assertThat(first.unbookedKg()).isEqualByComparingTo("0");
        assertThat(bookings.book("TB-1", Grade.GRADE_1, new BigDecimal("130"), 2026)).isEqualTo(first);
        assertThatThrownBy(() -> bookings.book("TB-1", Grade.GRADE_1, new BigDecimal("5"), 2026))
                .isInstanceOf(ConflictException.class);

        Booking partial = bookings.book("TB-2", Grade.GRADE_1, new BigDecimal("100"), 2026);
        assertThat(partial.bookedKg()).isEqualByComparingTo("70");
        assertThat(partial.unbookedKg()).isEqualByComparingTo("30");
        assertThat(bookings.book("TB-3", Grade.SPECIAL, BigDecimal.ONE, 2026).bookings()).isEmpty();
    }

    @Test
    void releasingGivesTheKilogramsBackOnceAndLetsTheContractBeCancelled() {
        RedOrder order = orders.create(floor(fixtures.householdA, 2026, Grade.GRADE_1, 100, "6.00"));
        bookings.book("JD-9", Grade.GRADE_1, new BigDecimal("40.5"), 2026);
        assertThatThrownBy(() -> orders.cancel(order.id(), null)).hasMessageContaining("release the bookings first");

        assertThat(bookings.release("JD-9").released()).isTrue();
        bookings.release("JD-9");
        RedOrder.Line line = orders.get(order.id()).lines().get(0);
        assertThat(line.bookedKg()).isEqualByComparingTo("0");
        assertThat(line.availableKg()).isEqualByComparingTo("100");
        assertThat(orders.cancel(order.id(), null).status()).isEqualTo(RedOrderStatus.CANCELLED);
    }

    @Test
    void manyRacingBookingsNeverOverbookAContractAndLoseNoKilogram() throws Exception {
        List<RedOrder> contracts = List.of(
                orders.create(floor(fixtures.householdA, 2026, Grade.GRADE_1, 300, "6.00", Grade.SPECIAL, 50, "9.00")),
                orders.create(floor(fixtures.householdA, 2026, Grade.GRADE_1, 250.5, "6.00")),
                orders.create(floor(fixtures.householdB, 2026, Grade.GRADE_1, 200, "6.00")));
        BigDecimal capacity = new BigDecimal("750.5");
        ExecutorService pool = Executors.newFixedThreadPool(12);
        List<Future<Booking>> results = new ArrayList<>();
        BigDecimal requested = BigDecimal.ZERO;
        Random random = new Random(7);
        for (int i = 0; i < 240; i++) {
            BigDecimal kg = BigDecimal.valueOf(1 + random.nextInt(9000), 3).add(BigDecimal.ONE); // 1.001 … 10 kg
            requested = requested.add(kg);
            String ref = "R-" + (i % 200); // 40 references are sent twice, as a retrying channel would
            BigDecimal same = i >= 200 ? null : kg;
            results.add(pool.submit((Callable<Booking>) () -> bookings.book(ref, Grade.GRADE_1,
                    same != null ? same : bookings.find(ref).map(Booking::requestedKg).orElseThrow(), 2026)));
        }
        List<Booking> done = new ArrayList<>();
        for (Future<Booking> f : results) {
            done.add(f.get());
        }
        pool.shutdown();

        BigDecimal bookedOnContracts = BigDecimal.ZERO;
        for (RedOrder c : contracts) {
            RedOrder.Line line = orders.get(c.id()).lines().stream().filter(l -> l.grade() == Grade.GRADE_1).findFirst().orElseThrow();
            assertThat(line.bookedKg()).isLessThanOrEqualTo(line.contractedKg());
            assertThat(line.bookedKg().add(line.availableKg())).isEqualByComparingTo(line.contractedKg());
            bookedOnContracts = bookedOnContracts.add(line.bookedKg());
        }
        BigDecimal bookedByReference = BigDecimal.ZERO;
        BigDecimal requestedOnce = BigDecimal.ZERO;
        for (int i = 0; i < 200; i++) {
            Booking b = bookings.find("R-" + i).orElseThrow();
            bookedByReference = bookedByReference.add(b.bookedKg());
            requestedOnce = requestedOnce.add(b.requestedKg());
            assertThat(b.bookedKg().add(b.unbookedKg())).isEqualByComparingTo(b.requestedKg());
        }
        // what the references hold is exactly what the contracts lost, and all of it was used
        assertThat(bookedByReference).isEqualByComparingTo(bookedOnContracts);
        assertThat(bookedOnContracts).isEqualByComparingTo(requestedOnce.min(capacity));
        // a repeated reference got the same answer as its first call (once both had finished)
        for (Booking b : done) {
            assertThat(bookings.find(b.bookingRef()).orElseThrow().bookings()).containsExactlyInAnyOrderElementsOf(b.bookings());
        }
    }
}
