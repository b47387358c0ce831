package cn.xixian.alliance.ui.meetings;

import cn.xixian.alliance.core.registry.JointMeeting;
import cn.xixian.alliance.core.registry.JointMeetingService;
import cn.xixian.alliance.core.registry.Member;
import cn.xixian.alliance.core.registry.MemberService;
import cn.xixian.alliance.core.security.CurrentUser;
import cn.xixian.alliance.core.security.Role;
import cn.xixian.alliance.core.web.Pages;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Joint meetings (联席会议): each meeting with its attendees and agreed matters, and the open and overdue matters
 * across meetings (meetings.js, from the matters API), whose status coordinators change with a note; cooperatives read.
 */
@Controller
@PreAuthorize("hasAnyRole('COORDINATOR', 'COOPERATIVE')")
class MeetingsPageController {

    static final int MEETINGS = 100;

    private final JointMeetingService meetings;
    private final MemberService members;
    private final CurrentUser currentUser;

    MeetingsPageController(JointMeetingService meetings, MemberService members, CurrentUser currentUser) {
        this.meetings = meetings;
        this.members = members;
        this.currentUser = currentUser;
    }

    @GetMapping("/meetings")
    String page(@RequestParam(defaultValue = "false") boolean overdue, Model model) {
        List<JointMeeting> list = meetings.list(null,
                Pages.of(0, MEETINGS, Sort.by(Sort.Direction.DESC, "date", "_id"))).items();
        Map<String, String> names = new LinkedHashMap<>();
        list.forEach(m -> {
            m.attendeeMemberIds().forEach(id -> names.computeIfAbsent(id, this::name));
            m.matters().forEach(x -> {
                if (x.ownerMemberId() != null) {
                    names.computeIfAbsent(x.ownerMemberId(), this::name);
                }
            });
        });
        Map<String, String> owners = new TreeMap<>();
        list.forEach(m -> m.matters().forEach(x -> {
            if (x.ownerMemberId() != null) {
                owners.put(names.get(x.ownerMemberId()), x.ownerMemberId());
            }
        }));
        model.addAttribute("meetings", list);
        model.addAttribute("names", names);
        model.addAttribute("owners", owners);
        model.addAttribute("overdue", overdue);
        model.addAttribute("overdueCount", meetings.overdueCount());
        model.addAttribute("today", meetings.today());
        model.addAttribute("canEdit", currentUser.get().map(u -> u.has(Role.COORDINATOR)).orElse(false));
        return "meetings";
    }

    private String name(String memberId) {
        return members.find(memberId).map(Member::name).orElse(memberId);
    }
}
