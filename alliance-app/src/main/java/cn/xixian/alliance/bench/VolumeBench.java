package cn.xixian.alliance.bench;

import cn.xixian.alliance.core.bench.BenchArgs;
import cn.xixian.alliance.core.bench.BenchCommand;
import cn.xixian.alliance.core.harvest.HarvestImport;
import cn.xixian.alliance.core.harvest.HarvestImportService;
import cn.xixian.alliance.core.registry.Household;
import cn.xixian.alliance.core.registry.HouseholdService;
import cn.xixian.alliance.core.registry.Member;
import cn.xixian.alliance.core.registry.MemberService;
import cn.xixian.alliance.core.web.Pages;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.IndexOptions;
import java.io.ByteArrayInputStream;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import org.bson.Document;
import org.springframework.core.env.Environment;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/**
 * {@code bench volume}: the pages' reads at county volume. Run on a store holding county seasons
 * (the demo at {@code --alliance.demo.scale=county}, loaded at the start of the run): p50/p95 of
 * every list, count and aggregate the pages call, over HTTP as the roles that call them; then a
 * harvest import while those reads go on at a steady rate, and its rate next to the raw
 * {@code insertMany} rate of the same documents in the same run.
 */
@Component
class VolumeBench implements BenchCommand {

    private static final String PASSWORD = "demo";

    private final Environment environment;
    private final HarvestImportService imports;
    private final MemberService members;
    private final HouseholdService households;
    // A database tool (benchmark): counts raw collections and times a raw insertMany baseline, so no feature store.
    private final MongoTemplate mongo;
    private final ObjectMapper json = new ObjectMapper();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    VolumeBench(Environment environment, HarvestImportService imports, MemberService members, HouseholdService households,
            MongoTemplate mongo) {
        this.environment = environment;
        this.imports = imports;
        this.members = members;
        this.households = households;
        this.mongo = mongo;
    }

    @Override
    public String name() {
        return "volume";
    }

    @Override
    public String usage() {
        return "bench volume [--samples 30] [--rows 100000] [--reads-per-second 4] --alliance.demo.enabled=true "
                + "--alliance.demo.scale=county --alliance.demo.seasons=2";
    }

    @Override
    public boolean needsWebServer() {
        return true;
    }

    record Read(String what, String user, String path, boolean dashboard) {
    }

    @Override
    public int run(BenchArgs args, PrintStream out) throws Exception {
        int samples = Math.toIntExact(args.getLong("samples", 30));
        int rows = Math.toIntExact(args.getLong("rows", 100_000));
        double readsPerSecond = Double.parseDouble(args.get("reads-per-second", "4"));
        String base = "http://127.0.0.1:" + environment.getProperty("local.server.port");
        out.printf("volume benchmark: %,d harvest lots, %,d red orders, %,d store orders, %,d ledger entries in the store; "
                + "load average %.2f on %d cores%n", count("harvest_lots"), count("red_orders"), count("store_orders"),
                count("stock_ledger"), ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                Runtime.getRuntime().availableProcessors());

        List<Read> reads = reads(base);
        out.printf("%-40s %-12s %8s %8s %6s%n", "read (as)", "status", "p50 ms", "p95 ms", "target");
        boolean met = true;
        for (Read read : reads) {
            List<Long> times = new ArrayList<>();
            int status = 0;
            for (int i = 0; i < samples + 3; i++) {
                long t = System.nanoTime();
                status = get(base, read).statusCode();
                if (i >= 3) {
                    times.add((System.nanoTime() - t) / 1_000_000);
                }
            }
            long p95 = percentile(times, 95);
            long target = read.dashboard() ? 500 : 300;
            met &= p95 <= target && status == 200;
            out.printf("%-40s %-12s %8d %8d %6d%n", read.what() + " (" + read.user() + ")", status, percentile(times, 50), p95,
                    target);
        }

        Member cooperative = members.find("COOP-001").orElseThrow();
        List<String> ids = households.search(new HouseholdService.Filter(cooperative.id(), null, null, null, null),
                Pages.of(0, 100, "code", "_id")).items().stream().map(Household::id).toList();
        byte[] csv = csv(rows, ids);
        ScheduledExecutorService readers = Executors.newScheduledThreadPool(2);
        List<Long> during = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger next = new AtomicInteger();
        ConcurrentHashMap<Integer, Integer> failures = new ConcurrentHashMap<>();
        readers.scheduleAtFixedRate(() -> {
            Read read = reads.get(next.getAndIncrement() % reads.size());
            long t = System.nanoTime();
            try {
                int status = get(base, read).statusCode();
                if (status != 200) {
                    failures.merge(status, 1, Integer::sum);
                }
            } catch (Exception e) {
                failures.merge(-1, 1, Integer::sum);
            }
            during.add((System.nanoTime() - t) / 1_000_000);
        }, 0, Math.round(1_000_000 / readsPerSecond), TimeUnit.MICROSECONDS);
        long start = System.nanoTime();
        HarvestImport started = imports.start(cooperative.id(), "bench-volume.csv", new ByteArrayInputStream(csv));
        HarvestImport done = imports.get(started.id());
        while (!done.status().equals("COMPLETED") && !done.status().equals("FAILED")) {
            LockSupport.parkNanos(Duration.ofMillis(500).toNanos());
            done = imports.get(started.id());
        }
        double importSeconds = (System.nanoTime() - start) / 1e9;
        readers.shutdown();
        readers.awaitTermination(30, TimeUnit.SECONDS);
        double importRate = rows / importSeconds;
        out.printf("harvest import under reads: %,d rows in %.2f s = %,.0f rows/s (%s: %,d written); %,d reads meanwhile at "
                + "%.1f/s: p50 %d ms, p95 %d ms%s%n", rows, importSeconds, importRate, done.status(), done.written(),
                during.size(), readsPerSecond, percentile(during, 50), percentile(during, 95),
                failures.isEmpty() ? "" : ", failures " + failures);

        double rawSeconds = rawInsertMany(started.id());
        double rawRate = done.written() / rawSeconds;
        out.printf("raw insertMany of the same documents: %,d docs in %.2f s = %,.0f docs/s%n", done.written(), rawSeconds,
                rawRate);
        out.printf("import under reads / raw = %.0f%% (target: at least 50%%); load average now %.2f%n",
                100 * importRate / rawRate, ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        return met && "COMPLETED".equals(done.status()) ? 0 : 1;
    }

    /** The pages' reads, with ids found through the API as the pages find them. */
    private List<Read> reads(String base) throws Exception {
        String chamber = "-";
        JsonNode stores = json.readTree(get(base, new Read("", "coordinator", "/api/v1/cold-stores?size=1", false)).body());
        JsonNode first = stores.path("items").path(0).path("chambers").path(0);
        if (!first.isMissingNode()) {
            chamber = first.path("id").asText();
        }
        String lot = json.readTree(get(base, new Read("", "coop-001", "/api/v1/harvest-lots?size=1", false)).body())
                .path("items").path(0).path("id").asText("-");
        return List.of(
                new Read("dashboard: registry counts", "coordinator", "/api/v1/registry/counts", true),
                new Read("dashboard: red-order book", "coordinator", "/api/v1/red-orders/book?season=2026", true),
                new Read("dashboard: store sales", "coordinator", "/api/v1/store-orders/sales?season=2026", true),
                new Read("dashboard: occupancy", "coordinator", "/api/v1/cold-stores/occupancy", true),
                new Read("red orders: season + status", "coordinator", "/api/v1/red-orders?season=2026&status=SIGNED&size=20", false),
                new Read("red orders: own cooperative", "coop-001", "/api/v1/red-orders?season=2026&size=20", false),
                new Read("harvest lots: own cooperative", "coop-001", "/api/v1/harvest-lots?size=20", false),
                new Read("sell-first", "coordinator", "/api/v1/cold-stores/sell-first", false),
                new Read("store orders: store + status", "coordinator", "/api/v1/store-orders?storeCode=TAOBAO-01&status=PAID&size=20", false),
                new Read("store orders: unbooked", "coordinator", "/api/v1/store-orders/unbooked?size=20", false),
                new Read("ledger: chamber", "coordinator", "/api/v1/stock/chambers/" + chamber + "/ledger?size=20", false),
                new Read("stock: chamber lots", "coordinator", "/api/v1/stock/chambers/" + chamber + "/lots", false),
                new Read("trace: harvest lot", "coordinator", "/api/v1/lots/" + lot + "/trace", false));
    }

    private HttpResponse<String> get(String base, Read read) throws Exception {
        String auth = Base64.getEncoder().encodeToString((read.user() + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + read.path())).header("Authorization", "Basic " + auth)
                .header("Accept", "application/json").timeout(Duration.ofSeconds(60)).GET().build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private long count(String collection) {
        return mongo.getCollection(collection).estimatedDocumentCount();
    }

    private static long percentile(List<Long> values, int percent) {
        if (values.isEmpty()) {
            return 0;
        }
        List<Long> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(percent / 100.0 * sorted.size()) - 1));
    }

    private static byte[] csv(int rows, List<String> householdIds) {
        Random random = new Random(42);
        LocalDate first = LocalDate.of(2026, 8, 25);
        StringBuilder csv = new StringBuilder("externalRef,householdId,pickDate,weightKg,grade,avgFruitWeightG,brix\n");
        for (int i = 0; i < rows; i++) {
            csv.append("VOL-").append(i).append(',').append(householdIds.get(i % householdIds.size())).append(',')
                    .append(first.plusDays(i % 45)).append(',').append(BigDecimal.valueOf(50 + random.nextInt(3000), 1))
                    .append(",,").append(BigDecimal.valueOf(1800 + random.nextInt(1600), 1)).append(',')
                    .append(BigDecimal.valueOf(105 + random.nextInt(40), 1)).append('\n');
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** The documents the import stored, copied into a collection with the same indexes; only insertMany is timed. */
    private double rawInsertMany(String importId) {
        MongoCollection<Document> stored = mongo.getCollection("harvest_lots");
        MongoCollection<Document> raw = mongo.getCollection("bench_raw_volume_lots");
        for (Document index : stored.listIndexes()) {
            if (!index.getString("name").equals("_id_")) {
                raw.createIndex((Document) index.get("key"), new IndexOptions().unique(index.getBoolean("unique", false))
                        .sparse(index.getBoolean("sparse", false)).name(index.getString("name")));
            }
        }
        long nanos = 0;
        List<Document> chunk = new ArrayList<>(1000);
        for (Document doc : stored.find(new Document("importId", importId)).batchSize(1000)) {
            chunk.add(doc);
            if (chunk.size() == 1000) {
                long t = System.nanoTime();
                raw.insertMany(chunk);
                nanos += System.nanoTime() - t;
                chunk = new ArrayList<>(1000);
            }
        }
        if (!chunk.isEmpty()) {
            long t = System.nanoTime();
            raw.insertMany(chunk);
            nanos += System.nanoTime() - t;
        }
        return nanos / 1e9;
    }
}
