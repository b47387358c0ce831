package cn.xixian.alliance.coldstorage.coldstore;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * Registers a cold store with its chambers. {@code ownerId} is the owning member's id or code; without
 * {@code lat}/{@code lon} the store sits at its owner's location.
 */
public record ColdStoreRequest(
        @NotBlank @Pattern(regexp = CODE, message = CODE_MESSAGE) String code,
        @NotBlank @Size(max = 100) String name,
        @NotBlank String ownerId,
        @DecimalMin("-90") @DecimalMax("90") Double lat,
        @DecimalMin("-180") @DecimalMax("180") Double lon,
        @NotEmpty @Size(max = 200) List<@Valid ChamberRequest> chambers) {

    static final String CODE = "^[A-Za-z0-9][A-Za-z0-9_-]{0,39}$";
    static final String CODE_MESSAGE = "must be 1-40 letters, digits, '-' or '_'";
}
