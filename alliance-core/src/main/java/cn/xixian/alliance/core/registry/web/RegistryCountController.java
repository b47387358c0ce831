package cn.xixian.alliance.core.registry.web;

import cn.xixian.alliance.core.registry.RegistryCounts;
import cn.xixian.alliance.core.registry.RegistryCountService;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** Members per kind and households per cooperative, for the coordinator (it names every cooperative's numbers). */
@RestController
@PreAuthorize("hasRole('COORDINATOR')")
class RegistryCountController {

    private final RegistryCountService counts;

    RegistryCountController(RegistryCountService counts) {
        this.counts = counts;
    }

    @GetMapping("/api/v1/registry/counts")
    RegistryCounts counts() {
        return counts.counts();
    }
}
