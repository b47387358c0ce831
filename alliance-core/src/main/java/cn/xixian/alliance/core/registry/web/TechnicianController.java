package cn.xixian.alliance.core.registry.web;

import cn.xixian.alliance.core.registry.Technician;
import cn.xixian.alliance.core.registry.TechnicianService;
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
@RequestMapping("/api/v1/technicians")
@PreAuthorize("hasAnyRole(\'COORDINATOR\', \'COOPERATIVE\')")
class TechnicianController {

    private final TechnicianService technicians;

    TechnicianController(TechnicianService technicians) {
        this.technicians = technicians;
    }

    @GetMapping
    PageResponse<Technician> list(@RequestParam(required = false) String villageId,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
        return technicians.list(villageId, Pages.of(page, size, "code"));
    }

    @GetMapping("/{id}")
    Technician get(@PathVariable String id) {
        return technicians.get(id);
    }

    @PostMapping
    @PreAuthorize("hasRole('COORDINATOR')")
    ResponseEntity<Technician> create(@Valid @RequestBody Technician technician) {
        Technician created = technicians.create(technician);
        return ResponseEntity.created(URI.create("/api/v1/technicians/" + created.id())).body(created);
    }

    @PutMapping("/{id}")
    @PreAuthorize("hasRole('COORDINATOR')")
    Technician update(@PathVariable String id, @Valid @RequestBody Technician technician) {
        return technicians.update(id, technician);
    }
}
