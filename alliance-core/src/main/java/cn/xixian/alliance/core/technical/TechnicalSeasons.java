package cn.xixian.alliance.core.technical;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Service;

/**
 * Counts per season. A season has a few hundred sessions and visits, so the ids are streamed with a
 * projection and counted in Java: exact distinct counts without relying on aggregation stages the
 * embedded server may lack.
 */
@Service
public class TechnicalSeasons {

    private final MongoTemplate mongo;

    TechnicalSeasons(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    public SeasonCounts counts(int season) {
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
}
