package cn.xixian.alliance.core.harvest.persistence;

import cn.xixian.alliance.core.harvest.HarvestLot;
import cn.xixian.alliance.core.harvest.HarvestLotService;
import cn.xixian.alliance.core.persistence.PagedQueries;
import cn.xixian.alliance.core.web.PageResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/** The {@code harvest_lots} collection; {@code (cooperativeId, externalRef)} is unique. */
@Component
public class HarvestLotStore {

    private final MongoTemplate mongo;
    private final PagedQueries pages;

    HarvestLotStore(MongoTemplate mongo, PagedQueries pages) {
        this.mongo = mongo;
        this.pages = pages;
    }

    /** Stores a new lot; a taken {@code (cooperativeId, externalRef)} throws {@code DuplicateKeyException}. */
    public HarvestLotDocument insert(HarvestLotDocument lot) {
        return mongo.insert(lot);
    }

    public Optional<HarvestLotDocument> find(String id) {
        return Optional.ofNullable(mongo.findById(id, HarvestLotDocument.class));
    }

    /** Every field of the filter that is set narrows the list ({@code cooperativeId} already scoped). */
    public PageResponse<HarvestLot> search(HarvestLotService.Filter filter, Pageable page) {
        List<Criteria> where = new ArrayList<>();
        if (filter.cooperativeId() != null) {
            where.add(Criteria.where("cooperativeId").is(filter.cooperativeId()));
        }
        if (filter.householdId() != null) {
            where.add(Criteria.where("householdId").is(filter.householdId()));
        }
        if (filter.importId() != null) {
            where.add(Criteria.where("importId").is(filter.importId()));
        }
        if (filter.grade() != null) {
            where.add(Criteria.where("grade").is(filter.grade()));
        }
        if (filter.from() != null || filter.to() != null) {
            Criteria pick = Criteria.where("pickDate");
            if (filter.from() != null) {
                pick = pick.gte(filter.from());
            }
            if (filter.to() != null) {
                pick = pick.lte(filter.to());
            }
            where.add(pick);
        }
        Query query = where.isEmpty() ? new Query() : new Query(new Criteria().andOperator(where));
        return pages.query(query, page, HarvestLotDocument.class, HarvestLotDocument.COLLECTION,
                HarvestLotDocument::toHarvestLot);
    }
}
