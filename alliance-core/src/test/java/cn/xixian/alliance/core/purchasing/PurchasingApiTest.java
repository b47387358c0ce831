package cn.xixian.alliance.core.purchasing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.xixian.alliance.core.TestFixtures;
import cn.xixian.alliance.core.registry.Household;
import cn.xixian.alliance.core.registry.HouseholdRequest;
import cn.xixian.alliance.core.registry.HouseholdService;
import cn.xixian.alliance.core.registry.Member;
import cn.xixian.alliance.core.registry.MemberKind;
import cn.xixian.alliance.core.registry.MemberRequest;
import cn.xixian.alliance.core.registry.MemberService;
import cn.xixian.alliance.core.transport.TransportKind;
import cn.xixian.alliance.core.transport.TransportRequest;
import cn.xixian.alliance.core.transport.TransportRequestService;
import cn.xixian.alliance.core.transport.TransportStatus;
import com.jayway.jsonpath.JsonPath;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

@SpringBootTest
@AutoConfigureMockMvc
class PurchasingApiTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestFixtures fixtures;
    @Autowired
    MemberService members;
    @Autowired
    HouseholdService households;
    @Autowired
    InputNeedService needs;
    @Autowired
    PurchaseOrderService orders;
    @Autowired
    SupplierService suppliers;
    @Autowired
    TransportRequestService transport;

    Member village2;
    Household householdC;
    Supplier supplier;

    @BeforeEach
    void setUp() {
        fixtures.reset();
        village2 = members.create(new MemberRequest("VIL-02", "黄土村", MemberKind.VILLAGE, 36.62, 110.99, null, null, null));
        householdC = households.create(new HouseholdRequest("HH-0003", "王五", village2.id(), fixtures.coopA.id(), 4.0,
                false, false, null, null, null));
        supplier = suppliers.create(new Supplier(null, "SUP-01", "隰县农资公司", 36.69, 110.94, null));
    }

    private ResultActions send(MockHttpServletRequestBuilder request, String user, String json) throws Exception {
        return mvc.perform(request.with(httpBasic(user, "pw")).contentType(MediaType.APPLICATION_JSON).content(json));
    }

    private static String need(String household, String item, String qty, String unit) {
        return """
                {"householdId": "%s", "season": 2027, "item": "%s", "quantity": %s, "unit": "%s", "wantedBy": "2027-03-01"}"""
                .formatted(household, item, qty, unit);
    }

    private static final String ORDER = """
            {"season": 2027, "supplierId": "SUP-01", "lines": [
              {"item": "复合肥", "unit": "袋", "unitWeightKg": 40, "groupPricePerUnit": "138.50", "retailPricePerUnit": "165.00"},
              {"item": "农药", "unit": "瓶", "unitWeightKg": 0.5, "groupPricePerUnit": "27.35", "retailPricePerUnit": "32.68"}]}""";

    @Test
    void cooperativesRecordNeedsOnlyForTheirOwnHouseholds() throws Exception {
        send(post("/api/v1/purchasing/needs"), "coop-a", need(fixtures.householdA.id(), "复合肥", "3", "袋"))
                .andExpect(status().isCreated()).andExpect(header().exists("Location"))
                .andExpect(jsonPath("$.status").value("OPEN")).andExpect(jsonPath("$.quantity").value(3));
        send(post("/api/v1/purchasing/needs"), "coop-a", need(fixtures.householdB.id(), "复合肥", "3", "袋"))
                .andExpect(status().isForbidden());
        send(post("/api/v1/purchasing/needs"), "coop-a", need(fixtures.householdA.id(), "", "-1", "袋"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(org.hamcrest.Matchers.containsInAnyOrder("item", "quantity")));
        mvc.perform(get("/api/v1/purchasing/needs").with(httpBasic("coop-b", "pw"))).andExpect(jsonPath("$.total").value(0));
        mvc.perform(get("/api/v1/purchasing/needs").param("cooperativeId", fixtures.coopA.id())
                .with(httpBasic("coop-b", "pw"))).andExpect(status().isForbidden());
        send(post("/api/v1/purchasing/orders"), "coop-a", ORDER).andExpect(status().isForbidden());
    }

    @Test
    void oneBulkOrderReportsExactSavingsAndSplitsIntoOneTransportRequestPerVillageEvenWhenSplitTwice() throws Exception {
        send(post("/api/v1/purchasing/needs"), "coop-a", need(fixtures.householdA.id(), "复合肥", "3", "袋"));
        send(post("/api/v1/purchasing/needs"), "coop-a", need(fixtures.householdA.id(), "农药", "2.5", "瓶"));
        send(post("/api/v1/purchasing/needs"), "coop-a", need(householdC.id(), "复合肥", "7", "袋"));
        send(post("/api/v1/purchasing/needs"), "coop-b", need(fixtures.householdB.id(), "套袋", "2000", "个"));

        String body = send(post("/api/v1/purchasing/orders"), "coordinator", ORDER)
                .andExpect(status().isCreated()).andExpect(header().exists("Location"))
                .andExpect(jsonPath("$.status").value("PLACED")).andExpect(jsonPath("$.needCount").value(3))
                .andExpect(jsonPath("$.groupTotal").value("1453.38"))
                .andExpect(jsonPath("$.retailTotal").value("1731.70"))
                .andExpect(jsonPath("$.savingTotal").value("278.32"))
                .andExpect(jsonPath("$.households[?(@.householdId == '%s')].saving".formatted(fixtures.householdA.id()))
                        .value("92.82"))
                .andReturn().getResponse().getContentAsString();
        String orderId = JsonPath.read(body, "$.id");
        mvc.perform(get("/api/v1/purchasing/households/" + fixtures.householdA.id() + "/savings").param("season", "2027")
                .with(httpBasic("coop-a", "pw"))).andExpect(status().isOk())
                .andExpect(jsonPath("$.savingTotal").value("92.82")).andExpect(jsonPath("$.groupTotal").value("483.88"))
                .andExpect(jsonPath("$.orders[0].orderId").value(orderId));
        mvc.perform(get("/api/v1/purchasing/households/" + fixtures.householdA.id() + "/savings")
                .with(httpBasic("coop-b", "pw"))).andExpect(status().isForbidden());
        send(post("/api/v1/purchasing/orders"), "coordinator", ORDER).andExpect(status().isConflict());
        mvc.perform(get("/api/v1/purchasing/needs").param("status", "OPEN").with(httpBasic("coordinator", "pw")))
                .andExpect(jsonPath("$.total").value(1)).andExpect(jsonPath("$.items[0].item").value("套袋"));

        for (int i = 0; i < 2; i++) {
            send(post("/api/v1/purchasing/orders/" + orderId + "/deliveries"), "coordinator", "{}")
                    .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("DELIVERY_REQUESTED"));
        }
        List<TransportRequest> requests = transport.search(List.of(TransportStatus.NEW), DeliverySplitter.SOURCE,
                PageRequest.of(0, 50)).items();
        assertThat(requests).hasSize(2).allMatch(r -> r.kind() == TransportKind.INPUT_DELIVERY && !r.refrigerated());
        assertThat(requests).extracting(TransportRequest::sourceRef).containsExactlyInAnyOrder(
                orderId + "/" + fixtures.village.id(), orderId + "/" + village2.id());
        TransportRequest toVillage1 = requests.stream().filter(r -> r.to().memberId().equals(fixtures.village.id()))
                .findFirst().orElseThrow();
        assertThat(toVillage1.weightKg()).isEqualByComparingTo("121.25");
        assertThat(toVillage1.from().lat()).isEqualTo(36.69);
        assertThat(orders.get(orderId).villages()).allMatch(v -> v.transportRequestId() != null);
    }

    @Test
    void aggregationsRunningAtOnceTakeEveryNeedExactlyOnce() throws Exception {
        int count = 40;
        for (int i = 0; i < count; i++) {
            Household h = i % 2 == 0 ? fixtures.householdA : householdC;
            needs.record(new InputNeedRequest(h.id(), 2027, "复合肥", new BigDecimal(1 + i % 5), "袋",
                    LocalDate.of(2027, 3, 1), null));
        }
        PurchaseOrderRequest request = new PurchaseOrderRequest(2027, supplier.id(), List.of(new PurchaseOrderRequest.Line(
                "复合肥", "袋", new BigDecimal("40"), new BigDecimal("138.50"), new BigDecimal("165.00"))), null);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<PurchaseOrder>> results = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            results.add(pool.submit(() -> {
                start.await();
                try {
                    return orders.aggregate(request);
                } catch (cn.xixian.alliance.core.web.ConflictException nothingLeft) {
                    return null;
                }
            }));
        }
        start.countDown();
        Set<String> taken = new HashSet<>();
        int total = 0;
        for (Future<PurchaseOrder> f : results) {
            PurchaseOrder order = f.get();
            if (order != null) {
                total += order.needCount();
                order.households().forEach(h -> taken.addAll(h.needIds()));
            }
        }
        pool.shutdown();
        assertThat(total).isEqualTo(count);
        assertThat(taken).hasSize(count);
        assertThat(orders.search(2027, PurchaseOrderStatus.DRAFT, PageRequest.of(0, 10)).total()).isZero();
        assertThat(needs.search(new InputNeedService.Filter(2027, null, null, null, NeedStatus.OPEN, null),
                PageRequest.of(0, 10)).total()).isZero();
    }

    @Autowired
    org.springframework.data.mongodb.core.MongoTemplate mongo;

    @Test
    void aDraftLeftByACrashKeepsItsNeedsAndIsFinishedByTheNextAggregation() {
        InputNeed held = needs.record(new InputNeedRequest(fixtures.householdA.id(), 2027, "复合肥", new BigDecimal("3"),
                "袋", LocalDate.of(2027, 3, 1), null));
        InputNeed open = needs.record(new InputNeedRequest(householdC.id(), 2027, "复合肥", new BigDecimal("2"),
                "袋", LocalDate.of(2027, 3, 1), null));
        List<PurchaseOrderRequest.Line> lines = List.of(new PurchaseOrderRequest.Line("复合肥", "袋", new BigDecimal("40"),
                new BigDecimal("138.50"), new BigDecimal("165.00")));
        // What a crash after taking the first need leaves: a DRAFT holding it.
        mongo.insert(new PurchaseOrder("crashed", 2027, supplier.id(), supplier.name(), PurchaseOrderStatus.DRAFT, lines,
                List.of(), List.of(), List.of(), 0, null, null, null, null,
                java.time.Instant.now().minus(java.time.Duration.ofHours(1)), "coordinator"), PurchaseOrderService.COLLECTION);
        mongo.updateFirst(org.springframework.data.mongodb.core.query.Query.query(
                        org.springframework.data.mongodb.core.query.Criteria.where("_id").is(held.id())),
                org.springframework.data.mongodb.core.query.Update.update("status", NeedStatus.ORDERED)
                        .set("orderId", "crashed"), InputNeedService.COLLECTION);

        PurchaseOrder next = orders.aggregate(new PurchaseOrderRequest(2027, supplier.id(), lines, null));

        PurchaseOrder finished = orders.get("crashed");
        assertThat(finished.status()).isEqualTo(PurchaseOrderStatus.PLACED);
        assertThat(finished.households()).flatExtracting(PurchaseOrder.HouseholdShare::needIds).containsExactly(held.id());
        assertThat(finished.savingTotal()).isEqualTo(new BigDecimal("79.50"));
        assertThat(next.households()).flatExtracting(PurchaseOrder.HouseholdShare::needIds).containsExactly(open.id());
    }
}
