package cn.xixian.alliance.coldstorage.planning;

import com.fasterxml.jackson.annotation.JsonFormat;
import java.math.BigDecimal;

/** Where a lot (or a block of it, {@code lotRef#k}) goes, and what that costs in yuan. */
public record PlannedLot(
        String lotRef,
        String cooperativeId,
        String grade,
        BigDecimal weightKg,
        String fromId,
        String chamberId,
        String chamberCode,
        String storeCode,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal transportYuan,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal storageYuan) {
}
