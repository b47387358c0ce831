package cn.xixian.alliance.ecommerce.stores;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A new online store. {@code secret} is write-only: kept for signing checks, never shown again (a secret configured
 * as {@code alliance.ecommerce.stores.<CODE>.secret} takes precedence over it). {@code memberId} links the store to
 * its ONLINE_STORE member of the registry (id or code).
 */
public record OnlineStoreRequest(
        @NotBlank(message = "is required") @Pattern(regexp = "[A-Z0-9][A-Z0-9_-]{0,39}",
                message = "must be upper-case letters, digits, '-' or '_' (at most 40)") String code,
        @NotBlank(message = "is required") @Size(max = 100, message = "must be at most 100 characters") String name,
        @NotNull(message = "is required") StorePlatform platform,
        String memberId,
        @Size(min = 16, max = 200, message = "must be 16 to 200 characters") String secret,
        @Valid PollSettings poll) {

    /** Never prints the secret (records print every field by default). */
    @Override
    public String toString() {
        return "OnlineStoreRequest[code=" + code + ", name=" + name + ", platform=" + platform + ", memberId="
                + memberId + ", secret=" + (secret == null ? "none" : "***") + ", poll=" + poll + "]";
    }
}
