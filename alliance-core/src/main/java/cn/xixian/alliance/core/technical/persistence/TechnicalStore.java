package cn.xixian.alliance.core.technical.persistence;

import cn.xixian.alliance.core.technical.FieldVisit;
import cn.xixian.alliance.core.technical.Training;
import java.util.List;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/** The technical group's reads for the season's coverage. */
@Component
public class TechnicalStore {

    /** The county reports about 800 visits a season; a season's map and coverage read at most this many. */
    public static final int MAX_VISITS = 20_000;

    private final MongoTemplate mongo;

    TechnicalStore(MongoTemplate mongo) {
        this.mongo = mongo;
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
