package cn.xixian.alliance.coldstorage.coldstore;

import cn.xixian.alliance.core.units.Weights;
import com.fasterxml.jackson.annotation.JsonFormat;
import java.math.BigDecimal;

/**
 * A chamber with its store's location and its current balance, as the storage planner needs it.
 * Weights are whole grams; {@code freeGrams = capacityGrams - stockGrams - reservedGrams}.
 */
public record ChamberState(
        String chamberId,
        String chamberCode,
        String storeId,
        String storeCode,
        String ownerId,
        double lat,
        double lon,
        boolean open,
        double tempC,
        Double humidityPct,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal storageCostPerTonneDay,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal fixedCostPerMonth,
        long capacityGrams,
        long stockGrams,
        long reservedGrams,
        long freeGrams) {

    public BigDecimal freeKg() {
        return Weights.kg(freeGrams);
    }

    public BigDecimal stockKg() {
        return Weights.kg(stockGrams);
    }
}
