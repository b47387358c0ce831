package cn.xixian.alliance.core.redorder;

import static cn.xixian.alliance.core.redorder.RedOrderTestSupport.floor;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.xixian.alliance.core.TestFixtures;
import cn.xixian.alliance.core.grading.Grade;
import cn.xixian.alliance.core.registry.Household;
import cn.xixian.alliance.core.registry.HouseholdRequest;
import cn.xixian.alliance.core.registry.HouseholdService;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.zip.ZipInputStream;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;
import org.springframework.test.web.servlet.MockMvc;

@SpringBootTest
@AutoConfigureMockMvc
class StatementWorkbookTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestFixtures fixtures;
    @Autowired
    RedOrderService orders;
    @Autowired
    HouseholdService households;

    Household tricky;

    @BeforeEach
    void setUp() {
        fixtures.reset();
        tricky = households.create(new HouseholdRequest("HH-0003", "=HYPERLINK(\"x\")", fixtures.village.id(),
                fixtures.coopA.id(), 2.0, true, false, null, null, null));
        RedOrder settled = orders.create(floor(fixtures.householdA, 2026, Grade.GRADE_1, 2000, "6.00", Grade.SPECIAL, 300, "8.55"));
        orders.addAdvance(settled.id(), new AdvanceRequest("fertiliser", new BigDecimal("300.33"), LocalDate.of(2026, 3, 1)));
        orders.deliver(settled.id(), new DeliveryRequest(null, Grade.GRADE_1, new BigDecimal("1000.125"), LocalDate.of(2026, 9, 20), null));
        orders.deliver(settled.id(), new DeliveryRequest(null, Grade.SPECIAL, new BigDecimal("77.7"), LocalDate.of(2026, 9, 21), null));
        orders.settle(settled.id(), SettleRequest.NONE);
        RedOrder open = orders.create(floor(fixtures.householdB, 2026, Grade.GRADE_1, 500, "6.10"));
        orders.deliver(open.id(), new DeliveryRequest(null, Grade.GRADE_1, new BigDecimal("123.457"), LocalDate.of(2026, 9, 22), null));
        orders.create(floor(tricky, 2026, Grade.GRADE_2, 100, "5.00"));
        RedOrder cancelled = orders.create(floor(fixtures.householdB, 2026, Grade.GRADE_2, 100, "5.00"));
        orders.cancel(cancelled.id(), null);
        orders.create(floor(fixtures.householdA, 2025, Grade.GRADE_2, 100, "5.00")); // another season
    }

    private byte[] workbook(String language) throws Exception {
        return mvc.perform(get("/api/v1/red-orders/statements.xlsx?season=2026").header("Accept-Language", language)
                .with(httpBasic("coordinator", "pw"))).andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
    }

    @Test
    void oneRowPerLiveContractNumbersAsYuanAndTheNetSumsToTheStatementsToTheFen() throws Exception {
        byte[] xlsx = workbook("en");
        boolean hasWorkbookXml = false;
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(xlsx))) {
            for (var e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                hasWorkbookXml |= e.getName().equals("xl/workbook.xml");
            }
        }
        assertThat(hasWorkbookXml).isTrue();
        var live = orders.search(new RedOrderService.Filter(null, null, 2026, null), PageRequest.of(0, 100)).items().stream()
                .filter(o -> o.status() != RedOrderStatus.CANCELLED).toList();
        BigDecimal expected = live.stream().map(o -> orders.statement(o.id()).net()).reduce(BigDecimal.ZERO, BigDecimal::add);
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = book.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(9).getStringCellValue()).isEqualTo("Net");
            assertThat(sheet.getPhysicalNumberOfRows()).isEqualTo(live.size() + 2);
            BigDecimal sum = BigDecimal.ZERO;
            for (int r = 1; r <= live.size(); r++) {
                var net = sheet.getRow(r).getCell(9);
                assertThat(net.getCellType()).isEqualTo(CellType.NUMERIC);
                assertThat(net.getCellStyle().getDataFormatString()).isEqualTo("#,##0.00");
                sum = sum.add(BigDecimal.valueOf(net.getNumericCellValue()).setScale(2, java.math.RoundingMode.HALF_UP));
            }
            assertThat(sum).isEqualByComparingTo(expected);
            var totals = sheet.getRow(live.size() + 1);
            assertThat(BigDecimal.valueOf(totals.getCell(9).getNumericCellValue()).setScale(2, java.math.RoundingMode.HALF_UP))
                    .isEqualByComparingTo(expected);
            var formula = sheet.getRow(live.size()).getCell(1); // household order: HH-0003 last
            assertThat(formula.getCellType()).isEqualTo(CellType.STRING);
            assertThat(formula.getStringCellValue()).startsWith("=HYPERLINK");
            assertThat(formula.getCellStyle().getQuotePrefixed()).isTrue();
            Sheet poor = book.getSheetAt(1);
            assertThat(poor.getPhysicalNumberOfRows()).isEqualTo(2 + 2); // A and the tricky one, header, totals
        }
        DeskTotals totals = orders.totals(new RedOrderService.Filter(null, null, 2026, null));
        assertThat(totals.net()).isEqualByComparingTo(expected.add(BigDecimal.ZERO));
        assertThat(totals.contracts()).isEqualTo(live.size() + 1); // the desk counts the cancelled one, at no money
    }

    @Test
    void chineseHeadersAndOnlyTheCoordinator() throws Exception {
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(workbook("zh-CN")))) {
            assertThat(book.getSheetAt(0).getRow(0).getCell(9).getStringCellValue()).isEqualTo("实付（元）");
        }
        mvc.perform(get("/api/v1/red-orders/statements.xlsx?season=2026").with(httpBasic("coop-a", "pw")))
                .andExpect(status().isForbidden());
    }
}
