package cn.xixian.alliance.core.technical;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;

/** A training session (培训) given by one or more technicians to farmer households. */
public record TrainingRequest(
        @NotBlank @Size(max = 100) String topic,
        @NotNull LocalDate date,
        @NotEmpty @Size(max = 20) List<@NotBlank String> technicianIds,
        @NotEmpty @Size(max = 2000) List<@NotBlank String> attendeeHouseholdIds,
        String villageId,
        @Size(max = 100) String location,
        @Size(max = 500) String notes) {
}
