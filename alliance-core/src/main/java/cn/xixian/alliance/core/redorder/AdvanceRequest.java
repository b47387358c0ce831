package cn.xixian.alliance.core.redorder;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;

/** Inputs advanced against a contract: what ({@code item}), worth how much (yuan), when. */
public record AdvanceRequest(
        @NotBlank @Size(max = 60) String item,
        @NotNull @DecimalMin("0.01") @DecimalMax("10000000") @Digits(integer = 8, fraction = 2) BigDecimal amount,
        @NotNull LocalDate date) {
}
