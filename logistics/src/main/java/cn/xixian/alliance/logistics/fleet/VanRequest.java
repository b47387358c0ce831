package cn.xixian.alliance.logistics.fleet;

import cn.xixian.alliance.core.transport.Place;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import java.math.BigDecimal;

/** Registers a van. Without a {@code depot} it is based at the county delivery centre; new vans are active. */
public record VanRequest(
        @NotBlank @Pattern(regexp = FleetCodes.PATTERN, message = FleetCodes.MESSAGE) String code,
        @NotBlank @Pattern(regexp = FleetCodes.PLATE, message = FleetCodes.PLATE_MESSAGE) String plate,
        @NotNull @Positive @DecimalMax("50000") @Digits(integer = 9, fraction = 3) BigDecimal capacityKg,
        Boolean refrigerated,
        @Valid Place depot,
        Boolean active) {
}
