package cn.xixian.alliance.core.transport;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;

/** What another group (or a dispatcher by hand) submits; the port validates it the same way for both. */
public record NewTransportRequest(
        @NotBlank String source,
        @NotBlank String sourceRef,
        @NotNull TransportKind kind,
        @NotNull @Valid Place from,
        @NotNull @Valid Place to,
        @NotNull @DecimalMin(value = "0.001") @Digits(integer = 9, fraction = 3) BigDecimal weightKg,
        Boolean refrigerated,
        @NotNull TimeWindow pickupWindow,
        @NotNull TimeWindow deliveryWindow,
        @Min(0) @Max(600) Integer pickupServiceMinutes,
        @Min(0) @Max(600) Integer deliveryServiceMinutes,
        Boolean urgent,
        String notes) {

    /** Harvest fruit and parcels of fruit ride cold unless told otherwise; inputs do not. */
    public boolean refrigeratedOrDefault() {
        return refrigerated != null ? refrigerated : kind != TransportKind.INPUT_DELIVERY;
    }
}
