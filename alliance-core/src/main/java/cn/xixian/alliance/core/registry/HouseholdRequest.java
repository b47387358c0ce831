package cn.xixian.alliance.core.registry;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.util.List;

/** Create or replace a household; villages and cooperatives are named by id or code. */
public record HouseholdRequest(
        @Pattern(regexp = Codes.PATTERN, message = Codes.MESSAGE) String code,
        @NotBlank @Size(max = 60) String name,
        @NotBlank String villageId,
        @NotBlank String cooperativeId,
        @NotNull @Positive Double orchardAreaMu,
        Boolean povertyRegistered,
        Boolean demoHousehold,
        String technicianId,
        @Pattern(regexp = Codes.PHONE, message = Codes.PHONE_MESSAGE) String phone,
        List<@Valid Orchard> orchards) {
}
