package cn.xixian.alliance.core.registry;

import cn.xixian.alliance.core.registry.persistence.JointMeetingStore;
import cn.xixian.alliance.core.security.CurrentUser;
import cn.xixian.alliance.core.web.ConflictException;
import cn.xixian.alliance.core.web.InvalidInputException;
import cn.xixian.alliance.core.web.NotFoundException;
import cn.xixian.alliance.core.web.PageResponse;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.bson.types.ObjectId;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;

/** Joint meetings and their agreed matters, and the list of matters across meetings (open, overdue, by owner). */
@Service
public class JointMeetingService {

    /** Due dates are the county's calendar days. */
    static final ZoneId COUNTY = ZoneId.of("Asia/Shanghai");

    private final JointMeetingStore store;
    private final MemberService members;
    private final CurrentUser currentUser;
    private final Clock clock;

    JointMeetingService(JointMeetingStore store, MemberService members, CurrentUser currentUser,
            Optional<Clock> clock) {
        this.store = store;
        this.members = members;
        this.currentUser = currentUser;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    public PageResponse<JointMeeting> list(Integer year, Pageable page) {
        return store.page(year, page);
    }

    public JointMeeting get(String id) {
        return store.find(id).orElseThrow(() -> new NotFoundException("joint meeting", id));
    }

    public Optional<JointMeeting> findByTitle(String title) {
        return store.findByTitle(title);
    }

    public JointMeeting create(JointMeeting meeting) {
        checkMembers(meeting);
        List<JointMeeting.Matter> matters = meeting.matters().stream().map(m -> m.withVersion(0)).toList();
        return store.insert(meeting.withId(new ObjectId().toHexString()).withMatters(matters));
    }

    /** A replaced matter counts as changed: its version moves on, so a change read before the PUT is stale. */
    public JointMeeting update(String id, JointMeeting meeting) {
        JointMeeting stored = get(id);
        checkMembers(meeting);
        List<JointMeeting.Matter> matters = new ArrayList<>();
        for (int i = 0; i < meeting.matters().size(); i++) {
            long before = i < stored.matters().size() ? stored.matters().get(i).currentVersion() : -1;
            matters.add(meeting.matters().get(i).withVersion(before + 1));
        }
        return store.save(meeting.withId(id).withMatters(matters));
    }

    public LocalDate today() {
        return LocalDate.now(clock.withZone(COUNTY));
    }

    /**
     * Matters across meetings, due first: in a status (any when null), of an owner (any when null), and with
     * {@code overdue} only those past due and still AGREED or IN_PROGRESS.
     */
    public PageResponse<MatterRow> matters(JointMeeting.Status status, String ownerMemberId, boolean overdue,
            Pageable page) {
        String owner = ownerMemberId == null || ownerMemberId.isBlank() ? null : members.idOf(ownerMemberId.strip());
        Set<JointMeeting.Status> statuses = status != null ? EnumSet.of(status)
                : overdue ? EnumSet.of(JointMeeting.Status.AGREED, JointMeeting.Status.IN_PROGRESS) : null;
        LocalDate today = today();
        List<MatterRow> rows = new ArrayList<>();
        for (JointMeeting meeting : store.withMatters(statuses, owner)) {
            for (int i = 0; i < meeting.matters().size(); i++) {
                JointMeeting.Matter m = meeting.matters().get(i);
                if ((statuses == null || statuses.contains(m.status()))
                        && (owner == null || owner.equals(m.ownerMemberId()))
                        && (!overdue || m.overdue(today))) {
                    rows.add(MatterRow.of(meeting, i, today));
                }
            }
        }
        rows.sort(Comparator.comparing(MatterRow::dueDate, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(MatterRow::meetingId).thenComparingInt(MatterRow::index));
        int from = (int) Math.min(rows.size(), page.getOffset());
        int to = Math.min(rows.size(), from + page.getPageSize());
        return new PageResponse<>(rows.subList(from, to), rows.size());
    }

    /** How many matters are overdue now (the dashboard's figure). */
    public long overdueCount() {
        return matters(null, null, true, Pageable.ofSize(1)).total();
    }

    /**
     * A matter's status changed with a note: one conditional update that holds only while the matter still has
     * the version the caller read (409 otherwise) and is not DONE or DROPPED already.
     */
    public MatterRow changeMatter(String meetingId, int index, MatterChange change) {
        JointMeeting meeting = get(meetingId);
        if (index < 0 || index >= meeting.matters().size()) {
            throw new NotFoundException("matter", meetingId + "/" + index);
        }
        JointMeeting.Matter matter = meeting.matters().get(index);
        if (!change.status().changeableFrom().contains(matter.status())) {
            throw new ConflictException("a matter " + matter.status() + " cannot become " + change.status());
        }
        if (change.version() != matter.currentVersion()
                || !store.changeMatter(meetingId, index, change.version(), change.status().changeableFrom(),
                        change.status(), blankToNull(change.note()), Instant.now(clock), currentUser.username())) {
            throw new ConflictException("the matter changed since version " + change.version() + "; read it again");
        }
        return MatterRow.of(get(meetingId), index, today());
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
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
