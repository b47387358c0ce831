package cn.xixian.alliance.coldstorage.coldstore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.xixian.alliance.coldstorage.coldstore.persistence.ChamberBalances;
import cn.xixian.alliance.core.grading.Grade;
import cn.xixian.alliance.core.web.ConflictException;
import java.time.LocalDate;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.mongodb.core.MongoTemplate;

@SpringBootTest
class StockLedgerTest {

    private static final long T = 1_000_000; // grams per tonne

    @Autowired
    ColdStoreFixtures fixtures;
    @Autowired
    StockService stock;
    @Autowired
    ColdStoreService stores;
    @Autowired
    ChamberBalances balances;
    @Autowired
    MongoTemplate mongo;

    String a;
    String b;
    ColdStore store;

    @BeforeEach
    void setUp() {
        fixtures.reset();
        store = fixtures.store("CS-01", "10", "5");
        a = store.chambers().get(0).id();
        b = store.chambers().get(1).id();
    }

    private LedgerEntry in(String ref, String chamber, String lot, Grade grade, long grams, String storedOn) {
        return stock.receive(new Receipt(ref, chamber, lot, grade, fixtures.coop.id(), grams, LocalDate.parse(storedOn), null));
    }

    @Test
    void movesAddUpAndRepeatingARefMovesNothing() {
        in("r1", a, "LOT-1", Grade.GRADE_1, 4 * T, "2026-09-10");
        in("r1", a, "LOT-1", Grade.GRADE_1, 4 * T, "2026-09-10"); // retried: no second receipt
        stock.reserve(a, 3 * T, "res-1");
        stock.loss(a, "LOT-1", 100_000, "loss-1", "rot");
        stock.takeOut(a, "LOT-1", 900_000, "out-1");
        stock.transfer(a, b, T, "LOT-1", "tr-1");
        stock.transfer(a, b, T, "LOT-1", "tr-1");

        ChamberState ca = stores.chamber(a).orElseThrow();
        assertThat(ca.stockGrams()).isEqualTo(2 * T);
        assertThat(ca.reservedGrams()).isEqualTo(3 * T);
        assertThat(ca.freeGrams()).isEqualTo(5 * T);
        assertThat(stock.lots(b)).singleElement().satisfies(l -> {
            assertThat(l.grams()).isEqualTo(T);
            assertThat(l.storedOn()).isEqualTo(LocalDate.parse("2026-09-10")); // fruit age carries over
        });
        assertThat(stores.chamber(b).orElseThrow().reservedGrams()).isZero();
        assertThat(stock.ledger(a, org.springframework.data.domain.PageRequest.of(0, 50)).total()).isEqualTo(5);

        assertThat(stock.release("res-1")).isPresent();
        assertThat(stock.release("res-1")).isEmpty();
        assertThat(stock.freeGrams(a)).isEqualTo(8 * T);
    }

    @Test
    void refusesOverFillingNegativeStockAndClosingAFullChamber() {
        in("r1", b, "LOT-1", Grade.GRADE_1, 4 * T, "2026-09-10");
        assertThatThrownBy(() -> in("r2", b, "LOT-2", Grade.GRADE_1, 2 * T, "2026-09-11"))
                .isInstanceOf(StockConflictException.class).hasMessageContaining("free");
        assertThatThrownBy(() -> stock.takeOut(b, "LOT-1", 5 * T, "o1")).isInstanceOf(StockConflictException.class);
        assertThatThrownBy(() -> stock.transfer(b, a, 5 * T, "LOT-1", "t1")).isInstanceOf(StockConflictException.class);
        assertThat(stock.freeGrams(a)).isEqualTo(10 * T); // the destination hold was given back
        assertThatThrownBy(() -> stores.closeChamber("CS-01", "C2")).isInstanceOf(ConflictException.class);
        stock.takeOut(b, "LOT-1", 4 * T, "o2");
        assertThat(stock.lots(b)).isEmpty();
        assertThat(stores.closeChamber("CS-01", "C2").open()).isFalse();
        assertThatThrownBy(() -> in("r3", b, "LOT-3", Grade.GRADE_1, T, "2026-09-12"))
                .hasMessageContaining("closed");
    }

    @Test
    void receiptAgainstAReservationUsesTheReservationNotTheFreeSpace() {
        stock.reserve(b, 5 * T, "plan-1");
        assertThatThrownBy(() -> in("r0", b, "LOT-0", Grade.SPECIAL, T, "2026-09-01"))
                .isInstanceOf(StockConflictException.class);
        stock.receive(new Receipt("r1", b, "LOT-1", Grade.SPECIAL, fixtures.coop.id(), 3 * T, null, "plan-1"));
        ChamberState cb = stores.chamber(b).orElseThrow();
        assertThat(cb.stockGrams()).isEqualTo(3 * T);
        assertThat(cb.reservedGrams()).isEqualTo(2 * T);
        assertThat(stock.release("plan-1").orElseThrow().grams()).isEqualTo(2 * T);
        assertThat(stock.freeGrams(b)).isEqualTo(2 * T);
    }

    @Test
    void picksTheOldestLotsFirstAcrossAStore() {
        in("r1", a, "NEW", Grade.GRADE_2, 2 * T, "2026-10-01");
        in("r2", b, "OLD", Grade.GRADE_2, T, "2026-09-01");
        in("r3", a, "MID", Grade.GRADE_2, T, "2026-09-15");
        in("r4", a, "G1", Grade.GRADE_1, T, "2026-08-01");

        PickResult pick = stock.pick(null, store.id(), Grade.GRADE_2, 2_500_000, "pick-1");
        assertThat(pick.legs()).extracting(LedgerEntry::lotRef).containsExactly("OLD", "MID", "NEW");
        assertThat(pick.legs()).extracting(LedgerEntry::grams).containsExactly(T, T, 500_000L);
        assertThat(stock.pick(null, store.id(), Grade.GRADE_2, 2_500_000, "pick-1").pickedGrams()).isEqualTo(2_500_000);
        assertThat(stock.lotsByChamber().get(a)).extracting(StockLot::lotRef).containsExactlyInAnyOrder("NEW", "G1");
        assertThatThrownBy(() -> stock.pick(a, null, Grade.GRADE_2, 2 * T, "pick-2"))
                .hasMessageContaining("only 1500 kg");
    }

    @Test
    void aLegCutOffBeforeItsLedgerEntryIsFinishedByARetryOrTheRepair() {
        in("r1", a, "LOT-1", Grade.GRADE_1, T, "2026-09-10");
        // simulate a crash between step 1 (balance) and step 2 (ledger): drop the entry, unmark the op
        mongo.getCollection("stock_ledger").deleteMany(new Document());
        Document balance = mongo.getCollection(ChamberBalances.COLLECTION).find(new Document("_id", a)).first();
        Document ops = balance.get("ops", Document.class);
        String key = ops.keySet().iterator().next();
        Document entry = new Document("_id", a + "|r1").append("ref", "r1").append("opRef", "r1").append("type", "IN")
                .append("chamberId", a).append("lotRef", "LOT-1").append("grade", "GRADE_1").append("grams", T);
        mongo.getCollection(ChamberBalances.COLLECTION).updateOne(new Document("_id", a),
                new Document("$set", new Document("ops." + key + ".entry", entry)).append("$unset",
                        new Document("ops." + key + ".l", "")));

        assertThat(balances.repair()).isEqualTo(1);
        assertThat(balances.repair()).isZero();
        assertThat(mongo.getCollection("stock_ledger").countDocuments()).isEqualTo(1);
        in("r1", a, "LOT-1", Grade.GRADE_1, T, "2026-09-10");
        assertThat(stock.freeGrams(a)).isEqualTo(9 * T);
    }
}
