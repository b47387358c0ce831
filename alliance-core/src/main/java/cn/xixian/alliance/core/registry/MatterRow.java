package cn.xixian.alliance.core.registry;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One agreed matter in the list across meetings: where it was agreed ({@code meetingId}, its 0-based
 * {@code index} there), whose it is, when due, how far it got, and the {@code version} a change must name.
 */
public record MatterRow(
        String meetingId,
        int index,
        String title,
        String ownerMemberId,
        LocalDate dueDate,
        JointMeeting.Status status,
        long version,
        boolean overdue,
        LocalDate meetingDate,
        String meetingTitle,
        String note,
        Instant updatedAt,
        String updatedBy) {

    static MatterRow of(JointMeeting meeting, int index, LocalDate today) {
        JointMeeting.Matter m = meeting.matters().get(index);
        return new MatterRow(meeting.id(), index, m.title(), m.ownerMemberId(), m.dueDate(), m.status(),
                m.currentVersion(), m.overdue(today), meeting.date(), meeting.title(), m.note(), m.updatedAt(),
                m.updatedBy());
    }
}
