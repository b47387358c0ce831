package cn.xixian.alliance.coldstorage.coldstore.web;

import cn.xixian.alliance.coldstorage.coldstore.Chamber;
import cn.xixian.alliance.coldstorage.coldstore.ColdStore;
import cn.xixian.alliance.coldstorage.coldstore.ColdStoreRequest;
import cn.xixian.alliance.coldstorage.coldstore.ColdStoreService;
import cn.xixian.alliance.coldstorage.coldstore.Occupancy.StoreOccupancy;
import cn.xixian.alliance.coldstorage.coldstore.OccupancyService;
import cn.xixian.alliance.core.web.PageResponse;
import cn.xixian.alliance.core.web.Pages;
import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The cold-store database: everyone signed in reads, coordinators register stores and open or close
 * chambers. The body is checked by the service so that one 400 names every bad field, nested ones too
 * ({@code chambers[0].capacityTonnes}).
 */
@RestController
@RequestMapping("/api/v1/cold-stores")
@PreAuthorize("isAuthenticated()")
class ColdStoreController {

    private final ColdStoreService stores;
    private final OccupancyService occupancy;
    private final Clock clock;

    ColdStoreController(ColdStoreService stores, OccupancyService occupancy, Optional<Clock> clock) {
        this.stores = stores;
        this.occupancy = occupancy;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    @GetMapping
    PageResponse<ColdStore> search(@RequestParam(required = false) String ownerId,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
        return stores.search(ownerId, Pages.of(page, size, "code"));
    }

    @PostMapping
    @PreAuthorize("hasRole('COORDINATOR')")
    ResponseEntity<ColdStore> create(@RequestBody ColdStoreRequest request) {
        ColdStore store = stores.create(request);
        return ResponseEntity.created(URI.create("/api/v1/cold-stores/" + store.id())).body(store);
    }

    /** Per store and chamber: capacity, stock, reserved and free kg, oldest fruit age, stock by grade. */
    @GetMapping("/occupancy")
    PageResponse<StoreOccupancy> occupancy() {
        List<StoreOccupancy> all = occupancy.occupancy(LocalDate.now(clock));
        return new PageResponse<>(all, all.size());
    }

    @GetMapping("/{id}")
    ColdStore get(@PathVariable String id) {
        return stores.get(id);
    }

    @PostMapping("/{id}/chambers/{chamber}/open")
    @PreAuthorize("hasRole('COORDINATOR')")
    Chamber open(@PathVariable String id, @PathVariable String chamber) {
        return stores.openChamber(id, chamber);
    }

    /** 409 while the chamber holds stock or reservations. */
    @PostMapping("/{id}/chambers/{chamber}/close")
    @PreAuthorize("hasRole('COORDINATOR')")
    Chamber close(@PathVariable String id, @PathVariable String chamber) {
        return stores.closeChamber(id, chamber);
    }
}
