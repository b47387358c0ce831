package cn.xixian.alliance.core.harvest.importing;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * {@code alliance.harvest.import.limits}: how much of a hostile or broken file an import reads before
 * it gives up. {@code maxRows}: sheet rows of an .xlsx (Excel's own limit is 1,048,576);
 * {@code maxRowChars}: characters of one CSV row (an unclosed quote otherwise swallows the rest of
 * the file as one cell); {@code maxSharedStringChars}: text of an .xlsx's shared strings held in
 * memory; {@code maxSheetSize}: the largest part of an .xlsx once inflated (POI's zip-bomb limits
 * also refuse a part that inflates more than 100 times).
 */
@Validated
@ConfigurationProperties("alliance.harvest.import.limits")
public record ImportLimits(
        @Min(2) @Max(XlsxGuard.EXCEL_MAX_ROWS) int maxRows,
        @Min(256) int maxRowChars,
        @Min(1024) long maxSharedStringChars,
        @NotNull DataSize maxSheetSize) {
}
