package cn.xixian.alliance.coldstorage.coldstore;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.math.BigDecimal;

/**
 * One chamber of a new cold store. Set-points: −5…15 °C covers every fruit store; costs in yuan with fen
 * precision; {@code open} defaults to true.
 */
public record ChamberRequest(
        @NotBlank @Pattern(regexp = ColdStoreRequest.CODE, message = ColdStoreRequest.CODE_MESSAGE) String code,
        @NotNull @DecimalMin(value = "0", inclusive = false) @DecimalMax("10000") @Digits(integer = 5, fraction = 3)
        BigDecimal capacityTonnes,
        @NotNull @DecimalMin("-5") @DecimalMax("15") Double tempC,
        @DecimalMin("0") @DecimalMax("100") Double humidityPct,
        @NotNull @DecimalMin("0") @Digits(integer = 6, fraction = 2) BigDecimal storageCostPerTonneDay,
        @NotNull @DecimalMin("0") @Digits(integer = 9, fraction = 2) BigDecimal fixedCostPerMonth,
        Boolean open) {
}
