package cn.xixian.alliance.core.technical;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A recorded training session; stored as it is shown (collection {@code trainings}); season = the date's year. */
public record Training(
        String id,
        int season,
        String topic,
        LocalDate date,
        List<String> technicianIds,
        List<String> attendeeHouseholdIds,
        int attendeeCount,
        String villageId,
        String location,
        String notes,
        Instant createdAt,
        String createdBy) {
}
