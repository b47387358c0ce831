package cn.xixian.alliance.core.purchasing;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonIgnore;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A bulk purchase order (统一采购) as stored and shown (collection {@code purchase_orders}). Money is yuan at
 * fen precision, shown as strings ("1234.50"). Each household's amounts are its needs' quantity × price,
 * rounded half-up to the fen once per household; the order totals are the sums of the households' amounts,
 * so the per-household savings add up to the total saving exactly. {@code requestedLines} (the prices asked,
 * kept so a draft can be finished later) are internal: {@code lines} shows them for the inputs ordered.
 */
public record PurchaseOrder(
        String id,
        int season,
        String supplierId,
        String supplierName,
        PurchaseOrderStatus status,
        @JsonIgnore List<PurchaseOrderRequest.Line> requestedLines,
        List<Line> lines,
        List<HouseholdShare> households,
        List<VillageDelivery> villages,
        int needCount,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal groupTotal,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal retailTotal,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal savingTotal,
        String notes,
        Instant createdAt,
        String createdBy) {

    /** One input of the order: total quantity and its value at group and retail price. */
    public record Line(
            String item,
            String unit,
            BigDecimal unitWeightKg,
            BigDecimal quantity,
            BigDecimal weightKg,
            @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal groupPricePerUnit,
            @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal retailPricePerUnit,
            @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal groupAmount,
            @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal retailAmount,
            @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal saving) {
    }

    /** What one household pays at the group price, would have paid at retail, and saves. */
    public record HouseholdShare(
            String householdId,
            String villageId,
            List<String> needIds,
            @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal groupAmount,
            @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal retailAmount,
            @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal saving) {
    }

    /** The part of the delivery going to one village, and the transport request that carries it. */
    public record VillageDelivery(String villageId, BigDecimal weightKg, LocalDate wantedBy, String transportRequestId) {

        VillageDelivery withTransportRequest(String requestId) {
            return new VillageDelivery(villageId, weightKg, wantedBy, requestId);
        }
    }
}
