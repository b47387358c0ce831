package cn.xixian.alliance.coldstorage.coldstore;

import cn.xixian.alliance.coldstorage.coldstore.Occupancy.ChamberOccupancy;
import cn.xixian.alliance.coldstorage.coldstore.Occupancy.StoreOccupancy;
import cn.xixian.alliance.coldstorage.coldstore.persistence.Balance;
import cn.xixian.alliance.coldstorage.coldstore.persistence.ChamberBalances;
import cn.xixian.alliance.core.grading.Grade;
import cn.xixian.alliance.core.units.Weights;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;

/** Occupancy of every store and chamber, derived from the balance documents at the time of asking. */
@Service
public class OccupancyService {

    private final ColdStoreService stores;
    private final ChamberBalances balances;

    OccupancyService(ColdStoreService stores, ChamberBalances balances) {
        this.stores = stores;
        this.balances = balances;
    }

    public List<StoreOccupancy> occupancy(LocalDate today) {
        Map<String, Balance> byId = balances.all().stream()
                .collect(Collectors.toMap(Balance::chamberId, Function.identity()));
        List<StoreOccupancy> result = new ArrayList<>();
        for (ColdStore store : stores.all()) {
            List<ChamberOccupancy> chambers = store.chambers().stream()
                    .map(c -> chamber(c, byId.get(c.id()), today)).toList();
            List<Balance> own = store.chambers().stream().map(c -> byId.get(c.id())).toList();
            result.add(new StoreOccupancy(store.id(), store.code(), store.name(), store.ownerId(), store.lat(),
                    store.lon(), store.open(), kg(own, Balance::capacityGrams), kg(own, Balance::stockGrams),
                    kg(own, Balance::reservedGrams), kg(own, Balance::freeGrams),
                    chambers.stream().map(ChamberOccupancy::oldestAgeDays).filter(Objects::nonNull)
                            .max(Integer::compare).orElse(null),
                    byGrade(own.stream().flatMap(b -> b.lots().stream()).toList()), chambers));
        }
        return result;
    }

    private static ChamberOccupancy chamber(Chamber c, Balance b, LocalDate today) {
        Integer oldest = b.lots().stream().filter(l -> l.grams() > 0).map(Balance.Lot::storedOn)
                .min(LocalDate::compareTo).map(d -> (int) ChronoUnit.DAYS.between(d, today)).orElse(null);
        return new ChamberOccupancy(c.id(), c.code(), b.open(), c.tempC(), Weights.kg(b.capacityGrams()),
                Weights.kg(b.stockGrams()), Weights.kg(b.reservedGrams()), Weights.kg(b.freeGrams()), oldest,
                byGrade(b.lots()));
    }

    private static Map<Grade, BigDecimal> byGrade(List<Balance.Lot> lots) {
        Map<Grade, Long> grams = new EnumMap<>(Grade.class);
        lots.stream().filter(l -> l.grams() > 0).forEach(l -> grams.merge(l.grade(), l.grams(), Long::sum));
        Map<Grade, BigDecimal> kg = new EnumMap<>(Grade.class);
        grams.forEach((grade, g) -> kg.put(grade, Weights.kg(g)));
        return kg;
    }

    private static BigDecimal kg(List<Balance> balances, java.util.function.ToLongFunction<Balance> grams) {
        return Weights.kg(balances.stream().mapToLong(grams).sum());
    }
}
