package cn.xixian.alliance.ecommerce.orders;

import cn.xixian.alliance.core.units.Weights;
import cn.xixian.alliance.ecommerce.orders.persistence.StoreOrderDocument;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;
import java.math.BigDecimal;
import java.util.List;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Service;

/**
 * Sums a season's paid store orders in one pass, reading only their payment and lines' prices and booked grams
 * (money is kept as decimal strings, which MongoDB cannot add up itself).
 */
@Service
public class SalesTotals {

    private static final List<String> PAID = List.of(SaleStatus.PAID.name(), SaleStatus.SHIPPED.name(),
            SaleStatus.COMPLETED.name());

    private final MongoTemplate mongo;

    SalesTotals(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    public SeasonSales season(int season) {
        long orders = 0;
        BigDecimal paid = BigDecimal.ZERO;
        long bookedGrams = 0;
        var found = mongo.getCollection(StoreOrderDocument.COLLECTION)
                .find(Filters.and(Filters.eq("season", season), Filters.in("saleStatus", PAID)))
                .projection(Projections.include("payment", "lines.unitPrice", "lines.quantity", "lines.cancelled",
                        "lines.bookedGrams"));
        for (Document order : found) {
            orders++;
            BigDecimal fromLines = BigDecimal.ZERO;
            for (Document line : order.getList("lines", Document.class, List.of())) {
                Object booked = line.get("bookedGrams");
                bookedGrams += booked == null ? 0 : ((Number) booked).longValue();
                if (!line.getBoolean("cancelled", false) && line.getString("unitPrice") != null) {
                    fromLines = fromLines.add(new BigDecimal(line.getString("unitPrice"))
                            .multiply(BigDecimal.valueOf(line.getInteger("quantity", 0))));
                }
            }
            String payment = order.getString("payment");
            paid = paid.add(payment != null ? new BigDecimal(payment) : fromLines);
        }
        return new SeasonSales(season, orders, paid.setScale(2, java.math.RoundingMode.HALF_UP), Weights.kg(bookedGrams));
    }
}
