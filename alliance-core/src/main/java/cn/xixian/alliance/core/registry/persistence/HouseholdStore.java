package cn.xixian.alliance.core.registry.persistence;

import cn.xixian.alliance.core.persistence.PagedQueries;
import cn.xixian.alliance.core.registry.Household;
import cn.xixian.alliance.core.web.PageResponse;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.bson.Document;
import org.springframework.data.domain.Pageable;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/** Households as stored ({@code households}): the registry's queries over them, in domain terms. */
@Component
public class HouseholdStore {

    private final HouseholdRepository repository;
    private final MongoTemplate mongo;
    private final PagedQueries pages;

    HouseholdStore(HouseholdRepository repository, MongoTemplate mongo, PagedQueries pages) {
        this.pages = pages;
        this.repository = repository;
        this.mongo = mongo;
    }

    /** Each criterion applies when not null; {@code text} matches code or name, case-insensitive. */
    public record Filter(String cooperativeId, String villageId, Boolean povertyRegistered, Boolean demoHousehold,
            String text) {
    }

    public PageResponse<Household> search(Filter filter, Pageable page) {
        List<Criteria> where = new ArrayList<>();
        if (filter.cooperativeId() != null) {
            where.add(Criteria.where("cooperativeId").is(filter.cooperativeId()));
        }
        if (filter.villageId() != null) {
            where.add(Criteria.where("villageId").is(filter.villageId()));
        }
        if (filter.povertyRegistered() != null) {
            where.add(Criteria.where("povertyRegistered").is(filter.povertyRegistered()));
        }
        if (filter.demoHousehold() != null) {
            where.add(Criteria.where("demoHousehold").is(filter.demoHousehold()));
        }
        if (filter.text() != null && !filter.text().isBlank()) {
            Pattern text = Pattern.compile(Pattern.quote(filter.text().strip()), Pattern.CASE_INSENSITIVE);
            where.add(new Criteria().orOperator(Criteria.where("code").regex(text), Criteria.where("name").regex(text)));
        }
        Query query = where.isEmpty() ? new Query() : new Query(new Criteria().andOperator(where));
        return pages.query(query, page, HouseholdDocument.class, "households", HouseholdDocument::toHousehold);
    }

    public Optional<HouseholdDocument> findDocument(String id) {
        return repository.findById(id);
    }

    public Optional<Household> find(String id) {
        return repository.findById(id).map(HouseholdDocument::toHousehold);
    }

    public List<Household> findAll(Collection<String> ids) {
        return mongo.find(Query.query(Criteria.where("_id").in(ids)), HouseholdDocument.class).stream()
                .map(HouseholdDocument::toHousehold).toList();
    }

    public Optional<Household> findByCode(String code) {
        return Optional.ofNullable(mongo.findOne(Query.query(Criteria.where("code").is(code)), HouseholdDocument.class))
                .map(HouseholdDocument::toHousehold);
    }

    public List<Household> demoHouseholds() {
        return repository.findByDemoHouseholdTrue().stream().map(HouseholdDocument::toHousehold).toList();
    }

    /** Ids only, without loading the households (many harvest rows are checked against them). */
    public Set<String> idsOfCooperative(String cooperativeId) {
        Set<String> ids = new HashSet<>();
        mongo.getCollection("households")
                .find(new Document("cooperativeId", cooperativeId))
                .projection(new Document("_id", 1))
                .forEach(d -> ids.add(d.get("_id").toString()));
        return ids;
    }

    public Household insert(Household household) {
        return repository.insert(new HouseholdDocument(household.id()).apply(household)).toHousehold();
    }

    /** Saved over the document read (its {@code @Version} guards against a change in between: 409). */
    public Household save(HouseholdDocument read, Household household) {
        return repository.save(read.apply(household)).toHousehold();
    }
}
