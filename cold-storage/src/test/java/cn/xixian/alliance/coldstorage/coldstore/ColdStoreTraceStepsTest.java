package cn.xixian.alliance.coldstorage.coldstore;

import static org.assertj.core.api.Assertions.assertThat;

import cn.xixian.alliance.core.grading.Grade;
import cn.xixian.alliance.core.processing.TraceLink;
import cn.xixian.alliance.core.processing.TraceNode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** A lot's trace leads to every chamber it was received into, with the kilograms received and the first date. */
@SpringBootTest
class ColdStoreTraceStepsTest {

    private static final long T = 1_000_000; // grams per tonne

    @Autowired
    ColdStoreFixtures fixtures;
    @Autowired
    StockService stock;
    @Autowired
    ColdStoreTraceSteps steps;

    String a;
    String b;

    @BeforeEach
    void setUp() {
        fixtures.reset();
        ColdStore store = fixtures.store("CS-01", "10", "5");
        a = store.chambers().get(0).id();
        b = store.chambers().get(1).id();
    }

    @Test
    void aLotLeadsToTheChambersItWasReceivedInto() {
        receive("r1", a, "LOT-A", 2 * T, "2026-09-12");
        receive("r2", a, "LOT-A", T, "2026-09-10");
        receive("r3", b, "LOT-A", T / 2, "2026-09-15");
        receive("r4", b, "LOT-B", T, "2026-09-15");
        stock.takeOut(a, "LOT-A", T, "out-1"); // going out does not undo where the lot was stored

        List<TraceLink> links = steps.downstream(TraceNode.of(TraceNode.HARVEST_LOT, "LOT-A", "LOT-A", Map.of()));

        assertThat(links).hasSize(2);
        TraceLink first = links.stream().filter(l -> l.node().id().equals(a)).findFirst().orElseThrow();
        assertThat(first.node().type()).isEqualTo(ColdStoreTraceSteps.COLD_STORE);
        assertThat((BigDecimal) first.node().attributes().get("weightKg")).isEqualByComparingTo("3000");
        assertThat(first.node().attributes().get("storedOn")).isEqualTo(LocalDate.parse("2026-09-10"));
        assertThat(first.node().attributes().get("storeCode")).isEqualTo("CS-01");
        TraceLink second = links.stream().filter(l -> l.node().id().equals(b)).findFirst().orElseThrow();
        assertThat((BigDecimal) second.node().attributes().get("weightKg")).isEqualByComparingTo("500");
    }

    @Test
    void onlyLotsLeadToColdStores() {
        receive("r1", a, "LOT-A", T, "2026-09-12");
        assertThat(steps.downstream(TraceNode.of(TraceNode.HOUSEHOLD, "LOT-A", "x", Map.of()))).isEmpty();
        assertThat(steps.downstream(TraceNode.of(TraceNode.GRADED_LOT, "NONE", "x", Map.of()))).isEmpty();
        assertThat(steps.upstream(TraceNode.of(TraceNode.HARVEST_LOT, "LOT-A", "x", Map.of()))).isEmpty();
    }

    private void receive(String ref, String chamber, String lot, long grams, String storedOn) {
        stock.receive(new Receipt(ref, chamber, lot, Grade.GRADE_1, fixtures.coop.id(), grams, LocalDate.parse(storedOn), null));
    }
}
