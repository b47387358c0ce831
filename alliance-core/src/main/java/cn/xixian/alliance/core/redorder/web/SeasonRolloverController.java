package cn.xixian.alliance.core.redorder.web;

import cn.xixian.alliance.core.redorder.SeasonRollover;
import cn.xixian.alliance.core.redorder.SeasonRolloverRequest;
import cn.xixian.alliance.core.redorder.SeasonRollovers;
import jakarta.validation.Valid;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** The season roll-over (年初下订单): the coordinator's, since it signs for many cooperatives at once. */
@RestController
@PreAuthorize("hasRole('COORDINATOR')")
class SeasonRolloverController {

    private final SeasonRollovers rollovers;

    SeasonRolloverController(SeasonRollovers rollovers) {
        this.rollovers = rollovers;
    }

    /** 200 with the preview ({@code dryRun}) or what was signed; repeating a confirm signs nothing twice. */
    @PostMapping("/api/v1/red-orders/season-rollovers")
    SeasonRollover rollOver(@Valid @RequestBody SeasonRolloverRequest request) {
        return rollovers.rollOver(request);
    }
}
