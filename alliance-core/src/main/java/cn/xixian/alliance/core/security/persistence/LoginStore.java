package cn.xixian.alliance.core.security.persistence;

import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/** A login's state changes, each one conditional update of its document (no read-modify-write). */
@Component
public class LoginStore {

    private final MongoTemplate mongo;

    LoginStore(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    public Optional<UserAccountDocument> find(String username) {
        return Optional.ofNullable(mongo.findById(username, UserAccountDocument.class));
    }

    public List<UserAccountDocument> all() {
        return mongo.find(new Query().with(Sort.by("_id")), UserAccountDocument.class);
    }

    /** False when there is no such login. */
    public boolean setDisabled(String username, boolean disabled) {
        return mongo.updateFirst(Query.query(Criteria.where("_id").is(username)), Update.update("disabled", disabled),
                UserAccountDocument.class).getMatchedCount() > 0;
    }

    /** A coordinator's reset: the new hash replaces the old one, and the user must change it. */
    public boolean resetPassword(String username, String newHash) {
        return mongo.updateFirst(Query.query(Criteria.where("_id").is(username)),
                Update.update("passwordHash", newHash).set("passwordChangeRequired", true),
                UserAccountDocument.class).getMatchedCount() > 0;
    }

    /** The user's own change: only while the hash is still the one the current password was checked against. */
    public boolean changePassword(String username, String checkedHash, String newHash) {
        return mongo.updateFirst(Query.query(Criteria.where("_id").is(username).and("passwordHash").is(checkedHash)),
                Update.update("passwordHash", newHash).set("passwordChangeRequired", false),
                UserAccountDocument.class).getMatchedCount() > 0;
    }
}
