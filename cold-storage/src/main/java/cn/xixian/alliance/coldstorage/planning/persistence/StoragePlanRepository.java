package cn.xixian.alliance.coldstorage.planning.persistence;

import org.springframework.data.mongodb.repository.MongoRepository;

public interface StoragePlanRepository extends MongoRepository<StoragePlanDocument, String> {
}
