package cn.xixian.alliance.logistics.dispatch.web;

import cn.xixian.alliance.logistics.dispatch.ProofOfDelivery;
import cn.xixian.alliance.logistics.dispatch.StopService;
import cn.xixian.alliance.logistics.dispatch.StopView;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Drivers' marks on a published plan's stops: arrived, then done with a proof of delivery (time, signer). */
@RestController
@RequestMapping("/api/v1/stops")
@PreAuthorize("hasAnyRole('COORDINATOR', 'DISPATCHER')")
class StopController {

    private final StopService stops;

    StopController(StopService stops) {
        this.stops = stops;
    }

    @PostMapping("/{id}/arrived")
    StopView arrived(@PathVariable String id, @RequestBody(required = false) ProofOfDelivery proof) {
        return stops.arrived(id, proof);
    }

    @PostMapping("/{id}/done")
    StopView done(@PathVariable String id, @RequestBody(required = false) ProofOfDelivery proof) {
        return stops.done(id, proof);
    }
}
