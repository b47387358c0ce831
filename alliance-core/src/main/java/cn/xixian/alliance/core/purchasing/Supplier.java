package cn.xixian.alliance.core.purchasing;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * An input supplier (农资供应商) the purchasing group buys from; where its goods are picked up. A plain value,
 * stored as it is (collection {@code input_suppliers}).
 */
public record Supplier(
        String id,
        @NotBlank @Pattern(regexp = "^[A-Za-z0-9][A-Za-z0-9_-]{0,39}$", message = "must be 1-40 letters, digits, '-' or '_'") String code,
        @NotBlank @Size(max = 80) String name,
        @NotNull @DecimalMin("-90") @DecimalMax("90") Double lat,
        @NotNull @DecimalMin("-180") @DecimalMax("180") Double lon,
        @Pattern(regexp = "^[0-9+\\- ]{5,20}$", message = "must be a phone number") String phone) {

    Supplier withId(String newId) {
        return new Supplier(newId, code, name, lat, lon, phone);
    }
}
