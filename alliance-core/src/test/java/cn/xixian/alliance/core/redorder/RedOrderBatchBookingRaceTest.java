package cn.xixian.alliance.core.redorder;

import static cn.xixian.alliance.core.redorder.RedOrderTestSupport.floor;
import static org.assertj.core.api.Assertions.assertThat;

import cn.xixian.alliance.core.TestFixtures;
import cn.xixian.alliance.core.grading.Grade;
import cn.xixian.alliance.core.redorder.persistence.BatchContracts;
import cn.xixian.alliance.core.redorder.persistence.RedOrderDocument;
import cn.xixian.alliance.core.units.Weights;
import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.event.CommandListener;
import com.mongodb.event.CommandStartedEvent;
import de.bwaldvogel.mongo.MongoServer;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.mongodb.core.MongoTemplate;

@SpringBootTest
class RedOrderBatchBookingRaceTest {

    @Autowired
    RedOrderBookings bookings;
    @Autowired
    RedOrderService orders;
    @Autowired
    TestFixtures fixtures;
    @Autowired
    MongoTemplate mongo;
    @Autowired
    MongoServer server;

    @BeforeEach
    void setUp() {
        fixtures.reset();
    }

    @Test
    void racingBatchesNeverOverbookAContractNorLoseAKilogram() throws Exception {
        List<RedOrder> contracts = List.of(
                orders.create(floor(fixtures.householdA, 2026, Grade.GRADE_1, 300, "6.00", Grade.SPECIAL, 40, "9.00")),
                orders.create(floor(fixtures.householdB, 2026, Grade.GRADE_1, 250.5, "6.00")),
                orders.create(floor(fixtures.householdA, 2026, Grade.GRADE_1, 200, "6.00")),
                orders.create(floor(fixtures.householdB, 2026, Grade.SPECIAL, 60, "9.00", Grade.GRADE_1, 150, "6.00")));
        ExecutorService pool = Executors.newFixedThreadPool(6);
        List<Future<List<Booking>>> threads = new ArrayList<>();
        for (int t = 0; t < 6; t++) {
            int thread = t;
            threads.add(pool.submit(() -> {
                Random random = new Random(thread);
                List<Booking> mine = new ArrayList<>();
                for (int b = 0; b < 20; b++) {
                    List<BookingRequest> batch = new ArrayList<>();
                    for (int l = 0; l < 25; l++) { // 0.5 … 2.5 kg, one line in five SPECIAL
                        batch.add(new BookingRequest("T" + thread + "/" + b + "/" + l, l % 5 == 0 ? Grade.SPECIAL : Grade.GRADE_1,
                                BigDecimal.valueOf(500 + random.nextInt(2001), 3)));
                    }
                    mine.addAll(bookings.applyAll(2026, bookings.planAll(2026, batch)));
                }
                return mine;
            }));
        }
        List<Booking> results = new ArrayList<>();
        for (Future<List<Booking>> f : threads) {
            results.addAll(f.get());
        }
        pool.shutdown();

        BigDecimal onContracts = BigDecimal.ZERO;
        for (RedOrder c : contracts) {
            for (RedOrder.Line line : orders.get(c.id()).lines()) {
                assertThat(line.bookedKg()).isLessThanOrEqualTo(line.contractedKg());
                assertThat(line.bookedKg().add(line.availableKg())).isEqualByComparingTo(line.contractedKg());
                onContracts = onContracts.add(line.bookedKg());
            }
        }
        Map<String, Long> entries = entriesByRef();
        BigDecimal returned = BigDecimal.ZERO;
        for (Booking b : results) {
            returned = returned.add(b.bookedKg());
            assertThat(b.bookedKg()).isLessThanOrEqualTo(b.requestedKg());
            assertThat(Weights.kg(entries.getOrDefault(b.bookingRef(), 0L))).isEqualByComparingTo(b.bookedKg());
        }
        assertThat(results).hasSize(6 * 20 * 25);
        assertThat(returned).isEqualByComparingTo(onContracts);
        assertThat(onContracts).isEqualByComparingTo("1000.5"); // demand (~3,000 kg) exceeds supply: all of it is sold
    }

    @Test
    void aBatchCostsOneWritePerContract() {
        orders.create(floor(fixtures.householdA, 2026, Grade.GRADE_1, 300, "6.00", Grade.SPECIAL, 100, "9.00"));
        orders.create(floor(fixtures.householdB, 2026, Grade.GRADE_1, 200, "6.00"));
        orders.create(floor(fixtures.householdB, 2026, Grade.GRADE_1, 500, "6.00"));
        List<BookingRequest> batch = new ArrayList<>();
        for (int l = 0; l < 200; l++) { // 180 × 3 kg of GRADE_1 over all three contracts, 20 × 2 kg of SPECIAL
            batch.add(l % 10 == 0 ? new BookingRequest("EC/" + l, Grade.SPECIAL, new BigDecimal("2"))
                    : new BookingRequest("EC/" + l, Grade.GRADE_1, new BigDecimal("3")));
        }
        Map<String, AtomicInteger> commands = new ConcurrentHashMap<>();
        try (MongoClient client = countingClient(commands)) {
            BatchBookings counted = new BatchBookings(new BatchContracts(new MongoTemplate(client, mongo.getDb().getName()),
                    BookingPolicy.POVERTY_FIRST));
            List<Booking> plan = counted.planAll(2026, batch);
            assertThat(commands).containsOnlyKeys("find").extractingByKey("find").hasToString("1"); // both grades at once
            commands.clear();

            List<Booking> applied = counted.applyAll(2026, plan, ref -> { });

            assertThat(applied).isEqualTo(plan);
            assertThat(applied).allSatisfy(b -> assertThat(b.unbookedKg()).isEqualByComparingTo("0"));
            assertThat(commands).containsOnlyKeys("find", "update");
            assertThat(commands.get("update")).hasToString("3"); // one guarded update per contract, both grades at once
            assertThat(commands.get("find").get()).isLessThanOrEqualTo(2); // states of the references before and after
        }
        assertThat(entriesByRef()).hasSize(200);
    }

    @Test
    void aContractTakenMeanwhileCostsAFewWritesNotOnePerReference() {
        RedOrder poor = orders.create(floor(fixtures.householdA, 2026, Grade.GRADE_1, 100, "6.00"));
        RedOrder other = orders.create(floor(fixtures.householdB, 2026, Grade.GRADE_1, 300, "6.00"));
        List<BookingRequest> batch = new ArrayList<>();
        for (int l = 0; l < 50; l++) {
            batch.add(new BookingRequest("EC/" + l, Grade.GRADE_1, new BigDecimal("2")));
        }
        Map<String, AtomicInteger> commands = new ConcurrentHashMap<>();
        try (MongoClient client = countingClient(commands)) {
            BatchBookings counted = new BatchBookings(new BatchContracts(new MongoTemplate(client, mongo.getDb().getName()),
                    BookingPolicy.POVERTY_FIRST));
            List<Booking> plan = counted.planAll(2026, batch);
            bookings.book("TB-1", Grade.GRADE_1, new BigDecimal("30"), 2026); // takes 30 of the 100 planned on
            commands.clear();

            List<Booking> applied = counted.applyAll(2026, plan, ref -> { });

            assertThat(applied).allSatisfy(b -> assertThat(b.bookedKg()).isEqualByComparingTo("2"));
            assertThat(applied.get(34).bookings()).extracting(Booking.Allocation::redOrderId).containsExactly(poor.id());
            assertThat(applied.get(35).bookings()).extracting(Booking.Allocation::redOrderId).containsExactly(other.id());
            // refused, what still fits, the booking documents of the 15 re-booked, the 15 on the next contract
            assertThat(commands.get("update")).hasToString("4");
        }
        assertThat(orders.get(poor.id()).lines().get(0).bookedKg()).isEqualByComparingTo("100");
        assertThat(orders.get(other.id()).lines().get(0).bookedKg()).isEqualByComparingTo("30");
    }

    private MongoClient countingClient(Map<String, AtomicInteger> commands) {
        CommandListener counter = new CommandListener() {
            @Override
            public void commandStarted(CommandStartedEvent event) {
                commands.computeIfAbsent(event.getCommandName(), n -> new AtomicInteger()).incrementAndGet();
            }
        };
        return MongoClients.create(MongoClientSettings.builder()
                .applyConnectionString(new ConnectionString(server.getConnectionString())).addCommandListener(counter).build());
    }

    private Map<String, Long> entriesByRef() {
        Map<String, Long> grams = new HashMap<>();
        for (RedOrderDocument c : mongo.findAll(RedOrderDocument.class)) {
            for (RedOrderDocument.BookingEntry e : c.bookings()) {
                grams.merge(e.ref(), e.grams(), Long::sum);
            }
        }
        return grams;
    }
}
