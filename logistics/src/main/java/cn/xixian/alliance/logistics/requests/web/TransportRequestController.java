package cn.xixian.alliance.logistics.requests.web;

import cn.xixian.alliance.core.transport.NewTransportRequest;
import cn.xixian.alliance.core.transport.TransportRequestService;
import cn.xixian.alliance.core.transport.TransportStatus;
import cn.xixian.alliance.core.web.PageResponse;
import cn.xixian.alliance.core.web.Pages;
import cn.xixian.alliance.logistics.requests.DispatchRequests;
import cn.xixian.alliance.logistics.requests.TransportRequestView;
import java.net.URI;
import java.util.List;
import java.util.Set;
import org.springframework.http.HttpStatus;
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
 * Transport requests (运输需求) from every group, with what keeps each NEW one from being served; a dispatcher or
 * coordinator adds manual or urgent ones, and may cancel one no van can serve.
 */
@RestController
@RequestMapping("/api/v1/transport-requests")
@PreAuthorize("hasAnyRole('COORDINATOR', 'DISPATCHER')")
class TransportRequestController {

    private final DispatchRequests dispatch;
    private final TransportRequestService requests;

    TransportRequestController(DispatchRequests dispatch, TransportRequestService requests) {
        this.dispatch = dispatch;
        this.requests = requests;
    }

    /** {@code status} may repeat or be comma-separated; {@code source} is e.g. STORAGE, PURCHASING, SALES, DISPATCH. */
    @GetMapping
    PageResponse<TransportRequestView> search(@RequestParam(required = false) List<TransportStatus> status,
            @RequestParam(required = false) String source,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
        return dispatch.search(status, source, Pages.of(page, size, "createdAt", "id"));
    }

    /** NEW requests the fleet as it is now cannot serve, each with its problems naming the field to change. */
    @GetMapping("/unservable")
    PageResponse<TransportRequestView> unservable(@RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size) {
        return dispatch.unservable(Pages.of(page, size));
    }

    @GetMapping("/{id}")
    TransportRequestView get(@PathVariable String id) {
        return dispatch.get(id);
    }

    /** 201 for a new request; 200 with the earlier one when the same {@code sourceRef} was sent before. */
    @PostMapping
    ResponseEntity<TransportRequestView> create(@RequestBody NewTransportRequest body) {
        DispatchRequests.Submitted submitted = dispatch.submit(body);
        URI location = URI.create("/api/v1/transport-requests/" + submitted.request().request().id());
        return ResponseEntity.status(submitted.created() ? HttpStatus.CREATED : HttpStatus.OK).location(location)
                .body(submitted.request());
    }

    /** A request that will not be served (e.g. one reported unservable): only a NEW or PLANNED one. */
    @PostMapping("/{id}/cancel")
    TransportRequestView cancel(@PathVariable String id) {
        requests.changeStatus(id, Set.of(TransportStatus.NEW, TransportStatus.PLANNED), TransportStatus.CANCELLED);
        return dispatch.get(id);
    }
}
