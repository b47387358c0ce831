package cn.xixian.alliance.core.security;

import java.util.Collection;
import java.util.Set;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;

/** The signed-in principal: a Spring Security user that also knows its cooperative, if it has one. */
public class AllianceUser extends User {

    private final Set<Role> roles;
    private final String cooperativeId;

    private final boolean passwordChangeRequired;

    public AllianceUser(String username, String passwordHash, Set<Role> roles, String cooperativeId) {
        this(username, passwordHash, roles, cooperativeId, true, false);
    }

    /** A disabled login ({@code enabled} false) is refused at sign-in; see {@link LoginStates}. */
    public AllianceUser(String username, String passwordHash, Set<Role> roles, String cooperativeId, boolean enabled,
            boolean passwordChangeRequired) {
        super(username, passwordHash, enabled, true, true, true, authorities(roles));
        this.roles = Set.copyOf(roles);
        this.cooperativeId = cooperativeId;
        this.passwordChangeRequired = passwordChangeRequired;
    }

    /** After a coordinator's reset: every call but changing the own password is refused until then. */
    public boolean passwordChangeRequired() {
        return passwordChangeRequired;
    }

    private static Collection<? extends GrantedAuthority> authorities(Set<Role> roles) {
        return roles.stream().map(r -> new SimpleGrantedAuthority("ROLE_" + r.name())).toList();
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    /** The member id of the user's cooperative; null for users not bound to one. */
    public String cooperativeId() {
        return cooperativeId;
    }
}
