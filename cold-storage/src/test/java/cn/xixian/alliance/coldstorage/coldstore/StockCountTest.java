package cn.xixian.alliance.coldstorage.coldstore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.xixian.alliance.core.grading.Grade;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** A stock count (盘点) writes counted − booked as one COUNT entry, once per ref, and the balance stays the ledger's sum. */
@SpringBootTest
class StockCountTest {

    private static final long T = 1_000_000;

    @Autowired
    ColdStoreFixtures fixtures;
    @Autowired
    StockService stock;
    @Autowired
    ColdStoreService stores;

    String a;

    @BeforeEach
    void setUp() {
        fixtures.reset();
        a = fixtures.store("CS-01", "10").chambers().get(0).id();
        stock.receive(new Receipt("r1", a, "LOT-1", Grade.GRADE_1, fixtures.coop.id(), 4 * T, LocalDate.parse("2026-09-10"),
                null));
        stock.takeOut(a, "LOT-1", T / 2, "o1");
    }

    @Test
    void aShortfallIsOneNegativeCountEntryAndARepeatChangesNothing() {
        LedgerEntry entry = stock.count(a, "LOT-1", 3 * T, "盘点", "c1").orElseThrow();
        assertThat(entry.type()).isEqualTo(MoveType.COUNT);
        assertThat(entry.grams()).isEqualTo(-T / 2);
        assertThat(stock.count(a, "LOT-1", 3 * T, "盘点", "c1")).contains(entry);
        assertThat(stock.ledger(a).stream().filter(e -> e.type() == MoveType.COUNT)).hasSize(1);
        assertThat(stores.chamber(a).orElseThrow().stockGrams()).isEqualTo(3 * T).isEqualTo(sum(stock.ledger(a)));
        assertThat(stores.chamber(a).orElseThrow().freeGrams()).isEqualTo(7 * T);
    }

    @Test
    void aSurplusNeedsFreeSpaceAndAnEqualCountWritesNothing() {
        assertThat(stock.count(a, "LOT-1", 3_500_000, null, "c2")).isEmpty();
        assertThat(stock.count(a, "LOT-1", 4 * T, null, "c3").orElseThrow().grams()).isEqualTo(T / 2);
        assertThat(sum(stock.ledger(a))).isEqualTo(4 * T);
        assertThatThrownBy(() -> stock.count(a, "LOT-1", 11 * T, null, "c4")).isInstanceOf(StockConflictException.class)
                .hasMessageContaining("free");
        assertThatThrownBy(() -> stock.count(a, "LOT-9", T, null, "c5")).isInstanceOf(StockConflictException.class);
        assertThat(stock.count(a, "LOT-1", 0, "all rotten", "c6").orElseThrow().grams()).isEqualTo(-4 * T);
        assertThat(stock.lots(a)).isEmpty();
    }

    private static long sum(List<LedgerEntry> ledger) {
        return ledger.stream().mapToLong(e -> switch (e.type()) {
            case IN, TRANSFER_IN, COUNT -> e.grams();
            case OUT, LOSS, TRANSFER_OUT -> -e.grams();
            case RESERVE, RELEASE -> 0;
        }).sum();
    }
}
