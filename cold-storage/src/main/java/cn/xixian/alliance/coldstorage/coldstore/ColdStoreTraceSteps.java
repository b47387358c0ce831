package cn.xixian.alliance.coldstorage.coldstore;

import cn.xixian.alliance.coldstorage.coldstore.persistence.StockLedger;
import cn.xixian.alliance.core.processing.LotTraceExtension;
import cn.xixian.alliance.core.processing.TraceEdge;
import cn.xixian.alliance.core.processing.TraceLink;
import cn.xixian.alliance.core.processing.TraceNode;
import cn.xixian.alliance.core.units.Weights;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Cold stores in the lot genealogy: a harvest or graded lot received into a chamber (its stock ledger's IN entries
 * name the lot as {@code lotRef}) went into that chamber. A COLD_STORE node is one chamber (id = chamber id) with
 * the kilograms of the lot received and the first storing date; it leads nowhere further.
 */
@Component
class ColdStoreTraceSteps implements LotTraceExtension {

    static final String COLD_STORE = "COLD_STORE";

    private final StockLedger ledger;
    private final ColdStoreService stores;

    ColdStoreTraceSteps(StockLedger ledger, ColdStoreService stores) {
        this.ledger = ledger;
        this.stores = stores;
    }

    @Override
    public List<TraceLink> upstream(TraceNode node) {
        return List.of();
    }

    @Override
    public List<TraceLink> downstream(TraceNode node) {
        if (!node.type().equals(TraceNode.HARVEST_LOT) && !node.type().equals(TraceNode.GRADED_LOT)) {
            return List.of();
        }
        Map<String, List<LedgerEntry>> byChamber = new LinkedHashMap<>();
        ledger.receiptsOf(node.id())
                .forEach(e -> byChamber.computeIfAbsent(e.chamberId(), k -> new ArrayList<>()).add(e));
        List<TraceLink> links = new ArrayList<>();
        byChamber.forEach((chamberId, entries) -> stores.chamber(chamberId).ifPresent(chamber -> {
            long grams = entries.stream().mapToLong(LedgerEntry::grams).sum();
            Map<String, Object> attributes = new LinkedHashMap<>();
            attributes.put("storeCode", chamber.storeCode());
            attributes.put("weightKg", Weights.kg(grams));
            entries.stream().map(LedgerEntry::storedOn).filter(d -> d != null).min(Comparable::compareTo)
                    .ifPresent(d -> attributes.put("storedOn", d));
            attributes.put("tempC", chamber.tempC());
            attributes.put("cooperativeId", entries.get(0).cooperativeId());
            TraceNode store = TraceNode.of(COLD_STORE, chamberId, chamber.storeCode() + " " + chamber.chamberCode(),
                    attributes);
            links.add(new TraceLink(store, new TraceEdge(node.key(), store.key(), "STORED", Weights.kg(grams))));
        }));
        return links;
    }
}
