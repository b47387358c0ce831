package cn.xixian.alliance.core.technical.persistence;

import cn.xixian.alliance.core.persistence.PagedQueries;
import cn.xixian.alliance.core.technical.FieldVisit;
import cn.xixian.alliance.core.technical.SeasonCounts;
import cn.xixian.alliance.core.technical.TechnicalService;
import cn.xixian.alliance.core.technical.Training;
import cn.xixian.alliance.core.web.PageResponse;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.bson.Document;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/** Trainings ({@code trainings}) and field visits ({@code field_visits}) as stored: the technical group's queries. */
@Component
public class TechnicalStore {

    /** The county reports about 800 visits a season; a season's map and coverage read at most this many. */
    public static final int MAX_VISITS = 20_000;

    private final MongoTemplate mongo;
    private final PagedQueries pages;

    TechnicalStore(MongoTemplate mongo, PagedQueries pages) {
        this.mongo = mongo;
        this.pages = pages;
    }

    public Training insertTraining(Training training) {
        return mongo.insert(training, TechnicalService.TRAININGS);
    }

    public Optional<Training> findTraining(String id) {
        return Optional.ofNullable(mongo.findById(id, Training.class, TechnicalService.TRAININGS));
    }

    public Optional<FieldVisit> findVisit(String id) {
        return Optional.ofNullable(mongo.findById(id, FieldVisit.class, TechnicalService.VISITS));
    }

    /** Inserts the visit; a visit with the same id already stored: {@link org.springframework.dao.DuplicateKeyException}. */
    public FieldVisit insertVisit(FieldVisit visit) {
        return mongo.insert(visit, TechnicalService.VISITS);
    }

    /** Trainings, each criterion applying when not null, each page's trainings passed through {@code shown}. */
    public PageResponse<Training> trainings(Integer season, String technicianId, String attendeeHouseholdId,
            Pageable page, UnaryOperator<Training> shown) {
        Criteria where = new Criteria();
        if (season != null) {
            where = where.and("season").is(season);
        }
        if (technicianId != null) {
            where = where.and("technicianIds").is(technicianId);
        }
        if (attendeeHouseholdId != null) {
            where = where.and("attendeeHouseholdIds").is(attendeeHouseholdId);
        }
        return pages.query(Query.query(where), page, Training.class, TechnicalService.TRAININGS, shown);
    }

    /** Field visits, each criterion applying when not null. */
    public PageResponse<FieldVisit> visits(String cooperativeId, Integer season, String technicianId,
            String householdId, String redOrderId, Pageable page) {
        Criteria where = new Criteria();
        if (cooperativeId != null) {
            where = where.and("cooperativeId").is(cooperativeId);
        }
        if (season != null) {
            where = where.and("season").is(season);
        }
        if (technicianId != null) {
            where = where.and("technicianId").is(technicianId);
        }
        if (householdId != null) {
            where = where.and("householdId").is(householdId);
        }
        if (redOrderId != null) {
            where = where.and("redOrderId").is(redOrderId);
        }
        return pages.query(Query.query(where), page, FieldVisit.class, TechnicalService.VISITS, v -> v);
    }

    /**
     * Counts per season. A season has a few hundred sessions and visits, so the ids are streamed with a
     * projection and counted in Java: exact distinct counts without relying on aggregation stages the
     * embedded server may lack.
     */
    public SeasonCounts seasonCounts(int season) {
        Document inSeason = new Document("season", season);
        long trainings = 0;
        long attendances = 0;
        Set<String> attendees = new HashSet<>();
        Set<String> technicians = new HashSet<>();
        for (Document t : mongo.getCollection(TechnicalService.TRAININGS).find(inSeason)
                .projection(new Document("attendeeHouseholdIds", 1).append("technicianIds", 1))) {
            trainings++;
            List<String> ids = t.getList("attendeeHouseholdIds", String.class, List.of());
            attendances += ids.size();
            attendees.addAll(ids);
            technicians.addAll(t.getList("technicianIds", String.class, List.of()));
        }
        long visits = 0;
        long onRedOrders = 0;
        Set<String> visited = new HashSet<>();
        for (Document v : mongo.getCollection(TechnicalService.VISITS).find(inSeason)
                .projection(new Document("householdId", 1).append("technicianId", 1).append("redOrderId", 1))) {
            visits++;
            visited.add(v.getString("householdId"));
            technicians.add(v.getString("technicianId"));
            if (v.getString("redOrderId") != null) {
                onRedOrders++;
            }
        }
        Set<String> reached = new HashSet<>(attendees);
        reached.addAll(visited);
        return new SeasonCounts(season, trainings, attendances, attendees.size(), visits, visited.size(), onRedOrders,
                reached.size(), technicians.size());
    }

    /** The newest trainings any of these households attended. */
    public List<Training> trainingsAttendedBy(java.util.Collection<String> householdIds, int limit) {
        return mongo.find(Query.query(Criteria.where("attendeeHouseholdIds").in(householdIds))
                .with(Sort.by(Sort.Direction.DESC, "date", "_id")).limit(limit), Training.class, "trainings");
    }

    /** The newest visits to a cooperative's households. */
    public List<FieldVisit> visitsOf(String cooperativeId, int limit) {
        return mongo.find(Query.query(Criteria.where("cooperativeId").is(cooperativeId))
                .with(Sort.by(Sort.Direction.DESC, "date", "_id")).limit(limit), FieldVisit.class, "field_visits");
    }

    /** A season's visits, newest first, optionally of one cooperative's households. */
    public List<FieldVisit> visits(int season, String cooperativeId) {
        Criteria where = Criteria.where("season").is(season);
        if (cooperativeId != null) {
            where = where.and("cooperativeId").is(cooperativeId);
        }
        return mongo.find(Query.query(where).with(Sort.by(Sort.Direction.DESC, "date", "_id")).limit(MAX_VISITS),
                FieldVisit.class, "field_visits");
    }
}
