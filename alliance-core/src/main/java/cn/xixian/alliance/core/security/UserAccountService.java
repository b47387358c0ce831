package cn.xixian.alliance.core.security;

import cn.xixian.alliance.core.security.persistence.UserAccountDocument;
import cn.xixian.alliance.core.security.persistence.UserAccountRepository;
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

    @Override
    public UserDetails loadUserByUsername(String username) {
        UserAccountDocument account = users.findById(username)
                .orElseThrow(() -> new UsernameNotFoundException(username));
        return new AllianceUser(account.getUsername(), account.getPasswordHash(), account.getRoles(),
                account.getCooperativeId());
    }

    /** Hashes once; callers creating many users with one password (demo data) pass the hash along. */
    public String hash(String rawPassword) {
        return passwordEncoder.encode(rawPassword);
    }

    /** Creates or replaces a login. */
    public void save(String username, String passwordHash, Set<Role> roles, String cooperativeId) {
        users.save(new UserAccountDocument(username, passwordHash, roles, cooperativeId));
    }

    public boolean exists(String username) {
        return users.existsById(username);
    }
}
