package cn.xixian.alliance.coldstorage.planning.web;

import cn.xixian.alliance.coldstorage.planning.AllocationRequest;
import cn.xixian.alliance.coldstorage.planning.PlanStatus;
import cn.xixian.alliance.coldstorage.planning.StoragePlan;
import cn.xixian.alliance.coldstorage.planning.StoragePlanService;
import cn.xixian.alliance.coldstorage.planning.StoragePlanSummary;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * Storage plans. Starting one answers 202 with its id and status; input that cannot fit the free capacity as it
 * stands answers 409 (a conflict with the current stock, like every state conflict here) with the plan in status INFEASIBLE and its {@code shortfall} (what grade needs how many kg, how many are free).
 */
@RestController
@RequestMapping("/api/v1/storage-plans")
@PreAuthorize("hasAnyRole('COORDINATOR', 'DISPATCHER')")
class StoragePlanController {

    private final StoragePlanService plans;

    StoragePlanController(StoragePlanService plans) {
        this.plans = plans;
    }

    @PostMapping("/allocations")
    @PreAuthorize("hasRole('COORDINATOR')")
    ResponseEntity<StoragePlan> allocate(@Valid @RequestBody AllocationRequest request) {
        return started(plans.allocate(request));
    }

    @PostMapping("/consolidations")
    @PreAuthorize("hasRole('COORDINATOR')")
    ResponseEntity<StoragePlan> consolidate() {
        return started(plans.consolidate());
    }

    private static ResponseEntity<StoragePlan> started(StoragePlan plan) {
        return ResponseEntity.status(plan.status() == PlanStatus.INFEASIBLE ? HttpStatus.CONFLICT : HttpStatus.ACCEPTED)
                .location(URI.create("/api/v1/storage-plans/" + plan.id())).body(plan);
    }

    /** The newest plans first, without their assignments (limit kept within 1..100). */
    @GetMapping
    List<StoragePlanSummary> recent(@RequestParam(defaultValue = "20") int limit) {
        return plans.recent(Math.max(1, Math.min(100, limit)));
    }

    @GetMapping("/{id}")
    StoragePlan get(@PathVariable String id) {
        return plans.get(id);
    }

    @GetMapping(path = "/{id}/events", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    SseEmitter events(@PathVariable String id) {
        return plans.events(id);
    }

    @PostMapping("/{id}/stop")
    @PreAuthorize("hasRole('COORDINATOR')")
    ResponseEntity<StoragePlan> stop(@PathVariable String id) {
        plans.stop(id);
        return ResponseEntity.accepted().body(plans.get(id));
    }

    @PostMapping("/{id}/publish")
    @PreAuthorize("hasRole('COORDINATOR')")
    StoragePlan publish(@PathVariable String id) {
        return plans.publish(id);
    }
}
