package cn.xixian.alliance.core.security.web;

import cn.xixian.alliance.core.security.LoginAdministration;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.Map;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Login administration (coordinators) and every user's own password change. */
@RestController
@RequestMapping("/api/v1/users")
class LoginController {

    private final LoginAdministration logins;

    LoginController(LoginAdministration logins) {
        this.logins = logins;
    }

    record PasswordChange(@NotBlank @Size(max = 100) String currentPassword,
            @NotBlank @Size(min = 8, max = 100) String newPassword) {
    }

    @PostMapping("/{username}/disable")
    @PreAuthorize("hasRole('COORDINATOR')")
    LoginAdministration.Login disable(@PathVariable String username) {
        return logins.disable(username);
    }

    @PostMapping("/{username}/enable")
    @PreAuthorize("hasRole('COORDINATOR')")
    LoginAdministration.Login enable(@PathVariable String username) {
        return logins.enable(username);
    }

    /** The temporary password is shown this once (and never cached); the user must change it at next sign-in. */
    @PostMapping("/{username}/password-reset")
    @PreAuthorize("hasRole('COORDINATOR')")
    ResponseEntity<Map<String, String>> resetPassword(@PathVariable String username) {
        return ResponseEntity.ok().cacheControl(CacheControl.noStore())
                .body(Map.of("temporaryPassword", logins.resetPassword(username)));
    }

    @PostMapping("/me/password")
    @PreAuthorize("isAuthenticated()")
    ResponseEntity<Void> changeOwnPassword(@Valid @RequestBody PasswordChange change) {
        logins.changeOwnPassword(change.currentPassword(), change.newPassword());
        return ResponseEntity.noContent().build();
    }
}
