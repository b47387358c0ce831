package cn.xixian.alliance.core.redorder.persistence;

import java.util.Optional;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/** The market price table as stored, one {@link MarketPriceDocument} per season, and the season reports. */
@Component
public class MarketPriceStore {

    private final MongoTemplate mongo;

    MarketPriceStore(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    public MarketPriceDocument save(MarketPriceDocument prices) {
        return mongo.save(prices);
    }

    public Optional<MarketPriceDocument> find(int season) {
        return Optional.ofNullable(mongo.findById(season, MarketPriceDocument.class));
    }
}
