package cn.xixian.alliance.ecommerce.channels.csv;

import cn.xixian.alliance.core.web.FieldError;
import cn.xixian.alliance.ecommerce.channels.mapping.OrderFields;
import cn.xixian.alliance.ecommerce.orders.IncomingLine;
import cn.xixian.alliance.ecommerce.orders.IncomingOrder;
import cn.xixian.alliance.ecommerce.orders.OrderFormat;
import cn.xixian.alliance.ecommerce.orders.OrderRejectedException;
import cn.xixian.alliance.ecommerce.orders.Receiver;
import cn.xixian.alliance.ecommerce.orders.SaleStatus;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

/**
 * A store back-office order export: one row per order line, headers in English or as the Chinese back offices name
 * them. Rows of one order (same order id) become one {@link IncomingOrder}; its payload is the header and its own
 * rows, so a dead letter or a replay holds just that order. Row numbers count the header as row 1.
 */
final class CsvOrderReader {

    static final List<String> COLUMNS = List.of("orderId", "status", "modified", "sku", "quantity", "unitPrice",
            "receiverName", "phone", "province", "city", "district", "address");
    private static final Map<String, String> CHINESE = Map.ofEntries(Map.entry("订单编号", "orderId"),
            Map.entry("订单状态", "status"), Map.entry("修改时间", "modified"), Map.entry("商家编码", "sku"),
            Map.entry("购买数量", "quantity"), Map.entry("单价", "unitPrice"), Map.entry("收货人姓名", "receiverName"),
            Map.entry("联系手机", "phone"), Map.entry("省", "province"), Map.entry("市", "city"),
            Map.entry("区", "district"), Map.entry("详细地址", "address"));
    private static final List<String> REQUIRED = List.of("orderId", "status", "modified", "sku", "quantity");
    private static final Map<String, SaleStatus> STATUS = Map.ofEntries(
            Map.entry("等待买家付款", SaleStatus.PLACED), Map.entry("买家已付款，等待卖家发货", SaleStatus.PAID),
            Map.entry("买家已付款", SaleStatus.PAID), Map.entry("等待卖家发货", SaleStatus.PAID),
            Map.entry("等待出库", SaleStatus.PAID), Map.entry("卖家已发货，等待买家确认", SaleStatus.SHIPPED),
            Map.entry("卖家已发货", SaleStatus.SHIPPED), Map.entry("等待确认收货", SaleStatus.SHIPPED),
            Map.entry("交易成功", SaleStatus.COMPLETED), Map.entry("已完成", SaleStatus.COMPLETED),
            Map.entry("交易关闭", SaleStatus.CANCELLED), Map.entry("已取消", SaleStatus.CANCELLED),
            Map.entry("退款成功", SaleStatus.REFUNDED), Map.entry("已退款", SaleStatus.REFUNDED));

    record Rejected(String payload, List<FieldError> errors) {
    }

    record Result(List<IncomingOrder> orders, List<Rejected> rejected) {
    }

    private CsvOrderReader() {
    }

    /** Reads every order of an export; a file whose header or structure cannot be read is refused as a whole. */
    static Result read(String text, String storeCode, String source) {
        String body = text.startsWith("\uFEFF") ? text.substring(1) : text; // Excel's UTF-8 byte-order mark
        try (CSVParser parser = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true)
                .setIgnoreEmptyLines(true).setTrim(true).get().parse(new StringReader(body))) {
            List<String> header = parser.getHeaderNames();
            Map<String, Integer> columns = columns(header);
            Map<String, List<CSVRecord>> byOrder = new LinkedHashMap<>();
            for (CSVRecord record : parser) {
                byOrder.computeIfAbsent(value(record, columns, "orderId"), id -> new ArrayList<>()).add(record);
            }
            List<IncomingOrder> orders = new ArrayList<>();
            List<Rejected> rejected = new ArrayList<>();
            for (List<CSVRecord> rows : byOrder.values()) {
                String payload = print(header, rows);
                try {
                    orders.add(order(rows, columns, storeCode, source, payload));
                } catch (OrderRejectedException e) {
                    rejected.add(new Rejected(payload, e.errors()));
                }
            }
            return new Result(orders, rejected);
        } catch (IOException | UncheckedIOException | IllegalArgumentException | IllegalStateException e) {
            throw new OrderRejectedException("body", "is not a readable CSV export: " + e.getMessage());
        }
    }

    private static Map<String, Integer> columns(List<String> header) {
        Map<String, Integer> columns = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
            String name = header.get(i).strip();
            String column = COLUMNS.contains(name) ? name : CHINESE.get(name);
            if (column != null) {
                columns.putIfAbsent(column, i);
            }
        }
        List<String> missing = REQUIRED.stream().filter(c -> !columns.containsKey(c)).toList();
        if (!missing.isEmpty()) {
            throw new OrderRejectedException(missing.stream().map(c -> new FieldError(1L, c,
                    "column is missing from the header (English " + COLUMNS + " or the Chinese back-office names)"))
                    .toList());
        }
        return columns;
    }

    private static IncomingOrder order(List<CSVRecord> rows, Map<String, Integer> columns, String storeCode,
            String source, String payload) {
        OrderFields fields = new OrderFields();
        CSVRecord first = rows.get(0);
        fields.row(first.getRecordNumber() + 1);
        String orderId = fields.required(value(first, columns, "orderId"), "orderId");
        String platformStatus = fields.required(value(first, columns, "status"), "status");
        SaleStatus status = status(platformStatus);
        if (platformStatus != null && status == null) {
            fields.error("status", "is not an order status we know: '" + platformStatus + "'");
        }
        Instant modified = null;
        List<IncomingLine> lines = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (CSVRecord row : rows) {
            fields.row(row.getRecordNumber() + 1);
            Instant rowModified = fields.chinaTime(value(row, columns, "modified"), "modified", true);
            if (rowModified != null && (modified == null || rowModified.isAfter(modified))) {
                modified = rowModified;
            }
            String sku = fields.required(value(row, columns, "sku"), "sku");
            int quantity = fields.quantity(value(row, columns, "quantity"), "quantity");
            var price = fields.money(value(row, columns, "unitPrice"), "unitPrice", false);
            int n = seen.merge(String.valueOf(sku), 1, Integer::sum);
            lines.add(new IncomingLine(n == 1 ? sku : sku + "#" + n, sku, null, quantity, price, false));
        }
        fields.throwIfAny();
        Receiver receiver = new Receiver(value(first, columns, "receiverName"), value(first, columns, "phone"),
                value(first, columns, "province"), value(first, columns, "city"), value(first, columns, "district"),
                value(first, columns, "address"));
        return new IncomingOrder(storeCode, orderId, OrderFormat.CSV, status, platformStatus, null, modified,
                receiver, null, lines, source, payload);
    }

    private static SaleStatus status(String text) {
        if (text == null) {
            return null;
        }
        SaleStatus chinese = STATUS.get(text.replace(',', '，'));
        if (chinese != null) {
            return chinese;
        }
        try {
            return SaleStatus.valueOf(text.toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static String value(CSVRecord record, Map<String, Integer> columns, String column) {
        Integer index = columns.get(column);
        if (index == null || index >= record.size()) {
            return null;
        }
        String value = record.get(index);
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static String print(List<String> header, List<CSVRecord> rows) {
        StringWriter out = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.DEFAULT)) {
            printer.printRecord(header);
            for (CSVRecord row : rows) {
                printer.printRecord(row.values());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}
