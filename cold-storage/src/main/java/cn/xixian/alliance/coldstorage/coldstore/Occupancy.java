package cn.xixian.alliance.coldstorage.coldstore;

import cn.xixian.alliance.core.grading.Grade;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/** How full the county's cold stores are, per store and per chamber (weights in kg, ages in days). */
public final class Occupancy {

    private Occupancy() {
    }

    public record StoreOccupancy(String storeId, String code, String name, String ownerId, double lat, double lon,
            boolean open, BigDecimal capacityKg, BigDecimal stockKg, BigDecimal reservedKg, BigDecimal freeKg,
            Integer oldestAgeDays, Map<Grade, BigDecimal> stockKgByGrade, List<ChamberOccupancy> chambers) {
    }

    public record ChamberOccupancy(String chamberId, String code, boolean open, double tempC, BigDecimal capacityKg,
            BigDecimal stockKg, BigDecimal reservedKg, BigDecimal freeKg, Integer oldestAgeDays,
            Map<Grade, BigDecimal> stockKgByGrade) {
    }
}
