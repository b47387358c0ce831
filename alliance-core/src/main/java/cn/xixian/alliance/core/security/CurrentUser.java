package cn.xixian.alliance.core.security;

import cn.xixian.alliance.core.web.ForbiddenException;
import java.util.Optional;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Row-level access in one place: a COOPERATIVE user reaches only its own cooperative's data,
 * every other role is limited by the URL rules alone.
 */
@Component
public class CurrentUser {

    public Optional<AllianceUser> get() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth != null && auth.getPrincipal() instanceof AllianceUser user ? Optional.of(user) : Optional.empty();
    }

    public String username() {
        return get().map(AllianceUser::getUsername).orElse("system");
    }

    /** The cooperative a COOPERATIVE user is confined to; empty for coordinators and the like. */
    public Optional<String> confinedToCooperative() {
        return get().filter(u -> u.has(Role.COOPERATIVE) && !u.has(Role.COORDINATOR)).map(AllianceUser::cooperativeId);
    }

    /** Refuses (403) when a cooperative user names another cooperative. */
    public void checkCooperative(String cooperativeId) {
        confinedToCooperative().ifPresent(own -> {
            if (!own.equals(cooperativeId)) {
                throw new ForbiddenException("cooperative users may only access their own cooperative's data");
            }
        });
    }
}
