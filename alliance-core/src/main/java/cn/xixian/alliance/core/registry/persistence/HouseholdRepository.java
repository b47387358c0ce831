package cn.xixian.alliance.core.registry.persistence;

import java.util.List;
import org.springframework.data.mongodb.repository.MongoRepository;

public interface HouseholdRepository extends MongoRepository<HouseholdDocument, String> {

    /** The demonstration households (about 1,000 in the county), for the technical group's coverage. */
    List<HouseholdDocument> findByDemoHouseholdTrue();
}
