package cn.xixian.alliance.core.harvest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.Name;
import org.springframework.validation.annotation.Validated;

/** {@code alliance.harvest.*}, checked at start; the defaults live in {@code application.yaml} only. */
@Validated
@ConfigurationProperties("alliance.harvest")
public record HarvestProperties(@Name("import") @Valid @NotNull Import imports) {

    /** Harvest imports: rows per chunk (one commit of the job repository, one bulk write). */
    public record Import(@Positive int chunkSize) {
    }
}
