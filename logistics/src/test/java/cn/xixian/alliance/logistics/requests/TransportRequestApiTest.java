package cn.xixian.alliance.logistics.requests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.xixian.alliance.core.transport.NewTransportRequest;
import cn.xixian.alliance.core.transport.Place;
import cn.xixian.alliance.core.transport.TimeWindow;
import cn.xixian.alliance.core.transport.TransportKind;
import cn.xixian.alliance.core.transport.TransportRequest;
import cn.xixian.alliance.core.transport.TransportRequestPort;
import cn.xixian.alliance.core.transport.TransportRequestService;
import cn.xixian.alliance.core.transport.TransportStatus;
import cn.xixian.alliance.logistics.LogisticsFixtures;
import cn.xixian.alliance.logistics.fleet.DriverRequest;
import cn.xixian.alliance.logistics.fleet.FleetService;
import cn.xixian.alliance.logistics.fleet.Van;
import cn.xixian.alliance.logistics.fleet.VanRequest;
import com.jayway.jsonpath.JsonPath;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * A cold van of 2 t and a dry van of 5 t at the county depot, one driver 07:00-17:00 for both. The village is
 * about half an hour's drive from the depot, the cold store a few minutes.
 */
@SpringBootTest
@AutoConfigureMockMvc
class TransportRequestApiTest {

    static final Place VILLAGE = new Place(null, "梨园村", 36.75, 110.80);
    static final Place COLD_STORE = new Place(null, "隰县冷库一号", 36.72, 110.95);

    @Autowired
    MockMvc mvc;
    @Autowired
    LogisticsFixtures fixtures;
    @Autowired
    FleetService fleet;
    @Autowired
    TransportRequestPort port;
    @Autowired
    TransportRequestService requests;

    Van cold;

    @BeforeEach
    void setUp() {
        fixtures.reset();
        cold = fleet.createVan(new VanRequest("党员先锋号-01", "晋L·A0001", new BigDecimal("2000"), true, null, null));
        Van dry = fleet.createVan(new VanRequest("党员先锋号-02", "晋L·A0002", new BigDecimal("5000"), false, null, null));
        fleet.createDriver(new DriverRequest("DRV-01", "王建国", "13512345678", "B2", LocalTime.of(7, 0),
                LocalTime.of(17, 0), null, List.of(cold.id(), dry.id()), true));
    }

    /** A body with county-time windows on 2026-09-10 ("HH:mm" each). */
    static String body(String ref, String weight, Boolean refrigerated, String pickFrom, String pickTo,
            String dropFrom, String dropTo, int dropServiceMinutes) {
        return """
                {"sourceRef": %s, "kind": "HARVEST_PICKUP", "weightKg": %s, "refrigerated": %s,
                 "from": {"name": "梨园村", "lat": 36.75, "lon": 110.80},
                 "to": {"name": "隰县冷库一号", "lat": 36.72, "lon": 110.95},
                 "pickupWindow": {"start": "%s", "end": "%s"}, "deliveryWindow": {"start": "%s", "end": "%s"},
                 "pickupServiceMinutes": 20, "deliveryServiceMinutes": %d, "urgent": true}"""
                .formatted(ref == null ? "null" : "\"" + ref + "\"", weight, refrigerated, at(pickFrom), at(pickTo),
                        at(dropFrom), at(dropTo), dropServiceMinutes);
    }

    static String at(String hhmm) {
        return OffsetDateTime.parse("2026-09-10T" + hhmm + ":00+08:00").toInstant().toString();
    }

    private ResultActions post(String user, String json) throws Exception {
        return mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                .post("/api/v1/transport-requests").with(httpBasic(user, "pw"))
                .contentType(MediaType.APPLICATION_JSON).content(json));
    }

    @Test
    void aDispatcherAddsAnUrgentRequestAndARetryReturnsIt() throws Exception {
        String json = body("call-0910-1", "1500", null, "09:00", "11:00", "09:00", "14:00", 15);
        String created = post("dispatcher", json)
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", startsWith("/api/v1/transport-requests/")))
                .andExpect(jsonPath("$.source").value("DISPATCH"))
                .andExpect(jsonPath("$.refrigerated").value(true))
                .andExpect(jsonPath("$.status").value("NEW"))
                .andExpect(jsonPath("$.problems").isEmpty())
                .andReturn().getResponse().getContentAsString();
        String id = JsonPath.read(created, "$.id");
        post("coordinator", json).andExpect(status().isOk()).andExpect(jsonPath("$.id").value(id));
        mvc.perform(get("/api/v1/transport-requests/" + id).with(httpBasic("coordinator", "pw")))
                .andExpect(jsonPath("$.weightKg").value(1500)).andExpect(jsonPath("$.urgent").value(true));
        mvc.perform(get("/api/v1/transport-requests").param("status", "NEW").param("source", "DISPATCH")
                        .with(httpBasic("dispatcher", "pw")))
                .andExpect(jsonPath("$.total").value(1)).andExpect(jsonPath("$.items[0].id").value(id));
        assertThat(requests.all(TransportStatus.NEW)).hasSize(1);
    }

    @Test
    void aLoadAboveEveryVansCapacityIsRefusedOnItsWeight() throws Exception {
        post("dispatcher", body("heavy", "5200", false, "09:00", "11:00", "09:00", "14:00", 15))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("weightKg"))
                .andExpect(jsonPath("$.errors[0].message").value(containsString("5000 kg")));
        assertThat(requests.all(TransportStatus.NEW)).isEmpty();
    }

    @Test
    void aColdLoadBiggerThanEveryColdVanIsRefused() throws Exception {
        post("dispatcher", body("cold", "3000", true, "09:00", "11:00", "09:00", "14:00", 15))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("refrigerated"));
        post("dispatcher", body("dry", "3000", false, "09:00", "11:00", "09:00", "14:00", 15))
                .andExpect(status().isCreated());
    }

    @Test
    void windowsNoVanCanMeetAreRefusedNamingTheWindow() throws Exception {
        // the van leaves at 07:00 and needs about half an hour to the village
        post("dispatcher", body("too-early", "500", null, "06:30", "07:10", "07:30", "12:00", 15))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("pickupWindow"));
        // picked up at 09:00 for 20 minutes: the cold store cannot be reached by 09:10
        post("dispatcher", body("too-tight", "500", null, "09:00", "10:00", "09:00", "09:10", 15))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("deliveryWindow"));
        // delivered from 16:40 with an hour of unloading: back after the 17:00 end of the only shift
        post("dispatcher", body("too-late", "500", null, "16:00", "16:30", "16:40", "16:50", 60))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("deliveryWindow"))
                .andExpect(jsonPath("$.errors[0].message").value(containsString("shift")));
        post("dispatcher", body("in-time", "500", null, "15:30", "16:00", "15:40", "16:50", 10))
                .andExpect(status().isCreated());
    }

    @Test
    void aPickupWithoutItsDeliveryIsRefused() throws Exception {
        post("dispatcher", """
                {"kind": "HARVEST_PICKUP", "weightKg": 800, "from": {"name": "梨园村", "lat": 36.75, "lon": 110.80},
                 "pickupWindow": {"start": "%s", "end": "%s"}}""".formatted(at("09:00"), at("10:00")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(containsInAnyOrder("to", "deliveryWindow")));
    }

    @Test
    void cooperativeUsersMayNotAddRequests() throws Exception {
        post("coop", body("coop", "500", null, "09:00", "11:00", "09:00", "14:00", 15))
                .andExpect(status().isForbidden());
        assertThat(requests.all(TransportStatus.NEW)).isEmpty();
    }

    @Test
    void anotherGroupsUnservableRequestIsListedWithItsProblemUntilTheFleetCanServeIt() throws Exception {
        TimeWindow pickup = new TimeWindow(java.time.Instant.parse(at("09:00")), java.time.Instant.parse(at("11:00")));
        TimeWindow delivery = new TimeWindow(pickup.start(), java.time.Instant.parse(at("15:00")));
        TransportRequest big = port.submit(new NewTransportRequest("STORAGE", "plan-7/lot-1",
                TransportKind.HARVEST_PICKUP, VILLAGE, COLD_STORE, new BigDecimal("1800"), null, pickup, delivery, 20,
                20, null, null));
        port.submit(new NewTransportRequest("STORAGE", "plan-7/lot-2", TransportKind.INPUT_DELIVERY, VILLAGE,
                COLD_STORE, new BigDecimal("900"), null, pickup, delivery, 20, 20, null, null));
        mvc.perform(get("/api/v1/transport-requests/unservable").with(httpBasic("dispatcher", "pw")))
                .andExpect(jsonPath("$.total").value(0));

        fleet.markBrokenDown(cold.id());

        mvc.perform(get("/api/v1/transport-requests/unservable").with(httpBasic("dispatcher", "pw")))
                .andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.items[0].id").value(big.id()))
                .andExpect(jsonPath("$.items[0].problems[0].field").value("refrigerated"));
        mvc.perform(get("/api/v1/transport-requests").param("source", "STORAGE").with(httpBasic("dispatcher", "pw")))
                .andExpect(jsonPath("$.total").value(2))
                .andExpect(jsonPath("$.items[?(@.sourceRef == 'plan-7/lot-2')].problems[0]").isEmpty());

        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/api/v1/transport-requests/" + big.id() + "/cancel").with(httpBasic("dispatcher", "pw")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("CANCELLED"))
                .andExpect(jsonPath("$.problems").doesNotExist());
        mvc.perform(get("/api/v1/transport-requests/unservable").with(httpBasic("dispatcher", "pw")))
                .andExpect(jsonPath("$.total").value(0));
    }
}
