package cn.xixian.alliance.coldstorage.coldstore.batch;

import cn.xixian.alliance.coldstorage.coldstore.ChamberState;
import cn.xixian.alliance.coldstorage.coldstore.ColdStoreService;
import cn.xixian.alliance.coldstorage.coldstore.StockService;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.batch.item.ExecutionContext;
import org.springframework.batch.item.ItemStreamReader;

/**
 * Every lot in stock, oldest first, in a total order by key (storedOn|chamber|lot). The key of the last
 * lot read is saved with each committed chunk, so a restart resumes right after it, even if stock moved
 * in between (a position by index would skip or repeat lots then).
 */
class StockAgeReader implements ItemStreamReader<AgedLot> {

    static final String LAST_KEY = "stockAge.lastKey";

    private final ColdStoreService stores;
    private final StockService stock;
    private Iterator<AgedLot> lots;
    private String lastKey;

    StockAgeReader(ColdStoreService stores, StockService stock) {
        this.stores = stores;
        this.stock = stock;
    }

    @Override
    public void open(ExecutionContext context) {
        lastKey = context.containsKey(LAST_KEY) ? context.getString(LAST_KEY) : null;
        Map<String, ChamberState> chambers = stores.chambers().stream()
                .collect(Collectors.toMap(ChamberState::chamberId, Function.identity()));
        List<AgedLot> all = stock.lotsByChamber().values().stream().flatMap(List::stream)
                .filter(l -> chambers.containsKey(l.chamberId()))
                .map(l -> AgedLot.of(l, chambers.get(l.chamberId())))
                .filter(l -> lastKey == null || l.key().compareTo(lastKey) > 0)
                .sorted(Comparator.comparing(AgedLot::key)).toList();
        lots = all.iterator();
    }

    @Override
    public AgedLot read() {
        if (lots == null || !lots.hasNext()) {
            return null;
        }
        AgedLot next = lots.next();
        lastKey = next.key();
        return next;
    }

    @Override
    public void update(ExecutionContext context) {
        if (lastKey != null) {
            context.putString(LAST_KEY, lastKey);
        }
    }
}
