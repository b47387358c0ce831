package cn.xixian.alliance.core.registry;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

/** A matter's new status with a note, naming the version read (409 when the matter changed since). */
public record MatterChange(
        @NotNull JointMeeting.Status status,
        @Size(max = 500) String note,
        @NotNull @PositiveOrZero Long version) {
}
