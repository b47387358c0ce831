package cn.xixian.alliance.core.security;

import cn.xixian.alliance.core.web.ForbiddenException;
import java.util.Optional;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Row-level access in one place: a COOPERATIVE user reaches only its own cooperative's data.
 * Which role may call an endpoint at all is declared with {@code @PreAuthorize} on the controllers.
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

    /**
     * The cooperative a COOPERATIVE user is confined to; empty for coordinators and for work the
     * app does itself (no signed-in user). A cooperative account bound to no cooperative reaches
     * nothing: the check fails closed.
     */
    public Optional<String> confinedToCooperative() {
        Optional<AllianceUser> user = get().filter(u -> u.has(Role.COOPERATIVE) && !u.has(Role.COORDINATOR));
        if (user.isPresent() && user.get().cooperativeId() == null) {
            throw new ForbiddenException("this cooperative account is not bound to a cooperative");
        }
        return user.map(AllianceUser::cooperativeId);
    }

    /**
     * The cooperative a list is limited to: a cooperative user's own (naming another is refused
     * with 403), otherwise the one asked for, or none (null) for all.
     */
    public String cooperativeScope(String requestedCooperativeId) {
        Optional<String> own = confinedToCooperative();
        if (own.isEmpty()) {
            return requestedCooperativeId;
        }
        if (requestedCooperativeId != null) {
            checkCooperative(requestedCooperativeId);
        }
        return own.get();
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
