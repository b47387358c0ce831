package cn.xixian.alliance.logistics.fleet.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import cn.xixian.alliance.core.mongo.EmbeddedMongoConfiguration;
import cn.xixian.alliance.core.persistence.PagedQueries;
import cn.xixian.alliance.core.transport.Place;
import cn.xixian.alliance.logistics.fleet.Driver;
import cn.xixian.alliance.logistics.fleet.Van;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.data.mongo.DataMongoTest;
import org.springframework.context.annotation.Import;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.mongodb.core.MongoTemplate;

/** The fleet's queries on the embedded in-memory server, without the rest of the app (a Mongo slice). */
@DataMongoTest
@Import({EmbeddedMongoConfiguration.class, PagedQueries.class, FleetStore.class})
class FleetStoreTest {

    private static final Place DEPOT = new Place(null, "配送中心", 36.693, 110.940);

    @Autowired
    FleetStore store;
    @Autowired
    MongoTemplate mongo;

    @BeforeEach
    void empty() {
        mongo.dropCollection(VanDocument.COLLECTION);
        mongo.dropCollection(DriverDocument.COLLECTION);
    }

    private static Van van(String id, String code, boolean refrigerated, boolean active) {
        return new Van(id, code, "晋J-" + code, new BigDecimal("3000"), refrigerated, DEPOT, active, null);
    }

    @Test
    void vansAreListedByCodeFoundByIdOrCodeAndFiltered() {
        store.insert(VanDocument.of(van("v2", "VAN-02", true, true)));
        store.insert(VanDocument.of(van("v1", "VAN-01", false, true)));
        store.insert(VanDocument.of(van("v3", "VAN-03", true, false)));

        assertThat(store.vans(false)).extracting(d -> d.toVan().code()).containsExactly("VAN-01", "VAN-02", "VAN-03");
        assertThat(store.vans(true)).extracting(d -> d.toVan().id()).containsExactly("v1", "v2");
        assertThat(store.van("v2")).map(d -> d.toVan().code()).contains("VAN-02");
        assertThat(store.van("VAN-03")).map(d -> d.toVan().id()).contains("v3");
        assertThat(store.van("nope")).isEmpty();
        var cold = store.searchVans(true, true, PageRequest.of(0, 10), VanDocument::toVan);
        assertThat(cold.total()).isEqualTo(1);
        assertThat(cold.items()).extracting(Van::id).containsExactly("v2");
    }

    @Test
    void aVanBreaksDownOnceAndComesBackInService() {
        store.insert(VanDocument.of(van("v1", "VAN-01", false, true)));
        Instant at = Instant.parse("2026-11-26T02:00:00Z");

        assertThat(store.breakDown("v1", at)).map(VanDocument::toVan)
                .hasValueSatisfying(v -> assertThat(v.active()).isFalse());
        assertThat(store.breakDown("v1", at)).as("already out of service: nothing changes").isEmpty();
        assertThat(store.vans(true)).isEmpty();

        Van back = store.backInService("v1").toVan();
        assertThat(back.active()).isTrue();
        assertThat(back.brokenDownAt()).isNull();
    }

    @Test
    void driversAreFoundByIdOrCodeAndByTheVansTheyMayDrive() {
        store.insert(DriverDocument.of(new Driver("d2", "DRV-02", "李强", "13800000002", "C1", LocalTime.of(7, 0),
                LocalTime.of(17, 0), 10, List.of("v1", "v2"), true)));
        store.insert(DriverDocument.of(new Driver("d1", "DRV-01", "王芳", "13800000001", "C1", LocalTime.of(8, 0),
                LocalTime.of(18, 0), 10, List.of("v2"), false)));

        assertThat(store.drivers()).extracting(d -> d.toDriver().code()).containsExactly("DRV-01", "DRV-02");
        assertThat(store.driver("DRV-02")).map(d -> d.toDriver().id()).contains("d2");
        assertThat(store.driversFor("v1")).extracting(d -> d.toDriver().id()).containsExactly("d2");
        assertThat(store.searchDrivers("v2", PageRequest.of(0, 1), DriverDocument::toDriver).total()).isEqualTo(2);
        assertThat(store.searchDrivers(null, PageRequest.of(0, 10), DriverDocument::toDriver).items()).hasSize(2);
    }
}
