package cn.xixian.alliance.core.security;

import cn.xixian.alliance.core.security.persistence.LoginStore;
import cn.xixian.alliance.core.security.persistence.UserAccountDocument;
import cn.xixian.alliance.core.web.ConflictException;
import cn.xixian.alliance.core.web.InvalidInputException;
import cn.xixian.alliance.core.web.NotFoundException;
import java.security.SecureRandom;
import java.util.List;
import java.util.Set;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;

/**
 * What a coordinator does to logins after creating them (disable, enable, reset the password) and what every
 * user does to their own (change the password). Nothing here ever returns a password hash; the temporary password
 * of a reset is returned once and kept only as a hash.
 */
@Service
public class LoginAdministration {

    /** No 0/O, 1/l/I: read aloud or copied from a screen without mistakes. */
    private static final String ALPHABET = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private static final int TEMPORARY_LENGTH = 12;

    private final LoginStore logins;
    private final PasswordEncoder passwordEncoder;
    private final CurrentUser currentUser;
    private final SecureRandom random = new SecureRandom();

    LoginAdministration(LoginStore logins, PasswordEncoder passwordEncoder, CurrentUser currentUser) {
        this.logins = logins;
        this.passwordEncoder = passwordEncoder;
        this.currentUser = currentUser;
    }

    /** A login as the administration page shows it: state, never the password or its hash. */
    public record Login(String username, Set<Role> roles, String cooperativeId, boolean disabled,
            boolean passwordChangeRequired) {

        static Login of(UserAccountDocument d) {
            return new Login(d.getUsername(), d.getRoles(), d.getCooperativeId(), d.isDisabled(),
                    d.isPasswordChangeRequired());
        }
    }

    public List<Login> list() {
        return logins.all().stream().map(Login::of).toList();
    }

    public Login get(String username) {
        return logins.find(username).map(Login::of).orElseThrow(() -> new NotFoundException("login", username));
    }

    public Login disable(String username) {
        if (username.equals(currentUser.username())) {
            throw new ConflictException("you cannot disable your own login");
        }
        if (!logins.setDisabled(username, true)) {
            throw new NotFoundException("login", username);
        }
        return get(username);
    }

    public Login enable(String username) {
        if (!logins.setDisabled(username, false)) {
            throw new NotFoundException("login", username);
        }
        return get(username);
    }

    /** A new random password, returned this once; the old one stops working at once. */
    public String resetPassword(String username) {
        StringBuilder temporary = new StringBuilder(TEMPORARY_LENGTH);
        for (int i = 0; i < TEMPORARY_LENGTH; i++) {
            temporary.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        if (!logins.resetPassword(username, passwordEncoder.encode(temporary))) {
            throw new NotFoundException("login", username);
        }
        return temporary.toString();
    }

    /** The signed-in user's own change, with the current password as proof. */
    public void changeOwnPassword(String currentPassword, String newPassword) {
        String username = currentUser.get().map(AllianceUser::getUsername)
                .orElseThrow(() -> new NotFoundException("login", "me"));
        UserAccountDocument account = logins.find(username).orElseThrow(() -> new NotFoundException("login", username));
        if (!passwordEncoder.matches(currentPassword, account.getPasswordHash())) {
            throw new InvalidInputException("currentPassword", "is not your current password");
        }
        if (currentPassword.equals(newPassword)) {
            throw new InvalidInputException("newPassword", "must differ from the current password");
        }
        if (!logins.changePassword(username, account.getPasswordHash(), passwordEncoder.encode(newPassword))) {
            throw new ConflictException("the password was changed meanwhile; sign in again");
        }
    }

    /** The stored state of a signed-in login, read on every request (see {@link LoginStateFilter}). */
    LoginState state(String username) {
        return logins.find(username)
                .map(d -> d.isDisabled() ? LoginState.DISABLED
                        : d.isPasswordChangeRequired() ? LoginState.PASSWORD_CHANGE_REQUIRED : LoginState.ACTIVE)
                .orElse(LoginState.DISABLED);
    }

    enum LoginState { ACTIVE, DISABLED, PASSWORD_CHANGE_REQUIRED }
}
