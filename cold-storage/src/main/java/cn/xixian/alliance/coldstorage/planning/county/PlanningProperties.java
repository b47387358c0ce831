package cn.xixian.alliance.coldstorage.planning.county;

import java.math.BigDecimal;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code alliance.cold-storage.planning.*}: the county's cost model (yuan).
 *
 * @param transportPerTonneKm   refrigerated truck rate
 * @param roadFactor            road distance over great-circle distance in the loess hills
 * @param storageDays           how long allocated fruit is expected to stay (storage cost horizon)
 * @param groupSplitYuan        each extra chamber one cooperative's fruit is spread over
 * @param warehouseVisitYuan    each warehouse that receives fruit (staff on the dock, a truck detour)
 * @param handlingPerTonneYuan  loading and unloading a tonne moved between chambers (consolidation)
 * @param blockKg               lots above this are planned in blocks of at most this size
 * @param pickupWindowHours     length of each pickup window in the transport requests
 */
@ConfigurationProperties("alliance.cold-storage.planning")
public record PlanningProperties(
        @DefaultValue("1.20") BigDecimal transportPerTonneKm,
        @DefaultValue("1.35") double roadFactor,
        @DefaultValue("120") int storageDays,
        @DefaultValue("300") BigDecimal groupSplitYuan,
        @DefaultValue("200") BigDecimal warehouseVisitYuan,
        @DefaultValue("25") BigDecimal handlingPerTonneYuan,
        @DefaultValue("10000") long blockKg,
        @DefaultValue("8") int pickupWindowHours) {

    public static PlanningProperties defaults() {
        return new PlanningProperties(new BigDecimal("1.20"), 1.35, 120, new BigDecimal("300"), new BigDecimal("200"),
                new BigDecimal("25"), 10_000, 8);
    }
}
