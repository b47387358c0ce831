package cn.xixian.alliance.core.harvest.web;

import cn.xixian.alliance.core.grading.Grade;
import cn.xixian.alliance.core.harvest.HarvestLot;
import cn.xixian.alliance.core.harvest.HarvestLotRequest;
import cn.xixian.alliance.core.harvest.HarvestLotService;
import cn.xixian.alliance.core.web.PageResponse;
import cn.xixian.alliance.core.web.Pages;
import java.net.URI;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
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
 * Harvest lots. The body is validated by {@code HarvestLotRules} after the cooperative access check,
 * so a cooperative user posting for another cooperative gets 403 whatever else is wrong.
 */
@RestController
@RequestMapping("/api/v1/harvest-lots")
@PreAuthorize("hasAnyRole('COORDINATOR', 'COOPERATIVE')")
class HarvestLotController {

    private final HarvestLotService lots;

    HarvestLotController(HarvestLotService lots) {
        this.lots = lots;
    }

    @PostMapping
    ResponseEntity<HarvestLot> record(@RequestBody HarvestLotRequest request) {
        HarvestLot lot = lots.record(request);
        return ResponseEntity.created(URI.create("/api/v1/harvest-lots/" + lot.id())).body(lot);
    }

    @GetMapping("/{id}")
    HarvestLot get(@PathVariable String id) {
        return lots.get(id);
    }

    @GetMapping
    PageResponse<HarvestLot> search(@RequestParam(required = false) String cooperativeId,
            @RequestParam(required = false) String householdId,
            @RequestParam(required = false) Grade grade,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) String importId,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
        return lots.search(new HarvestLotService.Filter(cooperativeId, householdId, grade, from, to, importId),
                Pages.of(page, size, "pickDate", "_id"));
    }
}
