package cn.xixian.alliance.ui;

import cn.xixian.alliance.core.registry.MemberService;
import cn.xixian.alliance.core.security.AllianceUser;
import cn.xixian.alliance.core.security.CurrentUser;
import cn.xixian.alliance.core.security.Role;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The sign-in page, and the home page that sends each role to the page it works on. */
@Controller
class HomeController {

    private final CurrentUser currentUser;
    private final MemberService members;

    HomeController(CurrentUser currentUser, MemberService members) {
        this.currentUser = currentUser;
        this.members = members;
    }

    @GetMapping("/login")
    String login() {
        return "login";
    }

    @GetMapping("/")
    String home() {
        AllianceUser user = currentUser.get().orElse(null);
        if (user == null || user.has(Role.COORDINATOR)) {
            return "redirect:/dashboard";
        }
        if (user.has(Role.COOPERATIVE) && user.cooperativeId() != null) {
            return "redirect:/cooperatives/" + members.get(user.cooperativeId()).code();
        }
        if (user.has(Role.DISPATCHER)) {
            return "redirect:/dispatch";
        }
        if (user.has(Role.DRIVER)) {
            return "redirect:/driver";
        }
        if (user.has(Role.TECHNICIAN)) {
            return "redirect:/technician";
        }
        if (user.has(Role.COLD_STORE_KEEPER)) {
            return "redirect:/keeper";
        }
        return "redirect:/sales";
    }
}
