package cn.xixian.alliance.core.redorder;

import cn.xixian.alliance.core.registry.Member;
import cn.xixian.alliance.core.registry.MemberService;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.compress.archivers.zip.Zip64Mode;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.springframework.stereotype.Component;

/**
 * A season's statements as one Excel workbook for the county finance office: sheet 1 one row per contract that is not
 * cancelled (household, village, cooperative, status, kg, gross, advances, net) and a totals row; sheet 2 the
 * poverty-registered households' income. Written with POI's streaming writer (a window of 200 rows in memory) from a
 * cursor, so 10,000 contracts stay small. Money is numeric cells in a 2-decimal yuan format, summed in fen; any text
 * that begins with {@code = + - @} is marked as text (quote-prefixed) so that no spreadsheet reads it as a formula.
 */
@Component
public class StatementWorkbook {

    static final List<String> HEADERS_EN = List.of("Household code", "Household", "Village", "Cooperative", "Status",
            "Poverty-registered", "Delivered kg", "Gross", "Advances", "Net");
    static final List<String> HEADERS_ZH = List.of("农户编号", "农户", "村", "合作社", "状态", "建档立卡", "交售公斤",
            "应付总额（元）", "预付（元）", "实付（元）");
    static final List<String> INCOME_EN = List.of("Household code", "Household", "Village", "Cooperative", "Contracts",
            "Income (net)");
    static final List<String> INCOME_ZH = List.of("农户编号", "农户", "村", "合作社", "合同数", "收入（实付，元）");

    private final RedOrderService orders;
    private final MemberService members;

    StatementWorkbook(RedOrderService orders, MemberService members) {
        this.orders = orders;
        this.members = members;
    }

    private record Income(String code, String name, String village, String cooperative, int[] contracts, long[] netFen) {
    }

    public void write(int season, String cooperativeId, boolean chinese, OutputStream out) throws IOException {
        try (SXSSFWorkbook book = new SXSSFWorkbook(200)) {
            book.setZip64Mode(Zip64Mode.Never); // plain zip entries: any unzip (also a streaming one) reads the file
            CellStyle yuan = book.createCellStyle();
            yuan.setDataFormat(book.createDataFormat().getFormat("#,##0.00"));
            CellStyle kg = book.createCellStyle();
            kg.setDataFormat(book.createDataFormat().getFormat("#,##0.000"));
            CellStyle text = book.createCellStyle();
            text.setQuotePrefixed(true);
            Sheet sheet = book.createSheet(chinese ? "对账单" : "Statements");
            header(sheet, chinese ? HEADERS_ZH : HEADERS_EN);
            Map<String, String> names = new HashMap<>();
            Map<String, Income> poor = new LinkedHashMap<>();
            long[] totals = new long[3]; // gross, advances, net (fen)
            BigDecimal[] deliveredKg = {BigDecimal.ZERO};
            int[] rowAt = {1};
            orders.forEachStatement(new RedOrderService.Filter(null, cooperativeId, season, null), s -> {
                Row row = sheet.createRow(rowAt[0]++);
                String village = name(names, s.villageId());
                String cooperative = name(names, s.cooperativeId());
                text(row, 0, s.householdCode(), text);
                text(row, 1, s.householdName(), text);
                text(row, 2, village, text);
                text(row, 3, cooperative, text);
                text(row, 4, s.status().name(), text);
                text(row, 5, s.povertyRegistered() ? (chinese ? "是" : "yes") : "", text);
                number(row, 6, s.deliveredKg(), kg);
                number(row, 7, s.gross(), yuan);
                number(row, 8, s.advances(), yuan);
                number(row, 9, s.net(), yuan);
                deliveredKg[0] = deliveredKg[0].add(s.deliveredKg());
                totals[0] += Yuan.fen(s.gross());
                totals[1] += Yuan.fen(s.advances());
                totals[2] += Yuan.fen(s.net());
                if (s.povertyRegistered()) {
                    Income income = poor.computeIfAbsent(s.householdId(), id -> new Income(s.householdCode(),
                            s.householdName(), village, cooperative, new int[1], new long[1]));
                    income.contracts()[0]++;
                    income.netFen()[0] += Yuan.fen(s.net());
                }
            });
            Row last = sheet.createRow(rowAt[0]);
            last.createCell(0).setCellValue(chinese ? "合计" : "Total");
            number(last, 6, deliveredKg[0], kg);
            number(last, 7, Yuan.yuan(totals[0]), yuan);
            number(last, 8, Yuan.yuan(totals[1]), yuan);
            number(last, 9, Yuan.yuan(totals[2]), yuan);
            income(book.createSheet(chinese ? "脱贫户收入" : "Poverty households' income"), chinese, poor, yuan, text);
            book.write(out);
            book.dispose();
        }
    }

    private static void income(Sheet sheet, boolean chinese, Map<String, Income> poor, CellStyle yuan, CellStyle text) {
        header(sheet, chinese ? INCOME_ZH : INCOME_EN);
        int r = 1;
        long total = 0;
        for (Income i : poor.values()) {
            Row row = sheet.createRow(r++);
            text(row, 0, i.code(), text);
            text(row, 1, i.name(), text);
            text(row, 2, i.village(), text);
            text(row, 3, i.cooperative(), text);
            row.createCell(4).setCellValue(i.contracts()[0]);
            number(row, 5, Yuan.yuan(i.netFen()[0]), yuan);
            total += i.netFen()[0];
        }
        Row last = sheet.createRow(r);
        last.createCell(0).setCellValue(chinese ? "合计" : "Total");
        number(last, 5, Yuan.yuan(total), yuan);
    }

    private String name(Map<String, String> names, String memberId) {
        return memberId == null ? "" : names.computeIfAbsent(memberId,
                id -> members.find(id).map(Member::name).orElse(id));
    }

    private static void header(Sheet sheet, List<String> headers) {
        Row row = sheet.createRow(0);
        for (int i = 0; i < headers.size(); i++) {
            row.createCell(i).setCellValue(headers.get(i));
        }
    }

    /** Text as a string cell; one that a spreadsheet could take for a formula is quote-prefixed (shown as text). */
    static void text(Row row, int column, String value, CellStyle textStyle) {
        var cell = row.createCell(column);
        String v = value == null ? "" : value;
        cell.setCellValue(v);
        if (!v.isEmpty() && "=+-@".indexOf(v.charAt(0)) >= 0) {
            cell.setCellStyle(textStyle);
        }
    }

    private static void number(Row row, int column, BigDecimal value, CellStyle style) {
        var cell = row.createCell(column);
        cell.setCellValue(value == null ? 0 : value.doubleValue());
        cell.setCellStyle(style);
    }
}
