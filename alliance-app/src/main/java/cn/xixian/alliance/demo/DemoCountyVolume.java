package cn.xixian.alliance.demo;

import cn.xixian.alliance.core.harvest.HarvestImport;
import cn.xixian.alliance.core.harvest.HarvestImportService;
import cn.xixian.alliance.core.registry.Household;
import cn.xixian.alliance.core.registry.HouseholdService;
import cn.xixian.alliance.core.web.PageResponse;
import cn.xixian.alliance.core.web.Pages;
import cn.xixian.alliance.ecommerce.orders.IncomingLine;
import cn.xixian.alliance.ecommerce.orders.IncomingOrder;
import cn.xixian.alliance.ecommerce.orders.OrderFormat;
import cn.xixian.alliance.ecommerce.orders.Receiver;
import cn.xixian.alliance.ecommerce.orders.SaleStatus;
import cn.xixian.alliance.ecommerce.orders.SalesEndpoints;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.locks.LockSupport;
import org.apache.camel.ProducerTemplate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * {@code alliance.demo.scale=county}: a season of real size on top of the small demo, and
 * {@code alliance.demo.seasons} past seasons of it. Every document comes through the path that
 * writes it in production: harvest lots through each cooperative's CSV import (the batch job:
 * validation, grading, the lots' unique key), store orders through the store-order intake route
 * (the bookings on red-order contracts and the parcels' transport requests follow from it). Keys
 * ({@code CTY-<season>-…}) make a load cut off half-way and run again skip what it wrote.
 */
@Component
class DemoCountyVolume implements DemoStep {

    private static final Logger log = LoggerFactory.getLogger(DemoCountyVolume.class);
    private static final String[] STORES = {"TAOBAO-01", "JD-01", "P832-01", "WEB-01"};
    private static final String[] SKUS = {"YLX-SP-5KG", "YLX-G1-5KG", "YLX-G2-10KG"};
    private static final Receiver[] RECEIVERS = {
        new Receiver("张伟", "13800000001", "北京市", "北京市", "朝阳区", "建国路88号"),
        new Receiver("王芳", "13900000002", "上海市", "上海市", "浦东新区", "世纪大道100号"),
        new Receiver("李娜", "13700000003", "广东省", "深圳市", "南山区", "科技园南区"),
        new Receiver("刘洋", "13600000004", "山西省", "太原市", "小店区", "长风街8号"),
        new Receiver("陈静", "13500000005", "山西省", "临汾市", "隰县", "龙泉镇新街12号")};
    private static final int ORDER_BATCH = 500;
    private static final Duration IMPORT_POLL = Duration.ofMillis(200);

    private final HarvestImportService imports;
    private final HouseholdService households;
    private final ProducerTemplate producer;

    DemoCountyVolume(HarvestImportService imports, HouseholdService households, ProducerTemplate producer) {
        this.imports = imports;
        this.households = households;
        this.producer = producer;
    }

    @Override
    public String name() {
        return "county-volume";
    }

    @Override
    public int order() {
        return 1000;
    }

    @Override
    public boolean appliesTo(DemoProperties properties) {
        return properties.scale() == DemoProperties.Scale.COUNTY;
    }

    @Override
    public void load(DemoProperties properties) {
        Map<String, List<String>> byCooperative = householdsByCooperative();
        for (int back = properties.seasons(); back >= 0; back--) {
            int season = DemoRedOrders.SEASON - back;
            long start = System.nanoTime();
            long lots = harvest(season, byCooperative, properties);
            long lotMillis = (System.nanoTime() - start) / 1_000_000;
            start = System.nanoTime();
            int orders = storeOrders(season, properties);
            log.info("Demo county season {}: {} harvest lots in {} ms, {} store orders in {} ms", season, lots, lotMillis,
                    orders, (System.nanoTime() - start) / 1_000_000);
        }
    }

    private Map<String, List<String>> householdsByCooperative() {
        Map<String, List<String>> byCooperative = new LinkedHashMap<>();
        for (int page = 0; ; page++) {
            PageResponse<Household> batch = households.search(new HouseholdService.Filter(null, null, null, null, null),
                    Pages.of(page, 500, "code", "_id"));
            for (Household h : batch.items()) {
                if (h.cooperativeId() != null) {
                    byCooperative.computeIfAbsent(h.cooperativeId(), k -> new ArrayList<>()).add(h.id());
                }
            }
            if ((long) (page + 1) * 500 >= batch.total()) {
                return byCooperative;
            }
        }
    }

    /** One CSV import per cooperative, its lots spread over its households and the picking weeks. */
    private long harvest(int season, Map<String, List<String>> byCooperative, DemoProperties properties) {
        Random random = new Random(properties.seed() + season);
        int perCooperative = Math.max(1, properties.countyHarvestLots() / Math.max(1, byCooperative.size()));
        LocalDate firstPick = LocalDate.of(season, 8, 25);
        List<String> started = new ArrayList<>();
        for (Map.Entry<String, List<String>> cooperative : byCooperative.entrySet()) {
            StringBuilder csv = new StringBuilder("externalRef,householdId,pickDate,weightKg,grade,avgFruitWeightG,brix\n");
            List<String> members = cooperative.getValue();
            for (int i = 0; i < perCooperative; i++) {
                csv.append("CTY-").append(season).append('-').append(i).append(',')
                        .append(members.get(random.nextInt(members.size()))).append(',')
                        .append(firstPick.plusDays(random.nextInt(45))).append(',')
                        .append(BigDecimal.valueOf(500 + random.nextInt(3000), 1)).append(",,")
                        .append(BigDecimal.valueOf(1800 + random.nextInt(1600), 1)).append(',')
                        .append(BigDecimal.valueOf(105 + random.nextInt(40), 1)).append('\n');
            }
            byte[] bytes = csv.toString().getBytes(StandardCharsets.UTF_8);
            started.add(imports.start(cooperative.getKey(), "county-" + season + ".csv", new ByteArrayInputStream(bytes)).id());
        }
        long written = 0;
        for (String id : started) {
            HarvestImport done = imports.get(id);
            while (!done.status().equals("COMPLETED") && !done.status().equals("FAILED")) {
                LockSupport.parkNanos(IMPORT_POLL.toNanos());
                done = imports.get(id);
            }
            written += done.written() + done.duplicates();
        }
        return written;
    }

    /** The season's store orders, paid from September to January, in the intake route's batches. */
    private int storeOrders(int season, DemoProperties properties) {
        Random random = new Random(properties.seed() * 31 + season);
        int count = properties.countyStoreOrders();
        Instant first = LocalDate.of(season, 9, 1).atStartOfDay().toInstant(java.time.ZoneOffset.ofHours(8));
        long seasonSeconds = Duration.ofDays(150).toSeconds();
        List<IncomingOrder> batch = new ArrayList<>(ORDER_BATCH);
        for (int i = 0; i < count; i++) {
            int lineCount = 1 + random.nextInt(2);
            List<IncomingLine> lines = new ArrayList<>(lineCount);
            for (int l = 0; l < lineCount; l++) {
                String sku = SKUS[random.nextInt(SKUS.length)];
                lines.add(new IncomingLine(String.valueOf(l + 1), sku, "隰县玉露香梨 " + sku, 1 + random.nextInt(2),
                        new BigDecimal("79.90"), false));
            }
            // busy weeks: the Mid-Autumn gift season and Double Eleven draw most orders
            long at = random.nextInt(3) == 0 ? random.nextLong(seasonSeconds)
                    : (random.nextBoolean() ? Duration.ofDays(20) : Duration.ofDays(70)).toSeconds()
                            + random.nextLong(Duration.ofDays(10).toSeconds());
            Instant paid = first.plusSeconds(at);
            batch.add(new IncomingOrder(STORES[i % STORES.length], "CTY-" + season + "-" + i, OrderFormat.GENERIC,
                    SaleStatus.PAID, "PAID", paid, paid, RECEIVERS[random.nextInt(RECEIVERS.length)], null, lines,
                    "demo", null));
            if (batch.size() == ORDER_BATCH || i == count - 1) {
                producer.requestBody(SalesEndpoints.STORE_ORDERS, batch, List.class);
                batch = new ArrayList<>(ORDER_BATCH);
            }
        }
        return count;
    }
}
