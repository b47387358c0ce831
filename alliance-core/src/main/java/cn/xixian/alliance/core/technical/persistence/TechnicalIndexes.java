package cn.xixian.alliance.core.technical.persistence;

import cn.xixian.alliance.core.technical.TechnicalService;
import jakarta.annotation.PostConstruct;
import org.springframework.data.domain.Sort.Direction;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.stereotype.Component;

/** Sessions and visits are counted per season and listed per household and technician. */
@Component
class TechnicalIndexes {

    private final MongoTemplate mongo;

    TechnicalIndexes(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @PostConstruct
    void create() {
        var trainings = mongo.indexOps(TechnicalService.TRAININGS);
        trainings.ensureIndex(new Index("season", Direction.ASC).named("season"));
        trainings.ensureIndex(new Index("attendeeHouseholdIds", Direction.ASC).named("attendee"));
        var visits = mongo.indexOps(TechnicalService.VISITS);
        visits.ensureIndex(new Index("season", Direction.ASC).named("season"));
        visits.ensureIndex(new Index("householdId", Direction.ASC).named("household"));
        visits.ensureIndex(new Index("redOrderId", Direction.ASC).named("red_order"));
    }
}
