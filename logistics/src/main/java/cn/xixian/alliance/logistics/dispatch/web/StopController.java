package cn.xixian.alliance.logistics.dispatch.web;

import cn.xixian.alliance.core.idempotency.IdempotencyKeys;
import cn.xixian.alliance.logistics.dispatch.ProofOfDelivery;
import cn.xixian.alliance.logistics.dispatch.StopService;
import cn.xixian.alliance.logistics.dispatch.StopService.ExceptionReason;
import cn.xixian.alliance.logistics.dispatch.StopView;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Marks on a published plan's stops: arrived, then done with a proof of delivery (time, signer), or an exception
 * that gives the request back to the dispatcher. A driver marks only the stops of the van they drive; an
 * {@code Idempotency-Key} makes a retried mark answer with the first and change nothing.
 */
@RestController
@RequestMapping("/api/v1/stops")
@PreAuthorize("hasAnyRole('COORDINATOR', 'DISPATCHER', 'DRIVER')")
class StopController {

    private final StopService stops;
    private final IdempotencyKeys keys;

    StopController(StopService stops, IdempotencyKeys keys) {
        this.stops = stops;
        this.keys = keys;
    }

    record ExceptionBody(@NotNull ExceptionReason reason, @Size(max = 500) String note) {
    }

    @PostMapping("/{id}/arrived")
    StopView arrived(@PathVariable String id, @RequestBody(required = false) ProofOfDelivery proof,
            @RequestHeader(value = IdempotencyKeys.HEADER, required = false) String key) {
        return stops.arrived(id, proof, keys.scoped(key));
    }

    @PostMapping("/{id}/done")
    StopView done(@PathVariable String id, @RequestBody(required = false) ProofOfDelivery proof,
            @RequestHeader(value = IdempotencyKeys.HEADER, required = false) String key) {
        return stops.done(id, proof, keys.scoped(key));
    }

    /** Nobody there, refused or damaged (with a note): the request is taken off the van, unplanned again. */
    @PostMapping("/{id}/exception")
    StopView exception(@PathVariable String id, @Valid @RequestBody ExceptionBody body,
            @RequestHeader(value = IdempotencyKeys.HEADER, required = false) String key) {
        return stops.exception(id, body.reason(), body.note(), keys.scoped(key));
    }
}
