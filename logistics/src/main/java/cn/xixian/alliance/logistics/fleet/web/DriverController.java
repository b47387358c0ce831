package cn.xixian.alliance.logistics.fleet.web;

import cn.xixian.alliance.core.web.PageResponse;
import cn.xixian.alliance.core.web.Pages;
import cn.xixian.alliance.logistics.fleet.Driver;
import cn.xixian.alliance.logistics.fleet.DriverRequest;
import cn.xixian.alliance.logistics.fleet.FleetService;
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

/** The red-express drivers (司机); {@code vanId} lists those who may drive that van. */
@RestController
@RequestMapping("/api/v1/drivers")
@PreAuthorize("hasAnyRole('COORDINATOR', 'DISPATCHER')")
class DriverController {

    private final FleetService fleet;

    DriverController(FleetService fleet) {
        this.fleet = fleet;
    }

    @GetMapping
    PageResponse<Driver> search(@RequestParam(required = false) String vanId,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
        return fleet.searchDrivers(vanId, Pages.of(page, size, "code"));
    }

    @GetMapping("/{id}")
    Driver get(@PathVariable String id) {
        return fleet.driver(id);
    }

    @PostMapping
    ResponseEntity<Driver> create(@RequestBody DriverRequest request) {
        Driver created = fleet.createDriver(request);
        return ResponseEntity.created(URI.create("/api/v1/drivers/" + created.id())).body(created);
    }
}
