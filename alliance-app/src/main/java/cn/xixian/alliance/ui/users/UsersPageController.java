package cn.xixian.alliance.ui.users;

import cn.xixian.alliance.core.registry.Member;
import cn.xixian.alliance.core.registry.MemberKind;
import cn.xixian.alliance.core.registry.MemberService;
import cn.xixian.alliance.core.security.CurrentUser;
import cn.xixian.alliance.core.security.LoginAdministration;
import cn.xixian.alliance.core.security.Role;
import cn.xixian.alliance.core.web.Pages;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * Logins (登录管理, coordinators): list with role and cooperative, create, disable/enable, reset (the temporary password
 * is shown once, users.js); and every user's own change-password form, where a reset login is sent after sign-in.
 * No page shows a password or its hash.
 */
@Controller
class UsersPageController {

    private final LoginAdministration logins;
    private final MemberService members;
    private final CurrentUser currentUser;

    UsersPageController(LoginAdministration logins, MemberService members, CurrentUser currentUser) {
        this.logins = logins;
        this.members = members;
        this.currentUser = currentUser;
    }

    @GetMapping("/users")
    @PreAuthorize("hasRole('COORDINATOR')")
    String users(Model model) {
        Map<String, Member> cooperatives = members.search(MemberKind.COOPERATIVE, null, Pages.of(0, Pages.MAX_SIZE, "code"))
                .items().stream().collect(Collectors.toMap(Member::id, m -> m));
        model.addAttribute("logins", logins.list());
        model.addAttribute("cooperatives", cooperatives);
        model.addAttribute("cooperativeList", cooperatives.values().stream()
                .sorted(java.util.Comparator.comparing(Member::code)).toList());
        model.addAttribute("roles", Role.values());
        model.addAttribute("me", currentUser.username());
        return "users";
    }

    @GetMapping("/password")
    @PreAuthorize("isAuthenticated()")
    String password(Model model) {
        model.addAttribute("mustChange", logins.get(currentUser.username()).passwordChangeRequired());
        return "password";
    }
}
