package cn.xixian.alliance.accounts;

import cn.xixian.alliance.core.registry.MemberKind;
import cn.xixian.alliance.core.registry.MemberService;
import cn.xixian.alliance.core.security.Role;
import cn.xixian.alliance.core.security.UserAccountService;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.util.List;
import java.util.Set;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Coordinators create the logins of cooperatives, dispatchers and store integrations. */
@RestController
@RequestMapping("/api/v1/users")
@PreAuthorize("hasRole('COORDINATOR')")
class UserController {

    private final UserAccountService users;
    private final MemberService members;

    UserController(UserAccountService users, MemberService members) {
        this.users = users;
        this.members = members;
    }

    record NewUser(
            @NotBlank @Pattern(regexp = "^[a-z0-9][a-z0-9._-]{1,39}$", message = "must be 2-40 lower-case letters, digits, '.', '_' or '-'") String username,
            @NotBlank @Size(min = 8, max = 100) String password,
            @NotEmpty Set<@NotNull Role> roles,
            String cooperativeId) {
    }

    @GetMapping
    List<UserAccountService.Account> list() {
        return users.list();
    }

    @PostMapping
    ResponseEntity<UserAccountService.Account> create(@Valid @RequestBody NewUser request) {
        String cooperativeId = request.cooperativeId() == null || request.cooperativeId().isBlank() ? null
                : members.require("cooperativeId", request.cooperativeId(), MemberKind.COOPERATIVE).id();
        UserAccountService.Account account = users.create(request.username(), users.hash(request.password()),
                request.roles(), cooperativeId);
        return ResponseEntity.created(URI.create("/api/v1/users/" + account.username())).body(account);
    }
}
