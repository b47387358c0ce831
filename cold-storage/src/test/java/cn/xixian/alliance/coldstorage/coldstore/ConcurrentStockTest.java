package cn.xixian.alliance.coldstorage.coldstore;

import static org.assertj.core.api.Assertions.assertThat;

import cn.xixian.alliance.coldstorage.coldstore.persistence.Balance;
import cn.xixian.alliance.coldstorage.coldstore.persistence.ChamberBalances;
import cn.xixian.alliance.coldstorage.coldstore.persistence.LedgerEntryDocument;
import cn.xixian.alliance.core.grading.Grade;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * Many threads fill, empty, reserve and transfer between two small chambers at once while a watcher reads
 * the balances: no state is ever over-filled or negative, and at the end each balance equals what its
 * ledger adds up to.
 */
@SpringBootTest
class ConcurrentStockTest {

    private static final long T = 1_000_000;
    private static final int THREADS = 16;
    private static final int OPS = 60;

    @Autowired
    ColdStoreFixtures fixtures;
    @Autowired
    StockService stock;
    @Autowired
    ChamberBalances balances;
    @Autowired
    MongoTemplate mongo;

    List<String> chambers;

    @BeforeEach
    void setUp() {
        fixtures.reset();
        chambers = fixtures.store("CS-01", "10", "5").chambers().stream().map(Chamber::id).toList();
    }

    @Test
    void chambersAreNeverOverFilledAndStockNeverNegative() throws Exception {
        ConcurrentLinkedQueue<String> violations = new ConcurrentLinkedQueue<>();
        AtomicInteger applied = new AtomicInteger();
        AtomicInteger refused = new AtomicInteger();
        AtomicBoolean running = new AtomicBoolean(true);
        Thread watcher = new Thread(() -> {
            while (running.get()) {
                // The embedded server writes an updated document back field by field, so a read racing an update
                // can be torn (new lots, old stockGrams); a real MongoDB isolates single-document reads. Check
                // what two reads in a row agree on: a committed state, since a torn read does not repeat itself.
                List<Balance> first = balances.all();
                List<Balance> second = balances.all();
                first.stream().filter(second::contains).forEach(b -> check(b, violations));
            }
        });
        watcher.start();
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        CountDownLatch start = new CountDownLatch(1);
        for (int t = 0; t < THREADS; t++) {
            int thread = t;
            pool.submit(() -> {
                Random random = new Random(thread);
                start.await();
                for (int i = 0; i < OPS; i++) {
                    try {
                        move(random, thread + "-" + i);
                        applied.incrementAndGet();
                    } catch (StockConflictException e) {
                        refused.incrementAndGet();
                    }
                }
                return null;
            });
        }
        start.countDown();
        pool.shutdown();
        assertThat(pool.awaitTermination(120, TimeUnit.SECONDS)).isTrue();
        running.set(false);
        watcher.join();

        balances.all().forEach(b -> check(b, violations));
        assertThat(violations).isEmpty();
        assertThat(refused.get()).as("the chambers were pushed past full and empty").isPositive();
        assertThat(applied.get()).isPositive();
        for (String chamber : chambers) {
            Balance b = balances.find(chamber).orElseThrow();
            List<LedgerEntryDocument> ledger = mongo.find(
                    org.springframework.data.mongodb.core.query.Query.query(
                            org.springframework.data.mongodb.core.query.Criteria.where("chamberId").is(chamber)),
                    LedgerEntryDocument.class);
            Map<MoveType, Long> sums = ledger.stream().collect(Collectors.groupingBy(LedgerEntryDocument::type,
                    Collectors.summingLong(LedgerEntryDocument::grams)));
            long in = sums.getOrDefault(MoveType.IN, 0L) + sums.getOrDefault(MoveType.TRANSFER_IN, 0L);
            long out = sums.getOrDefault(MoveType.OUT, 0L) + sums.getOrDefault(MoveType.LOSS, 0L)
                    + sums.getOrDefault(MoveType.TRANSFER_OUT, 0L);
            long intoReserved = ledger.stream().filter(e -> e.reservationRef() != null
                    && (e.type() == MoveType.IN || e.type() == MoveType.TRANSFER_IN)).mapToLong(LedgerEntryDocument::grams).sum();
            assertThat(b.stockGrams()).isEqualTo(in - out);
            assertThat(b.reservedGrams()).isEqualTo(sums.getOrDefault(MoveType.RESERVE, 0L)
                    - sums.getOrDefault(MoveType.RELEASE, 0L) - intoReserved);
        }
    }

    @Test
    void oneRefRacedByManyThreadsIsAppliedOnce() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        CountDownLatch start = new CountDownLatch(1);
        for (int t = 0; t < THREADS; t++) {
            pool.submit(() -> {
                start.await();
                return stock.receive(new Receipt("same", chambers.get(0), "LOT", Grade.SPECIAL, fixtures.coop.id(), T,
                        LocalDate.of(2026, 9, 1), null));
            });
        }
        start.countDown();
        pool.shutdown();
        assertThat(pool.awaitTermination(60, TimeUnit.SECONDS)).isTrue();
        assertThat(stock.lots(chambers.get(0))).singleElement().extracting(StockLot::grams).isEqualTo(T);
        assertThat(mongo.getCollection(LedgerEntryDocument.COLLECTION).countDocuments()).isEqualTo(1);
    }

    private void move(Random random, String ref) {
        String chamber = chambers.get(random.nextInt(2));
        String lot = "LOT-" + random.nextInt(4);
        long grams = (1 + random.nextInt(30)) * 100_000L; // 0.1 to 3 t
        switch (random.nextInt(6)) {
            case 0, 1 -> stock.receive(new Receipt(ref, chamber, lot, Grade.GRADE_1, fixtures.coop.id(), grams,
                    LocalDate.of(2026, 9, 1 + random.nextInt(20)), null));
            case 2 -> stock.takeOut(chamber, lot, grams, ref);
            case 3 -> stock.transfer(chamber, chambers.get(1 - chambers.indexOf(chamber)), grams, lot, ref);
            case 4 -> {
                stock.reserve(chamber, grams, ref);
                if (random.nextBoolean()) {
                    stock.receive(new Receipt(ref + "/in", chamber, lot, Grade.GRADE_1, fixtures.coop.id(), grams / 2,
                            LocalDate.of(2026, 9, 30), ref));
                }
                stock.release(ref);
            }
            default -> stock.loss(chamber, lot, grams / 10, ref, "shrinkage");
        }
    }

    private static void check(Balance b, ConcurrentLinkedQueue<String> violations) {
        long lots = b.lots().stream().mapToLong(Balance.Lot::grams).sum();
        if (b.stockGrams() < 0 || b.reservedGrams() < 0 || b.freeGrams() < 0
                || b.stockGrams() + b.reservedGrams() + b.freeGrams() != b.capacityGrams() || lots != b.stockGrams()
                || b.lots().stream().anyMatch(l -> l.grams() < 0)
                || b.reservations().values().stream().anyMatch(g -> g < 0)) {
            violations.add(b.toString());
        }
    }
}
