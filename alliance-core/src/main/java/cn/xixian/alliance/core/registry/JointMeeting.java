package cn.xixian.alliance.core.registry;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;

/** A joint meeting (联席会议) of the alliance's members and the matters it agreed on. */
public record JointMeeting(
        String id,
        @NotNull LocalDate date,
        @NotBlank @Size(max = 200) String title,
        @Size(max = 200) String venue,
        List<String> attendeeMemberIds,
        List<@Valid Matter> matters) {

    public JointMeeting {
        attendeeMemberIds = attendeeMemberIds == null ? List.of() : List.copyOf(attendeeMemberIds);
        matters = matters == null ? List.of() : List.copyOf(matters);
    }

    public JointMeeting withId(String newId) {
        return new JointMeeting(newId, date, title, venue, attendeeMemberIds, matters);
    }

    JointMeeting withMatters(List<Matter> newMatters) {
        return new JointMeeting(id, date, title, venue, attendeeMemberIds, newMatters);
    }

    /**
     * One agreed matter (议定事项): planning, technical support, …, and how far it has got. {@code version} counts
     * its status changes (a change names the version it read: 409 when another came first); {@code note} and
     * {@code updatedAt}/{@code updatedBy} say what the last change was.
     */
    public record Matter(
            @NotBlank @Size(max = 300) String title,
            String ownerMemberId,
            LocalDate dueDate,
            @NotNull Status status,
            @Size(max = 500) String note,
            Long version,
            java.time.Instant updatedAt,
            String updatedBy) {

        public Matter(String title, String ownerMemberId, LocalDate dueDate, Status status) {
            this(title, ownerMemberId, dueDate, status, null, 0L, null, null);
        }

        public long currentVersion() {
            return version == null ? 0 : version;
        }

        Matter withVersion(long newVersion) {
            return new Matter(title, ownerMemberId, dueDate, status, note, newVersion, updatedAt, updatedBy);
        }

        /** Past its due date and still to do (AGREED or IN_PROGRESS). */
        public boolean overdue(LocalDate today) {
            return dueDate != null && dueDate.isBefore(today) && status.open();
        }
    }

    /** AGREED → IN_PROGRESS → DONE or DROPPED; DONE and DROPPED are final. */
    public enum Status {
        AGREED, IN_PROGRESS, DONE, DROPPED;

        public boolean open() {
            return this == AGREED || this == IN_PROGRESS;
        }

        /** The statuses a matter may be in for a change to {@code this}: never back, never out of a final one. */
        public java.util.Set<Status> changeableFrom() {
            return switch (this) {
                case AGREED -> java.util.EnumSet.of(AGREED);
                case IN_PROGRESS -> java.util.EnumSet.of(AGREED, IN_PROGRESS);
                case DONE, DROPPED -> java.util.EnumSet.of(AGREED, IN_PROGRESS);
            };
        }
    }
}
