package cn.xixian.alliance.core.purchasing;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;

/** A household's need for one farm input in a season, e.g. 3 袋 of 复合肥 by 2027-03-01. */
public record InputNeedRequest(
        @NotBlank String householdId,
        @NotNull @Min(2000) @Max(2100) Integer season,
        @NotBlank @Size(max = 40) String item,
        @NotNull @DecimalMin("0.001") @Digits(integer = 7, fraction = 3) BigDecimal quantity,
        @NotBlank @Size(max = 20) String unit,
        @NotNull LocalDate wantedBy,
        @Size(max = 200) String notes) {
}
