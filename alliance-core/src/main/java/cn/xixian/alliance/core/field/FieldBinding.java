package cn.xixian.alliance.core.field;

import java.util.List;

/**
 * What a field login is bound to: a DRIVER to a driver record, a TECHNICIAN to a technician, a
 * COLD_STORE_KEEPER to one or more cold stores (ids). Unused parts are null or empty.
 */
public record FieldBinding(String username, String driverId, String technicianId, List<String> coldStoreIds) {

    public FieldBinding {
        coldStoreIds = coldStoreIds == null ? List.of() : List.copyOf(coldStoreIds);
    }

    public static FieldBinding driver(String username, String driverId) {
        return new FieldBinding(username, driverId, null, List.of());
    }

    public static FieldBinding technician(String username, String technicianId) {
        return new FieldBinding(username, null, technicianId, List.of());
    }

    public static FieldBinding keeper(String username, List<String> coldStoreIds) {
        return new FieldBinding(username, null, null, coldStoreIds);
    }
}
