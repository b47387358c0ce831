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
class DemoRedOrdersIT {

    @Autowired
    MongoTemplate mongo;
    @Autowired
    RedOrderBookings bookings;
    @Autowired
    TestRestTemplate http;
    @Autowired
    DemoRedOrders demoRedOrders;
    @Autowired
    DemoProperties demoProperties;
    @Autowired
    DemoDeliveries demoDeliveries;

    @Test
    void theSeasonsPurchaseIsUnderWayOnceAndTracesBackToGradedLots() {
        var orders = mongo.getCollection("red_orders");
        Document active2026 = new Document("season", 2026).append("status", "ACTIVE");
        long contracts = orders.countDocuments(active2026);
        Document delivered = new Document(active2026).append("deliveries.0", new Document("$exists", true));
        long withDeliveries = orders.countDocuments(delivered);
        assertThat(withDeliveries).as("about two thirds delivered").isBetween(contracts / 2, contracts * 4 / 5);
        assertThat(orders.countDocuments(new Document("deliveries.harvestLotId", new Document("$ne", null))))
                .as("the demo grading runs' lots were delivered on their households' contracts").isPositive();
        java.util.List<Object> ids = orders.find(delivered).map(d -> d.get("_id")).into(new java.util.ArrayList<>());
        java.util.function.LongSupplier deliveriesOfThose = () -> orders.aggregate(java.util.List.of(
                new Document("$match", new Document("_id", new Document("$in", ids))),
                new Document("$group", new Document("_id", null).append("n",
                        new Document("$sum", new Document("$size", "$deliveries")))))).first().get("n", Number.class).longValue();
        long before = deliveriesOfThose.getAsLong();

        demoDeliveries.load(demoProperties); // as a restart does after a load that was cut off

        assertThat(deliveriesOfThose.getAsLong()).as("nothing delivered twice").isEqualTo(before);
    }

    @Test
    void loadingTheSeasonAgainAfterACutOffSignsNoHouseholdTwiceAndPaysNoAdvanceTwice() {
        var orders = mongo.getCollection("red_orders");
        Document season = new Document("season", 2026);
        long contracts = orders.countDocuments(season);
        long withFertiliser = orders.countDocuments(new Document("advances.ref", "DEMO-fertiliser"));
        long withBags = orders.countDocuments(new Document("advances.ref", "DEMO-bags"));
        long advances = orders.aggregate(java.util.List.of(new Document("$match", season),
                new Document("$project", new Document("n", new Document("$size", "$advances"))),
                new Document("$group", new Document("_id", null).append("n", new Document("$sum", "$n")))))
                .first().get("n", Number.class).longValue();

        demoRedOrders.load(demoProperties); // as a restart does after a load that was cut off

        assertThat(orders.countDocuments(season)).isEqualTo(contracts);
        assertThat(withFertiliser + withBags).isPositive();
        assertThat(orders.aggregate(java.util.List.of(new Document("$match", season),
                new Document("$project", new Document("n", new Document("$size", "$advances"))),
                new Document("$group", new Document("_id", null).append("n", new Document("$sum", "$n")))))
                .first().get("n", Number.class).longValue()).isEqualTo(advances);
    }

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
        JsonNode paths = http.getForObject("/v3/api-docs", JsonNode.class).get("paths");
        for (String path : new String[] {"/api/v1/red-orders", "/api/v1/red-orders/{id}/settle",
                "/api/v1/red-orders/{id}/statement", "/api/v1/households/{householdId}/statements",
                "/api/v1/market-prices/{season}", "/api/v1/red-orders/season-reports/{season}",
                "/api/v1/jobs/{jobName}", "/api/v1/jobs/{jobName}/executions/{id}"}) {
            assertThat(paths.has(path)).as(path).isTrue();
        }
    }
}
