package cn.xixian.alliance.ecommerce;

import static cn.xixian.alliance.ecommerce.SalesFixtures.BEIJING;
import static cn.xixian.alliance.ecommerce.SalesFixtures.line;
import static cn.xixian.alliance.ecommerce.SalesFixtures.order;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.xixian.alliance.ecommerce.orders.IncomingLine;
import cn.xixian.alliance.ecommerce.orders.SaleStatus;
import java.math.BigDecimal;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** The season's paid store orders in yuan and booked kg; unpaid, cancelled lines and other seasons left out. */
class SeasonSalesApiTest extends SalesTestSupport {

    static final Instant T1 = Instant.parse("2026-11-11T02:03:04Z");

    @Autowired
    MockMvc mvc;

    @Test
    void sumsPaidOrdersOfTheSeason() throws Exception {
        send(order("P1", SaleStatus.PAID, T1, BEIJING, line("1", "YLX-G1-5KG", 2),
                        new IncomingLine("2", "YLX-SP-5KG", "特级果", 3, new BigDecimal("99.00"), true)),
                order("P2", SaleStatus.SHIPPED, T1, BEIJING, line("1", "YLX-SP-5KG", 1)),
                order("U1", SaleStatus.PLACED, T1, BEIJING, line("1", "YLX-G1-5KG", 1)),
                order("C1", SaleStatus.CANCELLED, T1, BEIJING, line("1", "YLX-G1-5KG", 1)));

        mvc.perform(get("/api/v1/store-orders/sales").param("season", "2026").with(httpBasic("coordinator", "pw")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.paidOrders").value(2))
                .andExpect(jsonPath("$.paid").value("239.70")) // 2 × 79.90 + 79.90; the cancelled line not
                .andExpect(jsonPath("$.bookedKg").value(15));
        mvc.perform(get("/api/v1/store-orders/sales").param("season", "2025").with(httpBasic("coordinator", "pw")))
                .andExpect(jsonPath("$.paidOrders").value(0)).andExpect(jsonPath("$.paid").value("0.00"));
        mvc.perform(get("/api/v1/store-orders/sales").param("season", "2026").with(httpBasic("coop-a", "pw")))
                .andExpect(status().isForbidden());
    }
}
