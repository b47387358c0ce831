package cn.xixian.alliance.logistics.fleet.web;

import cn.xixian.alliance.core.web.PageResponse;
import cn.xixian.alliance.core.web.Pages;
import cn.xixian.alliance.logistics.fleet.FleetService;
import cn.xixian.alliance.logistics.fleet.Van;
import cn.xixian.alliance.logistics.fleet.VanRequest;
import java.net.URI;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The red-express vans (配送车). The service validates, so one 400 names every bad field. */
@RestController
@RequestMapping("/api/v1/vans")
@PreAuthorize("hasAnyRole('COORDINATOR', 'DISPATCHER')")
class VanController {

    private final FleetService fleet;

    VanController(FleetService fleet) {
        this.fleet = fleet;
    }

    @GetMapping
    PageResponse<Van> search(@RequestParam(required = false) Boolean active,
            @RequestParam(required = false) Boolean refrigerated,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
        return fleet.searchVans(active, refrigerated, Pages.of(page, size, "code"));
    }

    @GetMapping("/{id}")
    Van get(@PathVariable String id) {
        return fleet.van(id);
    }

    @PostMapping
    ResponseEntity<Van> create(@RequestBody VanRequest request) {
        Van created = fleet.createVan(request);
        return ResponseEntity.created(URI.create("/api/v1/vans/" + created.id())).body(created);
    }

    /** The van broke down: it leaves the active fleet (a running dispatch re-plans through its own changes API). */
    @PostMapping("/{id}/broken-down")
    Van brokenDown(@PathVariable String id) {
        return fleet.markBrokenDown(id);
    }

    @PostMapping("/{id}/in-service")
    Van inService(@PathVariable String id) {
        return fleet.markInService(id);
    }
}
