package cn.xixian.alliance.core.harvest.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.xixian.alliance.core.TestFixtures;
import cn.xixian.alliance.core.harvest.HarvestImport;
import cn.xixian.alliance.core.harvest.HarvestImportService;
import cn.xixian.alliance.core.web.FieldError;
import cn.xixian.alliance.core.web.InvalidInputException;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * Issue 16 items 2 and 3: files built to exhaust the importer (a sheet row numbered two billion, a zip
 * bomb, shared strings claiming two billion entries, a CSV quote never closed) end as a failed import
 * or a 400 with a reason, quickly, leaving no converted or partial file in the data directory.
 */
@SpringBootTest
class HostileImportFilesTest {

    @Autowired
    HarvestImportService imports;
    @Autowired
    TestFixtures fixtures;
    @Value("${alliance.data-dir}")
    Path dataDir;

    @BeforeEach
    void setUp() {
        fixtures.reset();
    }

    @Test
    void aSheetRowBeyondExcelsLimitFailsTheImport() throws Exception {
        HarvestImport done = importXlsx(rowNumbered(1_048_577));

        assertThat(done.status()).isEqualTo("FAILED");
        assertThat(done.failure()).isEqualTo("row 1048577: the sheet has a row number beyond Excel's limit of 1048576 rows");
        assertNoConvertedFiles(done);
    }

    @Test
    void aSheetRowNumberedTwoBillionFailsTheImportWithoutWritingAnything() throws Exception {
        byte[] xlsx = rowNumbered(2_000_000_000);
        assertThat(xlsx.length).isLessThan(10_000);

        HarvestImport done = importXlsx(xlsx);

        assertThat(done.status()).isEqualTo("FAILED");
        assertThat(done.failure()).contains("beyond Excel's limit");
        assertNoConvertedFiles(done);
    }

    @Test
    void aZipBombIsRefusedWithAReason() throws Exception {
        HarvestImport done = importXlsx(zipBomb());

        assertThat(done.status()).isEqualTo("FAILED");
        assertThat(done.failure()).isEqualTo("row 1: the workbook inflates far beyond its size (a zip bomb?); it was not read");
        assertNoConvertedFiles(done);
    }

    @Test
    void sharedStringsClaimingTwoBillionEntriesAreNotTakenAtTheirWord() throws Exception {
        byte[] xlsx = rewrite(workbook(), "xl/sharedStrings.xml",
                xml -> xml.replaceAll("count=\"\\d+\"", "count=\"2000000000\"")
                        .replaceAll("uniqueCount=\"\\d+\"", "uniqueCount=\"2000000000\""));

        HarvestImport done = importXlsx(xlsx);

        assertThat(done.status()).isEqualTo("COMPLETED");
        assertThat(done.written()).isEqualTo(1);
    }

    @Test
    void anUnclosedQuoteFailsTheImportNamingItsRow() throws Exception {
        StringBuilder csv = new StringBuilder(ImportTestSupport.HEADER).append('\n')
                .append("A-1,").append(fixtures.householdA.id()).append(",2026-09-01,12.5,GRADE_1,,\n")
                .append("A-2,\"").append(fixtures.householdA.id()).append(",2026-09-01,12.5,GRADE_1,,\n");
        for (int i = 0; i < 20_000; i++) {
            csv.append("A-").append(i + 3).append(',').append(fixtures.householdA.id()).append(",2026-09-01,12.5,GRADE_1,,\n");
        }

        HarvestImport done = ImportTestSupport.importAndWait(imports, fixtures.coopA.id(), "open-quote.csv",
                csv.toString(), StandardCharsets.UTF_8);

        assertThat(done.status()).isEqualTo("FAILED");
        assertThat(done.failure()).isEqualTo("row 3: a quoted cell is not closed (no closing quote within 65536 characters)");
    }

    @Test
    void anUnclosedQuoteInTheHeaderIsRefusedAtUpload() {
        String csv = "\"externalRef,householdId,pickDate,weightKg\n" + "x,".repeat(5_000) + "\n";

        assertThatThrownBy(() -> imports.start(fixtures.coopA.id(), "x.csv",
                new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8))))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors()).containsExactly(
                        new FieldError(1L, "header", "a quoted cell is not closed (no closing quote within 4096 characters)")));
    }

    private HarvestImport importXlsx(byte[] xlsx) throws InterruptedException {
        HarvestImport started = imports.start(fixtures.coopA.id(), "hostile.xlsx", new ByteArrayInputStream(xlsx));
        return ImportTestSupport.await(imports, started.id());
    }

    /** Only the upload itself stays (for a restart): no converted sheet, no partial file. */
    private void assertNoConvertedFiles(HarvestImport done) throws IOException {
        try (Stream<Path> files = Files.list(dataDir.resolve("imports"))) {
            assertThat(files.map(f -> f.getFileName().toString()).filter(name -> name.startsWith(done.id())))
                    .containsExactly(done.id() + ".xlsx");
        }
    }

    /** A header and one good row, the row renumbered (row and cell references) to the given sheet row. */
    private byte[] rowNumbered(int row) throws Exception {
        return rewrite(workbook(), "xl/worksheets/sheet1.xml",
                xml -> xml.replace("<row r=\"2\"", "<row r=\"" + row + "\"").replaceAll(" r=\"([A-Z]+)2\"", " r=\"$1" + row + "\""));
    }

    private byte[] workbook() throws Exception {
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = book.createSheet("采收");
            String[] header = ImportTestSupport.HEADER.split(",");
            Row first = sheet.createRow(0);
            for (int i = 0; i < header.length; i++) {
                first.createCell(i).setCellValue(header[i]);
            }
            Row row = sheet.createRow(1);
            row.createCell(0).setCellValue("X-1");
            row.createCell(1).setCellValue(fixtures.householdA.id());
            row.createCell(2).setCellValue("2026-09-01");
            row.createCell(3).setCellValue(12.5);
            row.createCell(4).setCellValue("GRADE_1");
            book.write(out);
            return out.toByteArray();
        }
    }

    /** The workbook with its sheet padded by 50 MB of blanks between rows: about 50 KB zipped. */
    private byte[] zipBomb() throws Exception {
        return rewriteStreaming(workbook(), "xl/worksheets/sheet1.xml", (xml, out) -> {
            int at = xml.indexOf("<sheetData>") + "<sheetData>".length();
            out.write(xml.substring(0, at).getBytes(StandardCharsets.UTF_8));
            byte[] blanks = new byte[1 << 20];
            java.util.Arrays.fill(blanks, (byte) ' ');
            for (int i = 0; i < 50; i++) {
                out.write(blanks);
            }
            out.write(xml.substring(at).getBytes(StandardCharsets.UTF_8));
        });
    }

    private static byte[] rewrite(byte[] xlsx, String entry, UnaryOperator<String> change) throws IOException {
        return rewriteStreaming(xlsx, entry, (xml, out) -> out.write(change.apply(xml).getBytes(StandardCharsets.UTF_8)));
    }

    private interface EntryWriter {
        void write(String original, ZipOutputStream out) throws IOException;
    }

    private static byte[] rewriteStreaming(byte[] xlsx, String entry, EntryWriter writer) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        boolean found = false;
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(xlsx));
                ZipOutputStream out = new ZipOutputStream(bytes)) {
            out.setLevel(Deflater.BEST_COMPRESSION);
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                byte[] content = in.readAllBytes();
                out.putNextEntry(new ZipEntry(e.getName()));
                if (e.getName().equals(entry)) {
                    found = true;
                    writer.write(new String(content, StandardCharsets.UTF_8), out);
                } else {
                    out.write(content);
                }
                out.closeEntry();
            }
        }
        assertThat(found).as(entry).isTrue();
        return bytes.toByteArray();
    }
}
