package cn.xixian.alliance.core.registry;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

/** A party-member technician of the "red steward" network; {@code villageIds} are the villages served. */
public record Technician(
        String id,
        @NotBlank @Pattern(regexp = Codes.PATTERN, message = Codes.MESSAGE) String code,
        @NotBlank @Size(max = 60) String name,
        @Pattern(regexp = Codes.PHONE, message = Codes.PHONE_MESSAGE) String phone,
        @Size(max = 100) String specialty,
        boolean partyMember,
        List<String> villageIds) {

    public Technician {
        villageIds = villageIds == null ? List.of() : List.copyOf(villageIds);
    }

    public Technician withId(String newId) {
        return new Technician(newId, code, name, phone, specialty, partyMember, villageIds);
    }
}
