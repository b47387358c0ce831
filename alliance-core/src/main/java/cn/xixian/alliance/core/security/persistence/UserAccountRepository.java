package cn.xixian.alliance.core.security.persistence;

import org.springframework.data.mongodb.repository.MongoRepository;

public interface UserAccountRepository extends MongoRepository<UserAccountDocument, String> {
}
