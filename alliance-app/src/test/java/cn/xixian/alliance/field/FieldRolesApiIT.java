package cn.xixian.alliance.field;

import static org.assertj.core.api.Assertions.assertThat;

import cn.xixian.alliance.coldstorage.coldstore.ColdStore;
import cn.xixian.alliance.coldstorage.coldstore.ColdStoreService;
import cn.xixian.alliance.coldstorage.coldstore.LedgerEntry;
import cn.xixian.alliance.coldstorage.coldstore.StockLot;
import cn.xixian.alliance.coldstorage.coldstore.StockService;
import cn.xixian.alliance.core.field.FieldScope;
import cn.xixian.alliance.core.units.Weights;
import cn.xixian.alliance.logistics.dispatch.DispatchPlanView;
import cn.xixian.alliance.logistics.dispatch.DispatchService;
import cn.xixian.alliance.logistics.dispatch.StopView;
import cn.xixian.alliance.logistics.dispatch.VanRouteView;
import cn.xixian.alliance.logistics.fleet.FleetService;
import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.util.LinkedMultiValueMap;

/**
 * The field roles through the API: each sees and changes only its own (403 on another's van, visit or store),
 * stop marks, visits and stock counts sent twice with one Idempotency-Key are applied once, a count writes
 * counted − booked to the ledger, and stop photos are JPEG/PNG up to 5 MB, read back by the dispatcher only
 * (and the stop's own driver).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "alliance.demo.enabled=true")
@ActiveProfiles("test")
class FieldRolesApiIT {

    @Autowired
    TestRestTemplate http;
    @Autowired
    DispatchService dispatch;
    @Autowired
    FleetService fleet;
    @Autowired
    FieldScope field;
    @Autowired
    ColdStoreService stores;
    @Autowired
    StockService stock;

    private ResponseEntity<JsonNode> post(String as, String path, Object body, String key) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        if (key != null) {
            headers.set("Idempotency-Key", key);
        }
        return http.withBasicAuth(as, "demo").exchange(path, HttpMethod.POST, new HttpEntity<>(body, headers),
                JsonNode.class);
    }

    private ResponseEntity<JsonNode> get(String as, String path) {
        return http.withBasicAuth(as, "demo").exchange(path, HttpMethod.GET, null, JsonNode.class);
    }

    @Test
    void aDriverSeesAndMarksOnlyTheirOwnVanAndARepeatedMarkIsAppliedOnce() {
        DispatchPlanView plan = FieldDay.published(dispatch);
        List<VanRouteView> vans = FieldDay.untouchedVans(plan, 2);
        VanRouteView mine = vans.get(0);
        VanRouteView theirs = vans.get(1);
        String me = FieldDay.login(fleet, mine);
        String other = FieldDay.login(fleet, theirs);

        JsonNode route = get(me, "/api/v1/driver/route?date=" + FieldDay.DAY).getBody();
        assertThat(route.get("vanId").asText()).isEqualTo(mine.vanId());
        assertThat(route.get("date").asText()).isEqualTo(FieldDay.DAY.toString());
        assertThat(route.get("stops")).hasSize(mine.stops().size());
        assertThat(route.at("/stops/0/id").asText()).isEqualTo(mine.stops().get(0).id());
        assertThat(route.at("/stops/0/sequence").asInt()).isEqualTo(1);
        assertThat(route.at("/stops/0/geo").asText()).startsWith("geo:");
        assertThat(get(me, "/api/v1/driver/route?date=2030-01-01").getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(get("dispatcher", "/api/v1/driver/route").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);

        String first = mine.stops().get(0).id();
        assertThat(post(other, "/api/v1/stops/" + first + "/arrived", "{}", "k-other").getStatusCode())
                .as("another van's stop").isEqualTo(HttpStatus.FORBIDDEN);
        String key = "mark-" + UUID.randomUUID();
        ResponseEntity<JsonNode> once = post(me, "/api/v1/stops/" + first + "/arrived", "{}", key);
        ResponseEntity<JsonNode> again = post(me, "/api/v1/stops/" + first + "/arrived", "{}", key);
        assertThat(once.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(again.getStatusCode()).as("the same key again: the first answer").isEqualTo(HttpStatus.OK);
        assertThat(again.getBody().get("arrivedAt")).isEqualTo(once.getBody().get("arrivedAt"));
        assertThat(post(me, "/api/v1/stops/" + first + "/arrived", "{}", "a-new-key").getStatusCode())
                .as("a new key is a new mark: refused, the stop is arrived already").isEqualTo(HttpStatus.CONFLICT);
        StopView stored = stop(plan.id(), first);
        assertThat(stored.status()).isEqualTo("ARRIVED");
        assertThat(stored.arrivedAt()).isEqualTo(instant(once.getBody().get("arrivedAt").asText()));

        // a proof-of-delivery photo: read back by the dispatcher, same bytes, image/jpeg; never by another driver
        byte[] jpeg = jpeg(2048);
        ResponseEntity<JsonNode> photo = upload(me, first, jpeg, "photo.jpg", "p-" + UUID.randomUUID());
        assertThat(photo.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        String photoId = photo.getBody().get("id").asText();
        ResponseEntity<byte[]> read = http.withBasicAuth("dispatcher", "demo")
                .getForEntity("/api/v1/stops/" + first + "/photos/" + photoId, byte[].class);
        assertThat(read.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(read.getHeaders().getFirst(HttpHeaders.CONTENT_TYPE)).isEqualTo("image/jpeg");
        assertThat(Arrays.equals(read.getBody(), jpeg)).as("same bytes").isTrue();
        assertThat(http.withBasicAuth(other, "demo").getForEntity("/api/v1/stops/" + first + "/photos/" + photoId,
                byte[].class).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(upload(me, first, new byte[5 * 1024 * 1024 + 1], "big.jpg", null).getStatusCode())
                .as("over 5 MB").isEqualTo(HttpStatus.BAD_REQUEST);
        byte[] big = jpeg(5 * 1024 * 1024 + 10);
        assertThat(upload(me, first, big, "big.jpg", null).getStatusCode()).as("a JPEG over 5 MB")
                .isEqualTo(HttpStatus.BAD_REQUEST);
        ResponseEntity<JsonNode> text = upload(me, first, "not an image".getBytes(), "fake.jpg", null);
        assertThat(text.getStatusCode()).as("not an image, whatever its name").isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(text.getBody().at("/errors/0/field").asText()).isEqualTo("file");
    }

    @Test
    void aTechnicianRecordsAVisitOnceWithOneKeyAndOthersGet403() {
        JsonNode households = get("tech-001", "/api/v1/technician/households").getBody();
        assertThat(households.size()).isPositive();
        String household = households.get(0).get("id").asText();
        String body = """
                {"householdId": "%s", "date": "2026-10-02", "problem": "梨木虱", "advice": "清园后喷药"}""".formatted(household);
        String key = "visit-" + UUID.randomUUID();
        int before = visits("tech-001", household);
        ResponseEntity<JsonNode> once = post("tech-001", "/api/v1/technician/visits", body, key);
        ResponseEntity<JsonNode> again = post("tech-001", "/api/v1/technician/visits", body, key);
        assertThat(once.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(again.getBody().get("id")).isEqualTo(once.getBody().get("id"));
        assertThat(visits("tech-001", household)).as("one visit").isEqualTo(before + 1);
        String visitId = once.getBody().get("id").asText();
        assertThat(get("tech-001", "/api/v1/technician/visits/" + visitId).getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(get("tech-002", "/api/v1/technician/visits/" + visitId).getStatusCode())
                .as("another technician's visit").isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(post("tech-002", "/api/v1/technician/visits", body, "k2").getStatusCode())
                .as("a household another technician mentors").isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(get("tech-001", "/api/v1/keeper/stores").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    }

    @Test
    void aStockCountWritesCountedMinusBookedOnceAndTheBalanceEqualsTheLedger() {
        List<String> mine = field.binding("keeper-01").orElseThrow().coldStoreIds();
        List<String> theirs = field.binding("keeper-02").orElseThrow().coldStoreIds();
        ColdStore store = mine.stream().map(stores::get).filter(s -> s.chambers().stream()
                .anyMatch(c -> !stock.lots(c.id()).isEmpty())).findFirst().orElseThrow();
        String chamberId = store.chambers().stream().filter(c -> !stock.lots(c.id()).isEmpty()).findFirst()
                .orElseThrow().id();
        StockLot lot = stock.lots(chamberId).get(0);
        BigDecimal booked = Weights.kg(lot.grams());
        BigDecimal counted = booked.subtract(new BigDecimal("12.5"));
        String body = """
                {"chamberId": "%s", "lotRef": "%s", "countedKg": %s, "note": "盘点"}""".formatted(chamberId,
                lot.lotRef(), counted.toPlainString());
        String key = "count-" + UUID.randomUUID();

        ResponseEntity<JsonNode> once = post("keeper-01", "/api/v1/stock/counts", body, key);
        ResponseEntity<JsonNode> again = post("keeper-01", "/api/v1/stock/counts", body, key);
        assertThat(once.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(once.getBody().get("type").asText()).isEqualTo("COUNT");
        assertThat(once.getBody().get("kg").decimalValue()).isEqualByComparingTo("-12.5");
        assertThat(again.getBody().get("ref")).isEqualTo(once.getBody().get("ref"));
        List<LedgerEntry> ledger = stock.ledger(chamberId);
        assertThat(ledger.stream().filter(e -> e.ref().equals(once.getBody().get("ref").asText()))).hasSize(1);
        assertThat(stock.lots(chamberId).stream().filter(l -> l.lotRef().equals(lot.lotRef())).findFirst()
                .orElseThrow().grams()).isEqualTo(Weights.grams(counted));
        long ledgerSum = ledger.stream().mapToLong(FieldRolesApiIT::signed).sum();
        long balance = stock.lots(chamberId).stream().mapToLong(StockLot::grams).sum();
        assertThat(balance).as("chamber balance = ledger sum").isEqualTo(ledgerSum);

        ResponseEntity<JsonNode> equal = post("keeper-01", "/api/v1/stock/counts", body, "count-" + UUID.randomUUID());
        assertThat(equal.getStatusCode()).as("counted = booked: no entry").isEqualTo(HttpStatus.OK);
        assertThat(stock.ledger(chamberId)).hasSize(ledger.size());

        assertThat(post("keeper-02", "/api/v1/stock/counts", body, "k3").getStatusCode())
                .as("another keeper's store").isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(get("keeper-02", "/api/v1/cold-stores/" + store.id()).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(get("keeper-02", "/api/v1/stock/chambers/" + chamberId + "/lots").getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(theirs).doesNotContain(store.id());
        JsonNode own = get("keeper-01", "/api/v1/keeper/stores").getBody();
        assertThat(own.findValuesAsText("id")).contains(store.id());
        assertThat(get("keeper-01", "/api/v1/driver/route").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    }

    private int visits(String as, String household) {
        return get(as, "/api/v1/technician/households/" + household + "/visits").getBody().size();
    }

    private ResponseEntity<JsonNode> upload(String as, String stopId, byte[] bytes, String name, String key) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.MULTIPART_FORM_DATA);
        if (key != null) {
            headers.set("Idempotency-Key", key);
        }
        LinkedMultiValueMap<String, Object> form = new LinkedMultiValueMap<>();
        HttpHeaders part = new HttpHeaders();
        part.setContentType(MediaType.IMAGE_JPEG); // what the client claims; the server reads the bytes
        form.add("file", new HttpEntity<>(new ByteArrayResource(bytes) {
            @Override
            public String getFilename() {
                return name;
            }
        }, part));
        return http.withBasicAuth(as, "demo").exchange("/api/v1/stops/" + stopId + "/photos", HttpMethod.POST,
                new HttpEntity<>(form, headers), JsonNode.class);
    }

    private StopView stop(String planId, String stopId) {
        return dispatch.get(planId).vans().stream().flatMap(v -> v.stops().stream()).filter(s -> s.id().equals(stopId))
                .findFirst().orElseThrow();
    }

    private static java.time.Instant instant(String iso) {
        return java.time.Instant.parse(iso);
    }

    /** A JPEG by its first bytes (all the server looks at), padded to {@code size}. */
    static byte[] jpeg(int size) {
        byte[] bytes = new byte[size];
        new java.util.Random(7).nextBytes(bytes);
        bytes[0] = (byte) 0xFF;
        bytes[1] = (byte) 0xD8;
        bytes[2] = (byte) 0xFF;
        return bytes;
    }

    private static long signed(LedgerEntry e) {
        return switch (e.type()) {
            case IN, TRANSFER_IN, COUNT -> e.grams();
            case OUT, LOSS, TRANSFER_OUT -> -e.grams();
            case RESERVE, RELEASE -> 0;
        };
    }
}
