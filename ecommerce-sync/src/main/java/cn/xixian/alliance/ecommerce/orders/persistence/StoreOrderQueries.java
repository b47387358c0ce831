package cn.xixian.alliance.ecommerce.orders.persistence;

import cn.xixian.alliance.core.persistence.PagedQueries;
import cn.xixian.alliance.core.units.Weights;
import cn.xixian.alliance.core.web.PageResponse;
import cn.xixian.alliance.ecommerce.orders.SeasonSales;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.bson.Document;
import org.springframework.data.domain.Pageable;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/** Reading {@code store_orders} (the intake writes through {@link StoreOrderStore}). */
@Component
public class StoreOrderQueries {

    private final MongoTemplate mongo;
    private final PagedQueries pages;

    StoreOrderQueries(MongoTemplate mongo, PagedQueries pages) {
        this.mongo = mongo;
        this.pages = pages;
    }

    /** By key {@code storeCode/orderId}. */
    public Optional<StoreOrderDocument> find(String key) {
        return Optional.ofNullable(mongo.findById(key, StoreOrderDocument.class));
    }

    /** {@code storeCode} and {@code status} narrow the list when given. */
    public <T> PageResponse<T> search(String storeCode, String status, Pageable page,
            Function<StoreOrderDocument, T> view) {
        return pages.query(filter(storeCode, status), page, StoreOrderDocument.class, StoreOrderDocument.COLLECTION,
                view);
    }

    /** A page of the orders that have a line with unbooked kilograms; the total counts such orders. */
    public PageResponse<StoreOrderDocument> withUnbookedLines(String storeCode, Pageable page) {
        Query query = filter(storeCode, null).addCriteria(Criteria.where("lines.unbookedGrams").gt(0));
        return pages.query(query, page, StoreOrderDocument.class, StoreOrderDocument.COLLECTION, d -> d);
    }

    /** Orders with a booking on the red-order contract, at most {@code limit}. */
    public List<StoreOrderDocument> bookedOn(String redOrderId, int limit) {
        return mongo.find(Query.query(Criteria.where("lines.allocs.redOrderId").is(redOrderId)).limit(limit),
                StoreOrderDocument.class);
    }

    /** Orders with a booking on any contract of the household, at most {@code limit}. */
    public List<StoreOrderDocument> bookedOnHousehold(String householdId, int limit) {
        return mongo.find(Query.query(Criteria.where("lines.allocs.householdId").is(householdId)).limit(limit),
                StoreOrderDocument.class);
    }

    /**
     * A season's orders in the given sale statuses summed in one pass, reading only their payment and lines' prices
     * and booked grams (money is kept as decimal strings, which MongoDB cannot add up itself).
     */
    public SeasonSales seasonTotals(int season, List<String> saleStatuses) {
        long orders = 0;
        BigDecimal paid = BigDecimal.ZERO;
        long bookedGrams = 0;
        var found = mongo.getCollection(StoreOrderDocument.COLLECTION)
                .find(Filters.and(Filters.eq("season", season), Filters.in("saleStatus", saleStatuses)))
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
        return new SeasonSales(season, orders, paid.setScale(2, RoundingMode.HALF_UP), Weights.kg(bookedGrams));
    }

    private static Query filter(String storeCode, String status) {
        Query query = new Query();
        if (storeCode != null && !storeCode.isBlank()) {
            query.addCriteria(Criteria.where("storeCode").is(storeCode));
        }
        if (status != null && !status.isBlank()) {
            query.addCriteria(Criteria.where("status").is(status));
        }
        return query;
    }
}
