package cn.xixian.alliance.core.registry.persistence;

import java.util.Optional;
import org.springframework.data.mongodb.repository.MongoRepository;

public interface MemberRepository extends MongoRepository<MemberDocument, String> {

    Optional<MemberDocument> findByCode(String code);
}
