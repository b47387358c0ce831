package cn.xixian.alliance.core.registry;

import cn.xixian.alliance.core.persistence.PagedQueries;
import cn.xixian.alliance.core.web.InvalidInputException;
import cn.xixian.alliance.core.web.NotFoundException;
import cn.xixian.alliance.core.web.PageResponse;
import org.bson.types.ObjectId;
import org.springframework.data.domain.Pageable;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;

/** Joint meetings and their agreed matters; the record is the stored document ({@code joint_meetings}). */
@Service
public class JointMeetingService {

    static final String COLLECTION = "joint_meetings";

    private final MongoTemplate mongo;
    private final PagedQueries pages;
    private final MemberService members;

    JointMeetingService(MongoTemplate mongo, PagedQueries pages, MemberService members) {
        this.mongo = mongo;
        this.pages = pages;
        this.members = members;
    }

    public PageResponse<JointMeeting> list(Integer year, Pageable page) {
        Query query = year == null ? new Query()
                : new Query(Criteria.where("date").gte(java.time.LocalDate.of(year, 1, 1)).lt(java.time.LocalDate.of(year + 1, 1, 1)));
        return pages.query(query, page, JointMeeting.class, COLLECTION, m -> m);
    }

    public JointMeeting get(String id) {
        JointMeeting meeting = mongo.findById(id, JointMeeting.class, COLLECTION);
        if (meeting == null) {
            throw new NotFoundException("joint meeting", id);
        }
        return meeting;
    }

    public java.util.Optional<JointMeeting> findByTitle(String title) {
        return java.util.Optional.ofNullable(mongo.findOne(Query.query(Criteria.where("title").is(title)),
                JointMeeting.class, COLLECTION));
    }

    public JointMeeting create(JointMeeting meeting) {
        checkMembers(meeting);
        return mongo.insert(meeting.withId(new ObjectId().toHexString()), COLLECTION);
    }

    public JointMeeting update(String id, JointMeeting meeting) {
        get(id);
        checkMembers(meeting);
        return mongo.save(meeting.withId(id), COLLECTION);
    }

    private void checkMembers(JointMeeting meeting) {
        for (int i = 0; i < meeting.attendeeMemberIds().size(); i++) {
            if (members.find(meeting.attendeeMemberIds().get(i)).isEmpty()) {
                throw new InvalidInputException("attendeeMemberIds[" + i + "]", "names no known member");
            }
        }
        for (int i = 0; i < meeting.matters().size(); i++) {
            String owner = meeting.matters().get(i).ownerMemberId();
            if (owner != null && members.find(owner).isEmpty()) {
                throw new InvalidInputException("matters[" + i + "].ownerMemberId", "names no known member");
            }
        }
    }
}
