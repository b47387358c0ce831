package cn.xixian.alliance.ui.registry;

import cn.xixian.alliance.core.registry.MemberKind;
import cn.xixian.alliance.core.registry.MemberService;
import cn.xixian.alliance.core.security.CurrentUser;
import cn.xixian.alliance.core.security.Role;
import cn.xixian.alliance.core.web.Pages;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The alliance register (联盟): members of every kind and households, searched and edited through the API
 * (registry.js). Coordinators edit, and only they set the poverty and demo flags; a cooperative reads what the API
 * shows it (every member, its own households).
 */
@Controller
@PreAuthorize("hasAnyRole('COORDINATOR', 'COOPERATIVE')")
class RegistryPageController {

    private final MemberService members;
    private final CurrentUser currentUser;

    RegistryPageController(MemberService members, CurrentUser currentUser) {
        this.members = members;
        this.currentUser = currentUser;
    }

    @GetMapping("/registry")
    String page(Model model) {
        model.addAttribute("kinds", MemberKind.values());
        model.addAttribute("villages", members.search(MemberKind.VILLAGE, null, Pages.of(0, Pages.MAX_SIZE, "code")).items());
        model.addAttribute("cooperatives",
                members.search(MemberKind.COOPERATIVE, null, Pages.of(0, Pages.MAX_SIZE, "code")).items());
        model.addAttribute("canEdit", currentUser.get().map(u -> u.has(Role.COORDINATOR)).orElse(false));
        return "registry";
    }
}
