package cn.xixian.alliance.core.redorder.persistence;

import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * Claims a harvest lot for one contract: the lot id is the {@code _id}, so the unique primary index makes
 * sure a lot is delivered once across all contracts, whatever races.
 */
@Document(LotDeliveryDocument.COLLECTION)
public record LotDeliveryDocument(@Id String harvestLotId, String redOrderId, Instant at) {

    public static final String COLLECTION = "red_order_lot_deliveries";
}
