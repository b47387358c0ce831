package cn.xixian.alliance.core.transport.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.xixian.alliance.core.mongo.EmbeddedMongoConfiguration;
import cn.xixian.alliance.core.persistence.PagedQueries;
import cn.xixian.alliance.core.transport.Place;
import cn.xixian.alliance.core.transport.TimeWindow;
import cn.xixian.alliance.core.transport.TransportKind;
import cn.xixian.alliance.core.transport.TransportRequest;
import cn.xixian.alliance.core.transport.TransportStatus;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.data.mongo.DataMongoTest;
import org.springframework.context.annotation.Import;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.mongodb.core.MongoTemplate;

/** The transport-request store on the embedded in-memory server (a Mongo slice): its unique key and guarded moves. */
@DataMongoTest
@Import({EmbeddedMongoConfiguration.class, PagedQueries.class, TransportRequestIndexes.class, TransportRequestStore.class})
class TransportRequestStoreTest {

    private static final Instant T = Instant.parse("2026-09-10T00:00:00Z");
    private static final Place VILLAGE = new Place(null, "城南村", 36.69, 110.94);
    private static final Place STORE = new Place(null, "冷库", 36.70, 110.95);

    @Autowired
    TransportRequestStore store;
    @Autowired
    MongoTemplate mongo;

    @BeforeEach
    void empty() {
        mongo.remove(new org.springframework.data.mongodb.core.query.Query(), TransportRequestDocument.COLLECTION);
    }

    private static TransportRequest request(String id, String source, String ref, TransportStatus status) {
        return new TransportRequest(id, source, ref, TransportKind.HARVEST_PICKUP, VILLAGE, STORE, new BigDecimal("800"),
                true, new TimeWindow(T, T.plusSeconds(7200)), new TimeWindow(T, T.plusSeconds(14400)), 10, 10, false,
                null, status, T);
    }

    @Test
    void aSourceReferenceIsStoredOnce() {
        store.insert(request("r1", "STORAGE", "plan-1/a", TransportStatus.NEW));

        assertThatThrownBy(() -> store.insert(request("r2", "STORAGE", "plan-1/a", TransportStatus.NEW)))
                .isInstanceOf(DuplicateKeyException.class);
        assertThat(store.findBySource("STORAGE", "plan-1/a")).map(TransportRequest::id).contains("r1");
        assertThat(store.bySource("STORAGE", Set.of("plan-1/a", "plan-1/b"))).extracting(TransportRequest::id)
                .containsExactly("r1");
    }

    @Test
    void aStatusMovesOnlyFromTheStatesNamed() {
        store.insertAll(List.of(request("r1", "SALES", "p1", TransportStatus.NEW),
                request("r2", "SALES", "p2", TransportStatus.PLANNED)));

        assertThat(store.changeStatus("r1", Set.of(TransportStatus.NEW), TransportStatus.CANCELLED))
                .map(TransportRequest::status).contains(TransportStatus.CANCELLED);
        assertThat(store.changeStatus("r1", Set.of(TransportStatus.NEW), TransportStatus.PLANNED))
                .as("no longer NEW: nothing changes").isEmpty();
        assertThat(store.inStatus(Set.of(TransportStatus.PLANNED))).extracting(TransportRequest::id).containsExactly("r2");
        var page = store.search(Set.of(TransportStatus.CANCELLED, TransportStatus.PLANNED), "SALES", PageRequest.of(0, 1));
        assertThat(page.total()).isEqualTo(2);
        assertThat(page.items()).hasSize(1);
    }
}
