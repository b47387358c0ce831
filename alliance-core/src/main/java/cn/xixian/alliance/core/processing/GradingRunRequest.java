package cn.xixian.alliance.core.processing;

import cn.xixian.alliance.core.grading.Grade;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A grading run at a processing firm (加工企业): harvest lots in (kg taken from each), graded lots out,
 * and the loss. The kilograms must balance to the gram: inputs = outputs + loss.
 */
public record GradingRunRequest(
        @NotBlank String processorId,
        @NotNull LocalDate date,
        @NotEmpty @Size(max = 500) List<@Valid @NotNull Input> inputs,
        @NotEmpty @Size(max = 100) List<@Valid @NotNull Output> outputs,
        @NotNull @PositiveOrZero @Digits(integer = 7, fraction = 3) BigDecimal lossKg,
        @Size(max = 64) String externalRef,
        @Size(max = 500) String notes) {

    public record Input(
            @NotBlank String harvestLotId,
            @NotNull @DecimalMin("0.001") @Digits(integer = 6, fraction = 3) BigDecimal weightKg) {
    }

    public record Output(
            @NotNull Grade grade,
            @NotNull @DecimalMin("0.001") @Digits(integer = 7, fraction = 3) BigDecimal weightKg,
            @Size(max = 40) String packageType,
            @Min(0) @Max(1_000_000) Integer boxCount) {
    }
}
