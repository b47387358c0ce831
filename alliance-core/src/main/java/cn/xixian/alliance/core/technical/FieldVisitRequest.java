package cn.xixian.alliance.core.technical;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * A technician's field guidance visit (田间指导) to a household's orchard. {@code redOrderId} links it to the
 * household's red-order contract, which must then be ACTIVE.
 */
public record FieldVisitRequest(
        @NotBlank String householdId,
        @Size(max = 40) String orchardCode,
        @NotBlank String technicianId,
        @NotNull LocalDate date,
        @NotBlank @Size(max = 1000) String findings,
        @NotBlank @Size(max = 1000) String advice,
        String redOrderId) {
}
