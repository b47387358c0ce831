package cn.xixian.alliance.demo;

import static org.assertj.core.api.Assertions.assertThat;

import cn.xixian.alliance.core.purchasing.InputNeed;
import cn.xixian.alliance.core.purchasing.InputNeedService;
import cn.xixian.alliance.core.purchasing.PurchaseOrder;
import cn.xixian.alliance.core.purchasing.PurchaseOrderService;
import cn.xixian.alliance.core.technical.FieldVisit;
import cn.xixian.alliance.core.technical.TechnicalService;
import cn.xixian.alliance.core.technical.Training;
import java.time.LocalDate;
import java.util.List;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.test.context.ActiveProfiles;

/**
 * A demo load of the groups cut off part-way finishes on the next start. Same context as the other demo tests
 * (cached); each test puts the county back exactly as a full load leaves it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "alliance.demo.enabled=true")
@ActiveProfiles("test")
class DemoGroupsCutOffIT {

    @Autowired
    MongoTemplate mongo;
    @Autowired
    DemoProperties properties;
    @Autowired
    DemoTechnical technical;
    @Autowired
    DemoPurchasing purchasing;

    private long guidanceEntries() {
        return mongo.getCollection("red_orders").aggregate(List.of(new Document("$unwind", "$history"),
                new Document("$match", new Document("history.event", "GUIDANCE_VISIT")),
                new Document("$count", "n"))).into(new java.util.ArrayList<>()).stream()
                .mapToLong(d -> ((Number) d.get("n")).longValue()).sum();
    }

    @Test
    void technicalCutOffAfterSomeTrainingsAndVisitsFinishesWithoutRepeatingContractEntries() {
        long entries = guidanceEntries();
        assertThat(entries).isPositive();
        Query late = Query.query(Criteria.where("date").gte(LocalDate.of(2026, 6, 1)));
        mongo.remove(late, Training.class, TechnicalService.TRAININGS);
        mongo.remove(late, FieldVisit.class, TechnicalService.VISITS); // their contract entries stay: the crash case
        assertThat(mongo.count(new Query(), TechnicalService.TRAININGS)).isLessThan(200);
        assertThat(mongo.count(new Query(), TechnicalService.VISITS)).isLessThan(800);

        technical.load(properties);

        assertThat(mongo.count(new Query(), TechnicalService.TRAININGS)).isEqualTo(200);
        assertThat(mongo.count(new Query(), TechnicalService.VISITS)).isEqualTo(800);
        assertThat(guidanceEntries()).isEqualTo(entries);
    }

    @Test
    void purchasingCutOffBeforeTheDraftPlacesTheOrderOnTheNextStart() {
        // Only the demo season's needs and orders: other tests sharing this context record needs of seasons of their own.
        Criteria demoSeason = Criteria.where("season").is(DemoPurchasing.SEASON);
        PurchaseOrder placed = mongo.findOne(Query.query(demoSeason), PurchaseOrder.class, PurchaseOrderService.COLLECTION);
        long needCount = mongo.count(Query.query(demoSeason), InputNeedService.COLLECTION);
        // Cut off while recording needs, before the draft: no order, some needs missing, the rest still OPEN.
        mongo.remove(Query.query(demoSeason), PurchaseOrderService.COLLECTION);
        mongo.remove(Query.query(Criteria.where("season").is(DemoPurchasing.SEASON)
                        .and("wantedBy").gte(LocalDate.of(DemoPurchasing.SEASON, 3, 10))),
                InputNeed.class, InputNeedService.COLLECTION);
        mongo.updateMulti(Query.query(demoSeason), new Update().set("status", "OPEN").unset("orderId"),
                InputNeedService.COLLECTION);
        assertThat(mongo.count(Query.query(demoSeason), InputNeedService.COLLECTION)).isLessThan(needCount);

        purchasing.load(properties);

        assertThat(mongo.count(Query.query(demoSeason), InputNeedService.COLLECTION)).isEqualTo(needCount);
        List<PurchaseOrder> orders = mongo.find(Query.query(demoSeason), PurchaseOrder.class,
                PurchaseOrderService.COLLECTION);
        assertThat(orders).hasSize(1);
        assertThat(orders.get(0).status().name()).isEqualTo("PLACED");
        assertThat(orders.get(0).needCount()).isEqualTo(placed.needCount());
        assertThat(orders.get(0).savingTotal()).isEqualByComparingTo(placed.savingTotal());
    }
}
