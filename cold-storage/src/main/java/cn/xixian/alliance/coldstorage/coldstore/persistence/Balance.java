package cn.xixian.alliance.coldstorage.coldstore.persistence;

import cn.xixian.alliance.core.grading.Grade;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.bson.Document;

/** A chamber's balance document read into values (see {@link ChamberBalances} for its shape). */
public record Balance(String chamberId, String storeId, boolean open, long capacityGrams, long stockGrams,
        long reservedGrams, long freeGrams, List<Lot> lots, Map<String, Long> reservations) {

    /** What the chamber holds of one lot; {@code key} is its field name in the document. */
    public record Lot(String key, String ref, Grade grade, String cooperativeId, LocalDate storedOn, long grams) {
    }

    static Balance of(Document d) {
        List<Lot> lots = new ArrayList<>();
        Document lotDocs = d.get(ChamberBalances.LOTS, Document.class);
        if (lotDocs != null) {
            lotDocs.forEach((key, value) -> {
                Document lot = (Document) value;
                lots.add(new Lot(key, lot.getString("ref"), Grade.valueOf(lot.getString("grade")),
                        lot.getString("cooperativeId"), LocalDate.parse(lot.getString("storedOn")), number(lot, "grams")));
            });
        }
        Map<String, Long> reservations = new java.util.HashMap<>();
        Document resDocs = d.get(ChamberBalances.RESERVATIONS, Document.class);
        if (resDocs != null) {
            resDocs.forEach((key, value) -> reservations.put(((Document) value).getString("ref"),
                    number((Document) value, "grams")));
        }
        return new Balance(d.getString("_id"), d.getString("storeId"), d.getBoolean("open", false),
                number(d, "capacityGrams"), number(d, "stockGrams"), number(d, "reservedGrams"),
                number(d, "freeGrams"), List.copyOf(lots), Map.copyOf(reservations));
    }

    private static long number(Document d, String field) {
        Object value = d.get(field);
        return value == null ? 0 : ((Number) value).longValue();
    }
}
