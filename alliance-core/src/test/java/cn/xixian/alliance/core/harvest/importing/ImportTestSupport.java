package cn.xixian.alliance.core.harvest.importing;

import cn.xixian.alliance.core.harvest.HarvestImport;
import cn.xixian.alliance.core.harvest.HarvestImportService;
import java.io.ByteArrayInputStream;
import java.nio.charset.Charset;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.StringJoiner;
import org.awaitility.Awaitility;

/** Builds harvest CSVs and waits for imports, for the import tests. */
public final class ImportTestSupport {

    public static final String HEADER = "externalRef,householdId,pickDate,weightKg,grade,avgFruitWeightG,brix";

    private ImportTestSupport() {
    }

    /** {@code rows} good rows for the given households, refs {@code prefix-0 ...}. */
    public static String csv(String prefix, int rows, List<String> householdIds) {
        StringJoiner csv = new StringJoiner("\n", HEADER + "\n", "\n");
        for (int i = 0; i < rows; i++) {
            csv.add("%s-%d,%s,%s,%d.%d,,%d,%d.%d".formatted(prefix, i, householdIds.get(i % householdIds.size()),
                    LocalDate.of(2026, 9, 1).plusDays(i % 20), 5 + i % 20, i % 10, 190 + i % 150, 11 + i % 3, i % 10));
        }
        return csv.toString();
    }

    public static HarvestImport importAndWait(HarvestImportService imports, String cooperativeId, String name,
            String content, Charset charset) {
        HarvestImport started = imports.start(cooperativeId, name, new ByteArrayInputStream(content.getBytes(charset)));
        return await(imports, started.id());
    }

    public static HarvestImport await(HarvestImportService imports, String id) {
        return Awaitility.await("import " + id + " finished").atMost(Duration.ofMinutes(3))
                .pollInterval(Duration.ofMillis(50)).until(() -> imports.get(id),
                        status -> status.status().equals("COMPLETED") || status.status().equals("FAILED"));
    }
}
