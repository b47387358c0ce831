package cn.xixian.alliance.core.registry.web;

import cn.xixian.alliance.core.registry.Household;
import cn.xixian.alliance.core.registry.HouseholdRequest;
import cn.xixian.alliance.core.registry.HouseholdService;
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
@RequestMapping("/api/v1/households")
@PreAuthorize("hasAnyRole('COORDINATOR', 'COOPERATIVE')")
class HouseholdController {

    private final HouseholdService households;

    HouseholdController(HouseholdService households) {
        this.households = households;
    }

    @GetMapping
    PageResponse<Household> search(@RequestParam(required = false) String cooperativeId,
            @RequestParam(required = false) String villageId,
            @RequestParam(required = false) Boolean povertyRegistered,
            @RequestParam(required = false) Boolean demoHousehold,
            @RequestParam(required = false) String q,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
        return households.search(new HouseholdService.Filter(cooperativeId, villageId, povertyRegistered, demoHousehold, q),
                Pages.of(page, size, "code", "_id"));
    }

    @GetMapping("/{id}")
    Household get(@PathVariable String id) {
        return households.get(id);
    }

    @PostMapping
    ResponseEntity<Household> create(@Valid @RequestBody HouseholdRequest request) {
        Household created = households.create(request);
        return ResponseEntity.created(URI.create("/api/v1/households/" + created.id())).body(created);
    }

    @PutMapping("/{id}")
    Household update(@PathVariable String id, @Valid @RequestBody HouseholdRequest request) {
        return households.update(id, request);
    }
}
