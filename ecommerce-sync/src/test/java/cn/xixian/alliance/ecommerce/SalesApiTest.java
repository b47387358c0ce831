package cn.xixian.alliance.ecommerce;

import static cn.xixian.alliance.ecommerce.SalesFixtures.BEIJING;
import static cn.xixian.alliance.ecommerce.SalesFixtures.line;
import static cn.xixian.alliance.ecommerce.SalesFixtures.order;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.xixian.alliance.ecommerce.orders.IncomingLine;
import cn.xixian.alliance.ecommerce.orders.SaleStatus;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

class SalesApiTest extends SalesTestSupport {

    static final Instant T1 = Instant.parse("2026-11-11T02:03:04Z");

    @Autowired
    MockMvc mvc;

    @Test
    void theCoordinatorMapsSkusAndEveryBadFieldIsNamed() throws Exception {
        String mapping = """
                {"sku": "YLX-G1-3KG", "storeCode": "TAOBAO-01", "grade": "GRADE_1", "fruitCount": 8,
                 "fruitSize": "80-85mm", "boxKg": 3}""";
        mvc.perform(post("/api/v1/sku-mappings").with(httpBasic("coordinator", "pw"))
                        .contentType(MediaType.APPLICATION_JSON).content(mapping))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", startsWith("/api/v1/sku-mappings?")))
                .andExpect(jsonPath("$.id").value("TAOBAO-01|YLX-G1-3KG"))
                .andExpect(jsonPath("$.boxKg").value(3));
        mvc.perform(post("/api/v1/sku-mappings").with(httpBasic("coordinator", "pw"))
                .contentType(MediaType.APPLICATION_JSON).content(mapping)).andExpect(status().isConflict());
        mvc.perform(post("/api/v1/sku-mappings").with(httpBasic("coordinator", "pw"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"sku": "", "fruitCount": 0, "fruitSize": "big", "boxKg": -1}"""))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field",
                        containsInAnyOrder("sku", "grade", "fruitCount", "fruitSize", "boxKg")));
        mvc.perform(post("/api/v1/sku-mappings").with(httpBasic("store", "pw"))
                .contentType(MediaType.APPLICATION_JSON).content(mapping)).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/sku-mappings").param("storeCode", "TAOBAO-01").with(httpBasic("store", "pw")))
                .andExpect(jsonPath("$.total").value(4));
    }

    @Test
    void aStoreOrderShowsItsLinesAndBookingsToCoordinatorAndStoreButNotToACooperative() throws Exception {
        send(order("A1", SaleStatus.PAID, T1, BEIJING, line("1", "YLX-G1-5KG", 2),
                new IncomingLine("2", "YLX-G2-10KG", "二级果", 11, null, false)));
        mvc.perform(get("/api/v1/store-orders/P832-01/A1").with(httpBasic("store", "pw")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.storeCode").value("P832-01"))
                .andExpect(jsonPath("$.orderId").value("A1"))
                .andExpect(jsonPath("$.status").value("UNBOOKED"))
                .andExpect(jsonPath("$.modified").value("2026-11-11T02:03:04Z"))
                .andExpect(jsonPath("$.lines[0].sku").value("YLX-G1-5KG"))
                .andExpect(jsonPath("$.lines[0].quantity").value(2))
                .andExpect(jsonPath("$.lines[0].weightKg").value(10))
                .andExpect(jsonPath("$.lines[0].bookedKg").value(10))
                .andExpect(jsonPath("$.lines[1].weightKg").value(110))
                .andExpect(jsonPath("$.lines[1].bookedKg").value(100))
                .andExpect(jsonPath("$.lines[1].unbookedKg").value(10))
                .andExpect(jsonPath("$.bookings[*].redOrderId", containsInAnyOrder(fixtures.poorContract.id(),
                        fixtures.otherContract.id())))
                .andExpect(jsonPath("$.bookings[*].householdId", hasItems(fixtures.poor.id())))
                .andExpect(jsonPath("$.bookings[*].weightKg", containsInAnyOrder(10, 100)));
        mvc.perform(get("/api/v1/store-orders").param("storeCode", "P832-01").with(httpBasic("coordinator", "pw")))
                .andExpect(jsonPath("$.total").value(1)).andExpect(jsonPath("$.items[0].orderId").value("A1"));
        mvc.perform(get("/api/v1/store-orders/unbooked").with(httpBasic("coordinator", "pw")))
                .andExpect(jsonPath("$.items[0].unbookedKg").value(10));
        mvc.perform(get("/api/v1/store-orders/P832-01/A1").with(httpBasic("coop-a", "pw")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/store-orders/P832-01/NOPE").with(httpBasic("store", "pw")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/dead-letters").with(httpBasic("coop-a", "pw"))).andExpect(status().isForbidden());
    }

    @Test
    void aStoreOrderIsTracedBackToTheContractsAndHouseholdsItIsBookedOn() throws Exception {
        send(order("T1", SaleStatus.PAID, T1, BEIJING, line("1", "YLX-G1-5KG", 2)));
        mvc.perform(get("/api/v1/lots/P832-01:T1/trace").with(httpBasic("coordinator", "pw")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.lotType").value("STORE_ORDER"))
                .andExpect(jsonPath("$.nodes[*].key", hasItems("STORE_ORDER:P832-01/T1",
                        "RED_ORDER:" + fixtures.poorContract.id(), "HOUSEHOLD:" + fixtures.poor.id())))
                .andExpect(jsonPath("$.edges[?(@.kind == 'BOOKED')].weightKg").value(10));
    }
}
