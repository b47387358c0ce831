package cn.xixian.alliance.core.registry.web;

import cn.xixian.alliance.core.registry.JointMeeting;
import cn.xixian.alliance.core.registry.JointMeetingService;
import cn.xixian.alliance.core.registry.MatterChange;
import cn.xixian.alliance.core.registry.MatterRow;
import cn.xixian.alliance.core.web.PageResponse;
import cn.xixian.alliance.core.web.Pages;
import jakarta.validation.Valid;
import java.net.URI;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/joint-meetings")
@PreAuthorize("hasAnyRole(\'COORDINATOR\', \'COOPERATIVE\')")
class JointMeetingController {

    private final JointMeetingService meetings;

    JointMeetingController(JointMeetingService meetings) {
        this.meetings = meetings;
    }

    @GetMapping
    PageResponse<JointMeeting> list(@RequestParam(required = false) Integer year,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
        return meetings.list(year, Pages.of(page, size, "date"));
    }

    /** Agreed matters across meetings, due first; {@code overdue=true}: past due and still AGREED or IN_PROGRESS. */
    @GetMapping("/matters")
    PageResponse<MatterRow> matters(@RequestParam(required = false) JointMeeting.Status status,
            @RequestParam(required = false) String ownerMemberId,
            @RequestParam(defaultValue = "false") boolean overdue,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
        return meetings.matters(status, ownerMemberId, overdue, Pages.of(page, size));
    }

    /** A matter's status and note; {@code version} is the one read (409 when it changed since). */
    @PatchMapping("/{meetingId}/matters/{index}")
    @PreAuthorize("hasRole('COORDINATOR')")
    MatterRow changeMatter(@PathVariable String meetingId, @PathVariable int index,
            @Valid @RequestBody MatterChange change) {
        return meetings.changeMatter(meetingId, index, change);
    }

    @GetMapping("/{id}")
    JointMeeting get(@PathVariable String id) {
        return meetings.get(id);
    }

    @PostMapping
    @PreAuthorize("hasRole('COORDINATOR')")
    ResponseEntity<JointMeeting> create(@Valid @RequestBody JointMeeting meeting) {
        JointMeeting created = meetings.create(meeting);
        return ResponseEntity.created(URI.create("/api/v1/joint-meetings/" + created.id())).body(created);
    }

    @PutMapping("/{id}")
    @PreAuthorize("hasRole('COORDINATOR')")
    JointMeeting update(@PathVariable String id, @Valid @RequestBody JointMeeting meeting) {
        return meetings.update(id, meeting);
    }
}
