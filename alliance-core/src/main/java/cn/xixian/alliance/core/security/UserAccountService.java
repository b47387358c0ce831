package cn.xixian.alliance.core.security;

import cn.xixian.alliance.core.security.persistence.UserAccountDocument;
import cn.xixian.alliance.core.security.persistence.UserAccountRepository;
import cn.xixian.alliance.core.web.ConflictException;
import cn.xixian.alliance.core.web.InvalidInputException;
import org.springframework.dao.DuplicateKeyException;
import java.util.List;
import java.util.Set;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;

/** Logins live in MongoDB beside the data they guard, so every app instance sees the same users. */
@Service
public class UserAccountService implements UserDetailsService {

    private final UserAccountRepository users;
    private final PasswordEncoder passwordEncoder;

    UserAccountService(UserAccountRepository users, PasswordEncoder passwordEncoder) {
        this.users = users;
        this.passwordEncoder = passwordEncoder;
    }

    /** A login as the API shows it: never the password hash. */
    public record Account(String username, Set<Role> roles, String cooperativeId) {
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        UserAccountDocument account = users.findById(username)
                .orElseThrow(() -> new UsernameNotFoundException(username));
        return new AllianceUser(account.getUsername(), account.getPasswordHash(), account.getRoles(),
                account.getCooperativeId(), !account.isDisabled(), account.isPasswordChangeRequired());
    }

    /** Hashes once; callers creating many users with one password (demo data) pass the hash along. */
    public String hash(String rawPassword) {
        return passwordEncoder.encode(rawPassword);
    }

    /** Creates or replaces a login. A cooperative login must name its cooperative (by member id). */
    public Account save(String username, String passwordHash, Set<Role> roles, String cooperativeId) {
        if (roles.contains(Role.COOPERATIVE) && (cooperativeId == null || cooperativeId.isBlank())) {
            throw new InvalidInputException("cooperativeId", "is required for a COOPERATIVE login");
        }
        users.save(new UserAccountDocument(username, passwordHash, roles, cooperativeId));
        return new Account(username, roles, cooperativeId);
    }

    /** Creates a new login; an existing username is a conflict (409), never silently replaced. */
    public Account create(String username, String passwordHash, Set<Role> roles, String cooperativeId) {
        if (roles.contains(Role.COOPERATIVE) && (cooperativeId == null || cooperativeId.isBlank())) {
            throw new InvalidInputException("cooperativeId", "is required for a COOPERATIVE login");
        }
        try {
            users.insert(new UserAccountDocument(username, passwordHash, roles, cooperativeId));
        } catch (DuplicateKeyException e) {
            throw new ConflictException("user " + username + " already exists");
        }
        return new Account(username, roles, cooperativeId);
    }

    public List<Account> list() {
        return users.findAll().stream().map(u -> new Account(u.getUsername(), u.getRoles(), u.getCooperativeId()))
                .sorted(java.util.Comparator.comparing(Account::username)).toList();
    }

    /** Removes a login; true when there was one. */
    public boolean delete(String username) {
        boolean existed = users.existsById(username);
        users.deleteById(username);
        return existed;
    }

    public long count() {
        return users.count();
    }
}
