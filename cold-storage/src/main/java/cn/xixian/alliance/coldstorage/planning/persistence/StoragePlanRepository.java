package cn.xixian.alliance.coldstorage.planning.persistence;

import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.mongodb.repository.MongoRepository;

public interface StoragePlanRepository extends MongoRepository<StoragePlanDocument, String> {

    List<StoragePlanDocument> findByOrderByCreatedAtDesc(Pageable page);
}
