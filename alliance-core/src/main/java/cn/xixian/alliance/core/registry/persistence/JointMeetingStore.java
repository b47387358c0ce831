package cn.xixian.alliance.core.registry.persistence;

import cn.xixian.alliance.core.persistence.PagedQueries;
import cn.xixian.alliance.core.registry.JointMeeting;
import cn.xixian.alliance.core.web.PageResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/** Joint meetings as stored ({@code joint_meetings}): the record is the document, matters embedded in order. */
@Component
public class JointMeetingStore {

    static final String COLLECTION = "joint_meetings";
    /** A county holds a few dozen meetings a year; the matter list reads at most this many meetings. */
    public static final int MAX_MEETINGS_SCANNED = 5_000;

    private final MongoTemplate mongo;
    private final PagedQueries pages;

    JointMeetingStore(MongoTemplate mongo, PagedQueries pages) {
        this.pages = pages;
        this.mongo = mongo;
    }

    public PageResponse<JointMeeting> page(Integer year, Pageable page) {
        Query query = year == null ? new Query()
                : new Query(Criteria.where("date").gte(LocalDate.of(year, 1, 1)).lt(LocalDate.of(year + 1, 1, 1)));
        return pages.query(query, page, JointMeeting.class, COLLECTION, m -> m);
    }

    public Optional<JointMeeting> find(String id) {
        return Optional.ofNullable(mongo.findById(id, JointMeeting.class, COLLECTION));
    }

    public Optional<JointMeeting> findByTitle(String title) {
        return Optional.ofNullable(mongo.findOne(Query.query(Criteria.where("title").is(title)), JointMeeting.class,
                COLLECTION));
    }

    public JointMeeting insert(JointMeeting meeting) {
        return mongo.insert(meeting, COLLECTION);
    }

    public JointMeeting save(JointMeeting meeting) {
        return mongo.save(meeting, COLLECTION);
    }

    /** Meetings with at least one matter in these statuses (all when null) owned by this member (any when null). */
    public List<JointMeeting> withMatters(Set<JointMeeting.Status> statuses, String ownerMemberId) {
        List<Criteria> element = new ArrayList<>();
        if (statuses != null) {
            element.add(Criteria.where("status").in(statuses));
        }
        if (ownerMemberId != null) {
            element.add(Criteria.where("ownerMemberId").is(ownerMemberId));
        }
        Query query = element.isEmpty() ? new Query()
                : Query.query(Criteria.where("matters").elemMatch(new Criteria().andOperator(element)));
        return mongo.find(query.with(Sort.by("date", "_id")).limit(MAX_MEETINGS_SCANNED), JointMeeting.class,
                COLLECTION);
    }

    /**
     * One conditional update: the matter changes only while it still has the version the caller read and a
     * status it may change from; false otherwise (nothing written).
     */
    public boolean changeMatter(String meetingId, int index, long expectedVersion, Set<JointMeeting.Status> from,
            JointMeeting.Status to, String note, Instant at, String by) {
        String path = "matters." + index + ".";
        Criteria version = expectedVersion == 0
                ? new Criteria().orOperator(Criteria.where(path + "version").is(0L), Criteria.where(path + "version").is(null))
                : Criteria.where(path + "version").is(expectedVersion);
        Query query = Query.query(new Criteria().andOperator(Criteria.where("_id").is(meetingId),
                Criteria.where(path + "status").in(from), version));
        Update update = Update.update(path + "status", to).set(path + "version", expectedVersion + 1)
                .set(path + "note", note).set(path + "updatedAt", at).set(path + "updatedBy", by);
        return mongo.updateFirst(query, update, COLLECTION).getMatchedCount() > 0;
    }
}
