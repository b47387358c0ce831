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

    /** One agreed matter (议定事项): planning, technical support, …, and how far it has got. */
    public record Matter(
            @NotBlank @Size(max = 300) String title,
            String ownerMemberId,
            LocalDate dueDate,
            @NotNull Status status) {
    }

    public enum Status { AGREED, IN_PROGRESS, DONE, DROPPED }
}
