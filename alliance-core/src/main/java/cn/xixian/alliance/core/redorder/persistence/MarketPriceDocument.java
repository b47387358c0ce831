package cn.xixian.alliance.core.redorder.persistence;

import java.time.Instant;
import java.util.Map;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** The season's market purchase price per grade (fen per kg), keyed by grade code. */
@Document(MarketPriceDocument.COLLECTION)
public record MarketPriceDocument(@Id int season, Map<String, Long> fenPerKg, String updatedBy, Instant updatedAt) {

    public static final String COLLECTION = "red_order_market_prices";
}
