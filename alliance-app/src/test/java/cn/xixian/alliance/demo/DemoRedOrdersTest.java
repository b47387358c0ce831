package cn.xixian.alliance.demo;

import static org.assertj.core.api.Assertions.assertThat;

import cn.xixian.alliance.core.grading.Grade;
import cn.xixian.alliance.core.redorder.Booking;
import cn.xixian.alliance.core.redorder.RedOrderBookings;
import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.test.context.ActiveProfiles;

/** The demo season of red orders: same context as AllianceApplicationTest (cached), so it costs no extra start. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "alliance.demo.enabled=true")
@ActiveProfiles("test")
class DemoRedOrdersTest {

    @Autowired
    MongoTemplate mongo;
    @Autowired
    RedOrderBookings bookings;
    @Autowired
    TestRestTemplate http;

    @Test
    void everyPovertyRegisteredHouseholdHoldsAnActiveContractTheSalesChannelsCanBookAgainst() {
        var orders = mongo.getCollection("red_orders");
        long poor = mongo.getCollection("households").countDocuments(new Document("povertyRegistered", true));
        Document active2026 = new Document("season", 2026).append("status", "ACTIVE");
        assertThat(orders.countDocuments(new Document(active2026).append("povertyRegistered", true))).isEqualTo(poor);
        assertThat(orders.countDocuments(new Document(active2026).append("povertyRegistered", false))).isPositive();
        assertThat(orders.countDocuments(new Document("advances.0", new Document("$exists", true)))).isPositive();

        Booking booked = bookings.book("DEMO-TEST-1", Grade.GRADE_1, new BigDecimal("1500"), 2026);
        assertThat(booked.unbookedKg()).isEqualByComparingTo("0");
        String first = booked.bookings().get(0).householdId();
        assertThat(mongo.getCollection("households").find(new Document("_id", new org.bson.types.ObjectId(first))
                .append("povertyRegistered", true)).first()).as("booked against a poverty-registered household").isNotNull();
        assertThat(bookings.release("DEMO-TEST-1").released()).isTrue();

        JsonNode page = http.withBasicAuth("coop-001", "demo").getForObject("/api/v1/red-orders?size=5", JsonNode.class);
        assertThat(page.get("total").asLong()).isPositive();
        assertThat(page.get("items").get(0).get("lines").get(0).get("floorPricePerKg") == null
                || page.get("items").get(0).get("lines").get(0).get("floorPricePerKg").isTextual()).isTrue();
    }
}
