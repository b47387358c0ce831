package cn.xixian.alliance.ecommerce.orders.intake;

import cn.xixian.alliance.ecommerce.orders.IntakeResult;
import cn.xixian.alliance.ecommerce.orders.persistence.StoreOrderDocument;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What one exchange of the canonical route carries from step to step: the batch id, the orders it wrote (to book,
 * parcel and finish) and the answer per incoming order. The recovery builds one from a stored batch.
 */
final class IntakeBatch {

    static final String PROPERTY = "allianceIntakeBatch";

    final String id;
    final int season;
    final IntakeResult[] results;
    /** Orders this batch wrote, as planned; replaced by what the booking turned out to be. */
    final List<StoreOrderDocument> orders = new ArrayList<>();
    /** Index in {@link #results} of each written order (parallel to {@link #orders}); -1 in a recovery. */
    final List<Integer> resultIndex = new ArrayList<>();
    /** Earlier batches a repeated message belongs to that are not finished yet: finish them too. */
    final Set<String> unfinished = new LinkedHashSet<>();
    /** Whether the batch record was written (else there is nothing to mark done). */
    boolean recorded;

    IntakeBatch(String id, int season, int size) {
        this.id = id;
        this.season = season;
        this.results = new IntakeResult[size];
    }

    List<IntakeResult> reply() {
        return List.of(results);
    }
}
