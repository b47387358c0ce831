package cn.xixian.alliance.core.registry;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** Who to call at a member organisation. */
public record Contact(
        @Size(max = 60) String person,
        @Pattern(regexp = Codes.PHONE, message = Codes.PHONE_MESSAGE) String phone,
        @Size(max = 200) String address) {
}
