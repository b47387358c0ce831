package cn.xixian.alliance.coldstorage.coldstore.web;

import cn.xixian.alliance.coldstorage.coldstore.Chamber;
import cn.xixian.alliance.coldstorage.coldstore.ColdStore;
import cn.xixian.alliance.coldstorage.coldstore.ColdStoreRequest;
import cn.xixian.alliance.coldstorage.coldstore.ColdStoreService;
import cn.xixian.alliance.coldstorage.coldstore.keeper.KeeperAccess;
import cn.xixian.alliance.coldstorage.coldstore.Occupancy.StoreOccupancy;
import cn.xixian.alliance.coldstorage.coldstore.OccupancyService;
import cn.xixian.alliance.coldstorage.coldstore.SellFirstItem;
import cn.xixian.alliance.coldstorage.coldstore.SellFirstService;
import cn.xixian.alliance.core.grading.Grade;
import cn.xixian.alliance.core.units.Weights;
import cn.xixian.alliance.core.web.PageResponse;
import java.math.BigDecimal;
import org.springframework.format.annotation.DateTimeFormat;
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
    private final SellFirstService sellFirst;
    private final Clock clock;
    private final KeeperAccess keepers;

    ColdStoreController(ColdStoreService stores, OccupancyService occupancy, SellFirstService sellFirst,
            Optional<Clock> clock, KeeperAccess keepers) {
        this.keepers = keepers;
        this.stores = stores;
        this.occupancy = occupancy;
        this.sellFirst = sellFirst;
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

    /** The stock-age job's list for {@code asOf} (default: its newest run), oldest fruit first. */
    @GetMapping("/sell-first")
    PageResponse<SellFirstView> sellFirst(
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "100") int size) {
        PageResponse<SellFirstItem> items = sellFirst.list(asOf, Pages.of(page, size));
        return new PageResponse<>(items.items().stream().map(SellFirstView::of).toList(), items.total());
    }

    record SellFirstView(LocalDate asOf, String storeCode, String chamberId, String chamberCode, String lotRef,
            Grade grade, String cooperativeId, BigDecimal weightKg, LocalDate storedOn, int ageDays, int maxDays) {

        static SellFirstView of(SellFirstItem i) {
            return new SellFirstView(i.asOf(), i.storeCode(), i.chamberId(), i.chamberCode(), i.lotRef(), i.grade(),
                    i.cooperativeId(), Weights.kg(i.grams()), i.storedOn(), i.ageDays(), i.maxDays());
        }
    }

    @GetMapping("/{id}")
    ColdStore get(@PathVariable String id) {
        keepers.checkStore(id);
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
