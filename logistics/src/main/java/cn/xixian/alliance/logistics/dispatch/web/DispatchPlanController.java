package cn.xixian.alliance.logistics.dispatch.web;

import cn.xixian.alliance.logistics.dispatch.DispatchPlanView;
import cn.xixian.alliance.logistics.dispatch.DispatchService;
import cn.xixian.alliance.logistics.dispatch.PlanChangeRequest;
import java.net.URI;
import java.time.LocalDate;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/** Dispatch plans (派车计划): solved asynchronously (202), watched live (SSE), changed during the day, published. */
@RestController
@RequestMapping("/api/v1/dispatch-plans")
@PreAuthorize("hasAnyRole('COORDINATOR', 'DISPATCHER')")
class DispatchPlanController {

    record NewPlan(LocalDate date) {
    }

    private final DispatchService dispatch;

    DispatchPlanController(DispatchService dispatch) {
        this.dispatch = dispatch;
    }

    @PostMapping
    ResponseEntity<Map<String, String>> create(@RequestBody NewPlan request) {
        DispatchPlanView plan = dispatch.create(request == null ? null : request.date());
        return accepted(plan);
    }

    @GetMapping("/{id}")
    DispatchPlanView get(@PathVariable String id) {
        return dispatch.get(id);
    }

    @GetMapping(path = "/{id}/events", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    SseEmitter events(@PathVariable String id) {
        return dispatch.events(id);
    }

    @PostMapping("/{id}/changes")
    ResponseEntity<Map<String, String>> change(@PathVariable String id, @RequestBody PlanChangeRequest change) {
        return accepted(dispatch.change(id, change));
    }

    @PostMapping("/{id}/stop")
    DispatchPlanView stop(@PathVariable String id) {
        return dispatch.stop(id);
    }

    @PostMapping("/{id}/publish")
    @PreAuthorize("hasRole('DISPATCHER')")
    DispatchPlanView publish(@PathVariable String id) {
        return dispatch.publish(id);
    }

    private static ResponseEntity<Map<String, String>> accepted(DispatchPlanView plan) {
        return ResponseEntity.status(HttpStatus.ACCEPTED)
                .location(URI.create("/api/v1/dispatch-plans/" + plan.id()))
                .body(Map.of("id", plan.id(), "status", plan.status()));
    }
}
