package cn.xixian.alliance.core.field.persistence;

import org.springframework.data.mongodb.repository.MongoRepository;

public interface FieldBindingRepository extends MongoRepository<FieldBindingDocument, String> {
}
