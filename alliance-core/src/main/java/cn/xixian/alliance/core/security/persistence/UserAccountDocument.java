package cn.xixian.alliance.core.security.persistence;

import cn.xixian.alliance.core.security.Role;
import java.util.Set;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** A login. The username is the key; only a one-way hash of the password is kept. */
@Document("users")
public class UserAccountDocument {

    @Id
    private String username;
    private String passwordHash;
    private Set<Role> roles;
    private String cooperativeId;
    /** A disabled login cannot sign in; a live session of it ends at its next request. */
    private boolean disabled;
    /** Set by a coordinator's password reset: the user must choose a new password before anything else. */
    private boolean passwordChangeRequired;

    protected UserAccountDocument() {
    }

    public UserAccountDocument(String username, String passwordHash, Set<Role> roles, String cooperativeId) {
        this.username = username;
        this.passwordHash = passwordHash;
        this.roles = roles;
        this.cooperativeId = cooperativeId;
    }

    public String getUsername() {
        return username;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public Set<Role> getRoles() {
        return roles;
    }

    public String getCooperativeId() {
        return cooperativeId;
    }

    public boolean isDisabled() {
        return disabled;
    }

    public boolean isPasswordChangeRequired() {
        return passwordChangeRequired;
    }
}
