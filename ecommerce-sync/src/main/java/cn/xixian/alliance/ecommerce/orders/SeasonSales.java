package cn.xixian.alliance.ecommerce.orders;

import com.fasterxml.jackson.annotation.JsonFormat;
import java.math.BigDecimal;

/**
 * What the online stores sold in a red-order season: orders paid for (PAID, SHIPPED or COMPLETED; placed but unpaid,
 * cancelled and refunded orders left out), their value in yuan (the order's payment, or its open lines' unit
 * price × quantity where the store sent none) and the kg booked on red-order contracts for them.
 */
public record SeasonSales(int season, long paidOrders,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal paid, BigDecimal bookedKg) {
}
