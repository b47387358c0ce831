package cn.xixian.alliance.core.harvest.bench;

import cn.xixian.alliance.core.bench.BenchArgs;
import cn.xixian.alliance.core.bench.BenchCommand;
import cn.xixian.alliance.core.bench.BenchComponent;
import cn.xixian.alliance.core.grading.GradingTable;
import cn.xixian.alliance.core.harvest.HarvestImport;
import cn.xixian.alliance.core.harvest.HarvestImportService;
import cn.xixian.alliance.core.harvest.HarvestLotRequest;
import cn.xixian.alliance.core.harvest.HarvestLotService;
import cn.xixian.alliance.core.harvest.HarvestProperties;
import cn.xixian.alliance.core.harvest.persistence.HarvestLotDocument;
import cn.xixian.alliance.core.harvest.persistence.HarvestLotRawInserts;
import cn.xixian.alliance.core.registry.HouseholdRequest;
import cn.xixian.alliance.core.registry.HouseholdService;
import cn.xixian.alliance.core.registry.MemberKind;
import cn.xixian.alliance.core.registry.MemberRequest;
import cn.xixian.alliance.core.registry.MemberService;
import java.io.BufferedWriter;
import java.io.InputStream;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.bson.types.ObjectId;
import org.springframework.beans.factory.annotation.Value;

/**
 * {@code bench import --rows N}: the harvest import's rows/s against the raw MongoDB
 * {@code insertMany} rate of the same documents, on the same server, in the same run. The raw
 * baseline writes into a collection with the same indexes as {@code harvest_lots}, so both pay the
 * same index maintenance; only the import pays for parsing, validation and chunk bookkeeping.
 */
@BenchComponent
class HarvestImportBench implements BenchCommand {

    private static final String RAW_COLLECTION = "bench_raw_lots";

    private final HarvestLotRawInserts raw;
    private final MemberService members;
    private final HouseholdService households;
    private final HarvestImportService imports;
    private final GradingTable grading;
    private final Path dataDir;
    private final int chunkSize;

    HarvestImportBench(HarvestLotRawInserts raw, MemberService members, HouseholdService households,
            HarvestImportService imports, GradingTable grading, @Value("${alliance.data-dir}") Path dataDir,
            HarvestProperties harvest) {
        this.raw = raw;
        this.members = members;
        this.households = households;
        this.imports = imports;
        this.grading = grading;
        this.dataDir = dataDir;
        this.chunkSize = harvest.imports().chunkSize();
    }

    @Override
    public String name() {
        return "import";
    }

    @Override
    public String usage() {
        return "bench import --rows N";
    }

    @Override
    public int run(BenchArgs args, PrintStream out) throws Exception {
        int rows = Math.toIntExact(args.getLong("rows", 100_000));
        String village = members.create(new MemberRequest("BENCH-VIL", "基准村", MemberKind.VILLAGE, 36.69, 110.94,
                null, null, null)).id();
        String cooperative = members.create(new MemberRequest("BENCH-COOP", "基准合作社", MemberKind.COOPERATIVE,
                36.70, 110.95, village, null, null)).id();
        List<String> householdIds = new ArrayList<>();
        for (int h = 0; h < 100; h++) {
            householdIds.add(households.create(new HouseholdRequest("BENCH-HH-" + h, "农户" + h, village, cooperative,
                    4.0, h % 3 == 0, false, null, null, null)).id());
        }
        List<HarvestLotRequest> lots = generate(rows, householdIds);
        Path csv = dataDir.resolve("bench-harvest.csv");
        writeCsv(lots, csv);
        out.printf("harvest import benchmark: %,d rows, chunk %,d, embedded MongoDB-wire server (H2 file) in %s%n",
                rows, chunkSize, dataDir.toAbsolutePath());

        double rawSeconds = rawInsertMany(lots, cooperative);
        double rawRate = rows / rawSeconds;
        out.printf("raw insertMany:  %,10d docs in %7.2f s = %,10.0f docs/s%n", rows, rawSeconds, rawRate);

        long start = System.nanoTime();
        HarvestImport started;
        try (InputStream in = Files.newInputStream(csv)) {
            started = imports.start(cooperative, "bench-harvest.csv", in);
        }
        HarvestImport done = awaitCompletion(started.id(), rows, out);
        double importSeconds = (System.nanoTime() - start) / 1e9;
        double importRate = rows / importSeconds;
        out.printf("harvest import:  %,10d rows in %7.2f s = %,10.0f rows/s (%s: %,d written, %,d skipped)%n",
                rows, importSeconds, importRate, done.status(), done.written(), done.skipped());
        out.printf("import / raw = %.0f%% (target: at least 50%%)%n", 100 * importRate / rawRate);
        Files.deleteIfExists(csv);
        return "COMPLETED".equals(done.status()) && done.written() == rows ? 0 : 1;
    }

    private static List<HarvestLotRequest> generate(int rows, List<String> householdIds) {
        Random random = new Random(42);
        List<HarvestLotRequest> lots = new ArrayList<>(rows);
        LocalDate first = LocalDate.of(2026, 8, 25);
        for (int i = 0; i < rows; i++) {
            lots.add(new HarvestLotRequest(null, householdIds.get(i % householdIds.size()), null,
                    first.plusDays(i % 45), BigDecimal.valueOf(50 + random.nextInt(3000), 1), null,
                    BigDecimal.valueOf(1800 + random.nextInt(1600), 1), BigDecimal.valueOf(105 + random.nextInt(40), 1),
                    null, "B-" + i));
        }
        return lots;
    }

    private static void writeCsv(List<HarvestLotRequest> lots, Path csv) throws Exception {
        try (BufferedWriter out = Files.newBufferedWriter(csv)) {
            out.write("externalRef,householdId,pickDate,weightKg,grade,avgFruitWeightG,brix\n");
            for (HarvestLotRequest lot : lots) {
                out.write(lot.externalRef() + "," + lot.householdId() + "," + lot.pickDate() + "," + lot.weightKg()
                        + ",," + lot.avgFruitWeightG() + "," + lot.brix() + "\n");
            }
        }
    }

    /** The same documents the import stores, built before the clock starts; only insertMany is timed. */
    private double rawInsertMany(List<HarvestLotRequest> lots, String cooperative) {
        raw.copyIndexes(RAW_COLLECTION);
        long nanos = 0;
        for (int from = 0; from < lots.size(); from += chunkSize) {
            List<HarvestLotDocument> batch = new ArrayList<>(chunkSize);
            for (HarvestLotRequest lot : lots.subList(from, Math.min(lots.size(), from + chunkSize))) {
                batch.add(HarvestLotService.toDocument(new ObjectId().toHexString(), cooperative, lot,
                        grading.grade(lot.avgFruitWeightG(), lot.brix()), lot.externalRef(), "raw", "bench"));
            }
            nanos += raw.insertMany(RAW_COLLECTION, batch);
        }
        return nanos / 1e9;
    }

    private HarvestImport awaitCompletion(String id, int rows, PrintStream out) throws InterruptedException {
        long lastReport = System.nanoTime();
        while (true) {
            Thread.sleep(100);
            // Only the import's own record is polled here: the full status counts lots, which costs time.
            String status = raw.importStatus(id);
            if (status.equals("COMPLETED") || status.equals("FAILED")) {
                return imports.get(id);
            }
            if (System.nanoTime() - lastReport > 10e9) {
                out.printf("  import progress: %,d / %,d rows read%n", imports.get(id).read(), rows);
                lastReport = System.nanoTime();
            }
        }
    }
}
