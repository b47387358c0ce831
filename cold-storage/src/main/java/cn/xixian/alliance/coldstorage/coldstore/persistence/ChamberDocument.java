package cn.xixian.alliance.coldstorage.coldstore.persistence;

import java.math.BigDecimal;

/** A chamber's configuration, embedded in its cold store. Its stock and open state live in {@link ChamberBalances}. */
public record ChamberDocument(
        String id,
        String code,
        BigDecimal capacityTonnes,
        double tempC,
        Double humidityPct,
        BigDecimal storageCostPerTonneDay,
        BigDecimal fixedCostPerMonth) {
}
