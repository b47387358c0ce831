package cn.xixian.alliance.coldstorage.coldstore;

import com.fasterxml.jackson.annotation.JsonFormat;
import java.math.BigDecimal;

/**
 * A chamber (库间) of a cold store as configured: capacity, set-points and costs. Whether it is open
 * lives with its stock balance (see {@link ChamberState}), so closing and filling cannot race.
 */
public record Chamber(
        String id,
        String code,
        BigDecimal capacityTonnes,
        double tempC,
        Double humidityPct,
        /** yuan per tonne of stock per day */
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal storageCostPerTonneDay,
        /** yuan per month while the chamber is open (power, staff), whatever it holds */
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal fixedCostPerMonth,
        boolean open) {
}
