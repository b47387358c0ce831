package cn.xixian.alliance.core.redorder;

import cn.xixian.alliance.core.grading.Grade;
import cn.xixian.alliance.core.redorder.persistence.MarketPriceDocument;
import cn.xixian.alliance.core.redorder.persistence.MarketPriceStore;
import cn.xixian.alliance.core.security.CurrentUser;
import cn.xixian.alliance.core.web.NotFoundException;
import java.time.Instant;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Service;

/**
 * The market price table the MARKET_PLUS_PREMIUM rule (and a floor's "market if higher") reads. A settlement
 * copies the prices it used, so changing the table later never changes a settled contract.
 */
@Service
public class MarketPriceService {

    private final MarketPriceStore store;
    private final CurrentUser currentUser;

    MarketPriceService(MarketPriceStore store, CurrentUser currentUser) {
        this.store = store;
        this.currentUser = currentUser;
    }

    public MarketPrices put(int season, MarketPrices.Request request) {
        Map<String, Long> fen = new LinkedHashMap<>();
        request.pricesPerKg().forEach((grade, price) -> fen.put(grade.name(), Yuan.fen(price)));
        return view(store.save(new MarketPriceDocument(season, fen, currentUser.username(), Instant.now())));
    }

    public MarketPrices get(int season) {
        return view(store.find(season)
                .orElseThrow(() -> new NotFoundException("market prices of season", String.valueOf(season))));
    }

    /** Fen per kg by grade code; empty when the season has no prices yet. */
    Map<String, Long> fenPerKg(int season) {
        return store.find(season).map(MarketPriceDocument::fenPerKg).orElse(Map.of());
    }

    private static MarketPrices view(MarketPriceDocument doc) {
        Map<Grade, String> prices = new EnumMap<>(Grade.class);
        doc.fenPerKg().forEach((grade, fen) -> prices.put(Grade.valueOf(grade), Yuan.yuan(fen).toPlainString()));
        return new MarketPrices(doc.season(), prices, doc.updatedBy(), doc.updatedAt());
    }
}
