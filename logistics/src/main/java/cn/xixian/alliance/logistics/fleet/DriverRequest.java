package cn.xixian.alliance.logistics.fleet;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.time.LocalTime;
import java.util.List;

/**
 * Registers a driver. {@code vanIds} name the vans they may drive, by id or code; {@code maxShiftHours}
 * defaults to the shift's length and may not exceed it.
 */
public record DriverRequest(
        @NotBlank @Pattern(regexp = FleetCodes.PATTERN, message = FleetCodes.MESSAGE) String code,
        @NotBlank @Size(max = 50) String name,
        @NotBlank @Pattern(regexp = FleetCodes.PHONE, message = FleetCodes.PHONE_MESSAGE) String phone,
        @NotBlank @Pattern(regexp = FleetCodes.LICENCE, message = FleetCodes.LICENCE_MESSAGE) String licenceClass,
        @NotNull LocalTime shiftStart,
        @NotNull LocalTime shiftEnd,
        @Positive @DecimalMax("24") Double maxShiftHours,
        @NotNull @Size(min = 1, max = 30, message = "must list 1 to 30 vans") List<@NotBlank String> vanIds,
        Boolean partyMember) {
}
