package cn.xixian.alliance.core.technical;

import cn.xixian.alliance.core.registry.HouseholdService;
import cn.xixian.alliance.core.security.CurrentUser;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * Trainings are shared across cooperatives, but who attended is each cooperative's own business: a cooperative user
 * sees only its own households among the attendees (the count stays the whole session's).
 */
final class TrainingAttendees {

    private TrainingAttendees() {
    }

    /** The filter for one request: identity for users not confined to a cooperative. */
    static UnaryOperator<Training> forCaller(CurrentUser currentUser, HouseholdService households) {
        Optional<String> own = Optional.ofNullable(currentUser.cooperativeScope(null));
        if (own.isEmpty()) {
            return t -> t;
        }
        Set<String> ownHouseholds = households.idsOfCooperative(own.get());
        return t -> new Training(t.id(), t.season(), t.topic(), t.date(), t.technicianIds(),
                t.attendeeHouseholdIds() == null ? null
                        : t.attendeeHouseholdIds().stream().filter(ownHouseholds::contains).toList(),
                t.attendeeCount(), t.villageId(), t.location(), t.notes(), t.createdAt(), t.createdBy());
    }
}
