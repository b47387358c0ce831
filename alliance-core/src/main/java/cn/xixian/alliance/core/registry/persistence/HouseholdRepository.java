package cn.xixian.alliance.core.registry.persistence;

import org.springframework.data.mongodb.repository.MongoRepository;

public interface HouseholdRepository extends MongoRepository<HouseholdDocument, String> {
}
