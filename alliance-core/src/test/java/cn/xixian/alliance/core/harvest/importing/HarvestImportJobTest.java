package cn.xixian.alliance.core.harvest.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.xixian.alliance.core.TestFixtures;
import cn.xixian.alliance.core.grading.Grade;
import cn.xixian.alliance.core.harvest.HarvestImport;
import cn.xixian.alliance.core.harvest.HarvestImportService;
import cn.xixian.alliance.core.harvest.persistence.HarvestLotDocument;
import cn.xixian.alliance.core.web.FieldError;
import cn.xixian.alliance.core.web.InvalidInputException;
import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.mongodb.core.MongoTemplate;

@SpringBootTest(properties = "alliance.harvest.import.chunk-size=7")
class HarvestImportJobTest {

    @Autowired
    HarvestImportService imports;
    @Autowired
    TestFixtures fixtures;
    @Autowired
    MongoTemplate mongo;

    @BeforeEach
    void setUp() {
        fixtures.reset();
    }

    private long lots() {
        return mongo.getCollection(HarvestLotDocument.COLLECTION).countDocuments();
    }

    @Test
    void importingTheSameFileTwiceStoresEachLotOnce() throws Exception {
        String csv = ImportTestSupport.csv("R", 100, List.of(fixtures.householdA.id()));
        HarvestImport first = ImportTestSupport.importAndWait(imports, fixtures.coopA.id(), "lots.csv", csv, StandardCharsets.UTF_8);
        HarvestImport second = ImportTestSupport.importAndWait(imports, fixtures.coopA.id(), "lots.csv", csv, StandardCharsets.UTF_8);

        assertThat(first.status()).isEqualTo("COMPLETED");
        assertThat(first.totalRows()).isEqualTo(100);
        assertThat(first.read()).isEqualTo(100);
        assertThat(first.written()).isEqualTo(100);
        assertThat(second.written()).isZero();
        assertThat(second.duplicates()).isEqualTo(100);
        assertThat(lots()).isEqualTo(100);
        var page = cn.xixian.alliance.core.web.Pages.of(0, 10, "createdAt");
        assertThat(imports.list(fixtures.coopA.id(), page).items()).extracting(HarvestImport::id)
                .containsExactly(first.id(), second.id());
        assertThat(imports.list(fixtures.coopB.id(), page).total()).isZero();
    }

    @Test
    void badRowsAreReportedByLineNumberAndTheRestKept() throws Exception {
        String csv = ImportTestSupport.HEADER + "\n"
                + "A-1," + fixtures.householdA.id() + ",2026-09-01,12.5,GRADE_1,,\n"
                + "A-2," + fixtures.householdA.id() + ",2026-09-01,-3,GRADE_1,,\n"
                + "\n"
                + "A-3," + fixtures.householdB.id() + ",2026-09-01,10,GRADE_1,,\n"
                + "A-4," + fixtures.householdA.id() + ",not-a-date,10,,250,abc\n"
                + "A-5," + fixtures.householdA.id() + ",2026/9/3,10,特级,,\n"
                + "," + fixtures.householdA.id() + ",2026-09-04,10,,310,13.5\n";
        HarvestImport done = ImportTestSupport.importAndWait(imports, fixtures.coopA.id(), "mixed.csv", csv, StandardCharsets.UTF_8);

        assertThat(done.status()).isEqualTo("COMPLETED");
        assertThat(done.written()).isEqualTo(3);
        assertThat(done.skipped()).isEqualTo(3);
        assertThat(done.errors()).containsExactly(
                new FieldError(3L, "weightKg", "must be greater than 0"),
                new FieldError(5L, "householdId", "is not a household of this cooperative"),
                new FieldError(6L, "brix", "must be a number, not 'abc'"),
                new FieldError(6L, "pickDate", "must be a date like 2026-09-15, not 'not-a-date'"));
        Document graded = mongo.getCollection(HarvestLotDocument.COLLECTION).find(new Document("externalRef", "A-5")).first();
        assertThat(graded.getString("grade")).isEqualTo(Grade.SPECIAL.name());
        assertThat(graded.get("pickDate", java.util.Date.class)).isNotNull();
        // the row without a reference gets one from the file and its line, and the table's grade
        assertThat(mongo.getCollection(HarvestLotDocument.COLLECTION)
                .countDocuments(new Document("grade", "SPECIAL").append("externalRef", new Document("$regex", "-R8$")))).isEqualTo(1);
    }

    @Test
    void rowNumbersAreLinesEvenWhenANoteSpansLinesAndEveryErrorCanBePaged() throws Exception {
        String h = fixtures.householdA.id();
        String csv = "externalRef,householdId,pickDate,weightKg,grade,notes\n"
                + "M-1," + h + ",2026-09-01,10,GRADE_1,\"第一行\n第二行\"\n"
                + "M-2," + h + ",2026-09-01,0,GRADE_1,\n"
                + "M-3," + h + ",2026-09-01,0,GRADE_1,\n";
        HarvestImport done = ImportTestSupport.importAndWait(imports, fixtures.coopA.id(), "notes.csv", csv, StandardCharsets.UTF_8);

        assertThat(done.errors()).extracting(FieldError::row).containsExactly(4L, 5L);
        assertThat(mongo.getCollection(HarvestLotDocument.COLLECTION).find().first().getString("notes")).isEqualTo("第一行\n第二行");
        var secondPage = imports.errors(done.id(), cn.xixian.alliance.core.web.Pages.of(1, 1, "row", "field"));
        assertThat(secondPage.total()).isEqualTo(2);
        assertThat(secondPage.items()).extracting(FieldError::row).containsExactly(5L);
    }

    @Test
    void gbkEncodedCsvWithChineseHeadersIsRead() throws Exception {
        String csv = "批次编号,农户,采摘日期,重量(kg),等级\nG-1," + fixtures.householdA.id() + ",2026-09-01,8.5,一级\n";
        HarvestImport done = ImportTestSupport.importAndWait(imports, fixtures.coopA.id(), "导出.csv", csv, Charset.forName("GBK"));

        assertThat(done.written()).isEqualTo(1);
        assertThat(mongo.getCollection(HarvestLotDocument.COLLECTION).find().first().getString("grade")).isEqualTo("GRADE_1");
    }

    /** The first Chinese text comes after 2 MB of plain ASCII: the whole file decides the encoding. */
    @Test
    void gbkTextLateInALargeFileIsStillDecoded() throws Exception {
        StringBuilder csv = new StringBuilder(ImportTestSupport.HEADER + "\n");
        for (int i = 0; csv.length() < 2_100_000; i++) {
            csv.append("A-").append(i).append(',').append(fixtures.householdA.id()).append(",2026-09-01,8.5,GRADE_1,,\n");
        }
        csv.append("G-1,").append(fixtures.householdA.id()).append(",2026-09-01,8.5,特级,,\n");
        HarvestImport done = ImportTestSupport.importAndWait(imports, fixtures.coopA.id(), "late.csv", csv.toString(),
                Charset.forName("GBK"));

        assertThat(done.status()).isEqualTo("COMPLETED");
        assertThat(done.skipped()).isZero();
        assertThat(mongo.getCollection(HarvestLotDocument.COLLECTION).find(new Document("externalRef", "G-1")).first()
                .getString("grade")).isEqualTo("SPECIAL");
    }

    @Test
    void xlsxIsImportedWithDateCellsAndRowNumbers() throws Exception {
        HarvestImport done = imports.start(fixtures.coopA.id(), "lots.xlsx",
                new java.io.ByteArrayInputStream(workbook(fixtures.householdA.id())));
        done = ImportTestSupport.await(imports, done.id());

        assertThat(done.status()).isEqualTo("COMPLETED");
        assertThat(done.totalRows()).as("data lines of the converted sheet").isEqualTo(4);
        assertThat(done.written()).isEqualTo(2);
        assertThat(done.errors()).containsExactly(new FieldError(5L, "weightKg", "must be greater than 0"));
        assertThat(mongo.getCollection(HarvestLotDocument.COLLECTION).find().first().getString("notes")).isEqualTo("东坡 第二茬");
    }

    @Test
    void aHeaderWithoutRequiredColumnsIsRefusedAtUpload() {
        assertThatThrownBy(() -> imports.start(fixtures.coopA.id(), "x.csv",
                new java.io.ByteArrayInputStream("externalRef,weight\nA,1\n".getBytes(StandardCharsets.UTF_8))))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors())
                        .containsExactly(new FieldError(1L, "header", "the header lacks the column(s) householdId, pickDate, weightKg")));
        assertThat(mongo.getCollection("harvest_imports").countDocuments()).isZero();
    }

    /** Rows 1-3 filled, row 4 left out (a blank sheet row), row 5 a bad weight; dates typed as Excel dates. */
    private static byte[] workbook(String householdId) throws Exception {
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = book.createSheet("采收");
            CellStyle date = book.createCellStyle();
            date.setDataFormat(book.getCreationHelper().createDataFormat().getFormat("yyyy年m月d日"));
            String[] header = (ImportTestSupport.HEADER + ",notes").split(",");
            Row head = sheet.createRow(0);
            for (int i = 0; i < header.length; i++) {
                head.createCell(i).setCellValue(header[i]);
            }
            int[] rows = {1, 2, 4};
            double[] weights = {12.5, 30, -1};
            for (int r = 0; r < rows.length; r++) {
                Row row = sheet.createRow(rows[r]);
                row.createCell(0).setCellValue("X-" + r);
                row.createCell(1).setCellValue(householdId);
                var cell = row.createCell(2);
                cell.setCellValue(java.time.LocalDate.of(2026, 9, 10 + r));
                cell.setCellStyle(date);
                row.createCell(3).setCellValue(weights[r]);
                row.createCell(4).setCellValue("GRADE_2");
                row.createCell(7).setCellValue("东坡\n第二茬"); // typed with Alt+Enter: must not shift row numbers
            }
            book.write(out);
            return out.toByteArray();
        }
    }
}
