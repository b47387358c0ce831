package cn.xixian.alliance.ecommerce.channels.mapping;

import cn.xixian.alliance.core.web.FieldError;
import cn.xixian.alliance.ecommerce.orders.OrderRejectedException;
import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the fields of one incoming order and collects every problem with the field's name as the platform spells it
 * ({@code tid}, {@code orders.order[1].num}), so one rejection lists all that is wrong. {@code row} tags the errors of
 * a CSV row.
 */
public final class OrderFields {

    /** The marketplaces give local times without a zone: China time. */
    public static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    private static final DateTimeFormatter CHINA_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private final List<FieldError> errors = new ArrayList<>();
    private Long row;

    public OrderFields row(Long row) {
        this.row = row;
        return this;
    }

    public void error(String field, String message) {
        errors.add(new FieldError(row, field, message));
    }

    public boolean hasErrors() {
        return !errors.isEmpty();
    }

    public List<FieldError> errors() {
        return List.copyOf(errors);
    }

    /** Throws the collected problems as one rejection (400 for a webhook, a dead letter in any case). */
    public void throwIfAny() {
        if (!errors.isEmpty()) {
            throw new OrderRejectedException(errors());
        }
    }

    /** A scalar as text (numbers in plain notation); null when absent, null or empty. */
    public static String text(JsonNode parent, String name) {
        JsonNode node = parent == null ? null : parent.get(name);
        if (node == null || node.isNull() || node.isContainerNode()) {
            return null;
        }
        String text = node.isNumber() ? node.decimalValue().toPlainString() : node.asText();
        return text.isBlank() ? null : text.strip();
    }

    public String required(String value, String field) {
        if (value == null || value.isBlank()) {
            error(field, "is required");
            return null;
        }
        return value.strip();
    }

    /** A count of boxes: a whole number above zero (JD sends it as a string). */
    public int quantity(String value, String field) {
        if (required(value, field) == null) {
            return 0;
        }
        try {
            int quantity = new BigDecimal(value.strip()).intValueExact();
            if (quantity > 0) {
                return quantity;
            }
            error(field, "must be a whole number above 0");
        } catch (NumberFormatException | ArithmeticException e) {
            error(field, "must be a whole number above 0, not '" + value + "'");
        }
        return 0;
    }

    /** Yuan as the platforms send it ({@code "159.80"}); null when absent and not required. */
    public BigDecimal money(String value, String field, boolean isRequired) {
        if (value == null || value.isBlank()) {
            if (isRequired) {
                error(field, "is required");
            }
            return null;
        }
        try {
            BigDecimal amount = new BigDecimal(value.strip());
            if (amount.signum() < 0 || amount.stripTrailingZeros().scale() > 2) {
                error(field, "must be yuan with at most two decimals, not '" + value + "'");
                return null;
            }
            return amount;
        } catch (NumberFormatException e) {
            error(field, "must be an amount in yuan, not '" + value + "'");
            return null;
        }
    }

    /** {@code yyyy-MM-dd HH:mm:ss} in China time (Taobao, JD, back-office exports); ISO-8601 with an offset too. */
    public Instant chinaTime(String value, String field, boolean isRequired) {
        if (value == null || value.isBlank()) {
            if (isRequired) {
                error(field, "is required");
            }
            return null;
        }
        try {
            return LocalDateTime.parse(value.strip(), CHINA_TIME).atZone(CHINA).toInstant();
        } catch (DateTimeParseException notLocal) {
            return instant(value, field, isRequired);
        }
    }

    /** An ISO-8601 instant with its offset ({@code 2026-11-11T02:03:04+08:00}); a bare local time is China time. */
    public Instant instant(String value, String field, boolean isRequired) {
        if (value == null || value.isBlank()) {
            if (isRequired) {
                error(field, "is required");
            }
            return null;
        }
        String text = value.strip();
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException notOffset) {
            try {
                return LocalDateTime.parse(text.replace(' ', 'T')).atZone(CHINA).toInstant();
            } catch (DateTimeParseException notLocal) {
                error(field, "must be a time like 2026-11-11T02:03:04+08:00 or 2026-11-11 02:03:04, not '"
                        + value + "'");
                return null;
            }
        }
    }
}
