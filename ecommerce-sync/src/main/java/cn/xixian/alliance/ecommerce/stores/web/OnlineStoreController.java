package cn.xixian.alliance.ecommerce.stores.web;

import cn.xixian.alliance.core.web.PageResponse;
import cn.xixian.alliance.core.web.Pages;
import cn.xixian.alliance.ecommerce.stores.OnlineStore;
import cn.xixian.alliance.ecommerce.stores.OnlineStoreRequest;
import cn.xixian.alliance.ecommerce.stores.OnlineStores;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/online-stores")
@PreAuthorize("hasRole('COORDINATOR')")
@Tag(name = "Sales: online stores", description = "The stores whose orders the alliance takes in")
class OnlineStoreController {

    private final OnlineStores stores;

    OnlineStoreController(OnlineStores stores) {
        this.stores = stores;
    }

    @GetMapping
    @Operation(summary = "List the online stores (webhook secrets are never shown)")
    PageResponse<OnlineStore> list(@RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size) {
        return stores.list(Pages.of(page, size, "_id"));
    }

    @GetMapping("/{code}")
    @Operation(summary = "One online store by its code")
    OnlineStore get(@PathVariable String code) {
        return stores.get(code);
    }

    @PostMapping
    @Operation(summary = "Register an online store",
            description = "platform TAOBAO, JD, P832, WEB or OTHER decides the order format; secret is write-only "
                    + "(alliance.ecommerce.stores.<CODE>.secret in configuration takes precedence); poll {url, "
                    + "intervalSeconds, pageSize, enabled} starts pulling the store's order API.")
    ResponseEntity<OnlineStore> create(@Valid @RequestBody OnlineStoreRequest request) {
        OnlineStore created = stores.create(request);
        return ResponseEntity.created(URI.create("/api/v1/online-stores/" + created.code())).body(created);
    }
}
