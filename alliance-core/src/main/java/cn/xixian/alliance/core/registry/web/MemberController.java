package cn.xixian.alliance.core.registry.web;

import cn.xixian.alliance.core.registry.Member;
import cn.xixian.alliance.core.registry.MemberKind;
import cn.xixian.alliance.core.registry.MemberRequest;
import cn.xixian.alliance.core.registry.MemberService;
import cn.xixian.alliance.core.web.PageResponse;
import cn.xixian.alliance.core.web.Pages;
import jakarta.validation.Valid;
import java.net.URI;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/members")
@PreAuthorize("hasAnyRole('COORDINATOR', 'COOPERATIVE', 'DISPATCHER')")
class MemberController {

    private final MemberService members;

    MemberController(MemberService members) {
        this.members = members;
    }

    @GetMapping
    PageResponse<Member> search(@RequestParam(required = false) MemberKind kind,
            @RequestParam(required = false) String q,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
        return members.search(kind, q, Pages.of(page, size, "code"));
    }

    @GetMapping("/{id}")
    Member get(@PathVariable String id) {
        return members.get(id);
    }

    @PostMapping
    @PreAuthorize("hasRole('COORDINATOR')")
    ResponseEntity<Member> create(@Valid @RequestBody MemberRequest request) {
        Member created = members.create(request);
        return ResponseEntity.created(URI.create("/api/v1/members/" + created.id())).body(created);
    }

    @PutMapping("/{id}")
    @PreAuthorize("hasRole('COORDINATOR')")
    Member update(@PathVariable String id, @Valid @RequestBody MemberRequest request) {
        return members.update(id, request);
    }
}
