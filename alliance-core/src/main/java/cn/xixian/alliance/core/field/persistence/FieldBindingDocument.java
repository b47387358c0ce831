package cn.xixian.alliance.core.field.persistence;

import cn.xixian.alliance.core.field.FieldBinding;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** A field login's binding, keyed by username (beside the login in {@code users}, kept apart so logins stay small). */
@Document("field_bindings")
public record FieldBindingDocument(@Id String username, String driverId, String technicianId,
        List<String> coldStoreIds) {

    public static FieldBindingDocument of(FieldBinding b) {
        return new FieldBindingDocument(b.username(), b.driverId(), b.technicianId(), b.coldStoreIds());
    }

    public FieldBinding toBinding() {
        return new FieldBinding(username, driverId, technicianId, coldStoreIds);
    }
}
