package cn.xixian.alliance.core.purchasing;

import com.fasterxml.jackson.annotation.JsonFormat;
import java.math.BigDecimal;
import java.util.List;

/** What one household saved through the group's bulk orders (of a season, or all), order by order. */
public record HouseholdSavings(
        String householdId,
        Integer season,
        List<OrderShare> orders,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal groupTotal,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal retailTotal,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal savingTotal) {

    public record OrderShare(
            String orderId,
            int season,
            String supplierName,
            @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal groupAmount,
            @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal retailAmount,
            @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal saving) {
    }
}
