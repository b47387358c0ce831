package cn.xixian.alliance.ecommerce.catalog.web;

import cn.xixian.alliance.core.web.PageResponse;
import cn.xixian.alliance.core.web.Pages;
import cn.xixian.alliance.ecommerce.catalog.NewSkuMapping;
import cn.xixian.alliance.ecommerce.catalog.SkuCatalog;
import cn.xixian.alliance.ecommerce.catalog.SkuMapping;
import jakarta.validation.Valid;
import java.net.URI;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriComponentsBuilder;

/** The SKU catalog: the coordinator maintains it, the store integrations read it. */
@RestController
class SkuMappingController {

    private static final String BASE = "/api/v1/sku-mappings";

    private final SkuCatalog catalog;

    SkuMappingController(SkuCatalog catalog) {
        this.catalog = catalog;
    }

    @PostMapping(BASE)
    @PreAuthorize("hasRole('COORDINATOR')")
    ResponseEntity<SkuMapping> create(@Valid @RequestBody NewSkuMapping request) {
        SkuMapping created = catalog.create(request);
        URI location = UriComponentsBuilder.fromPath(BASE).queryParam("storeCode", created.storeCode())
                .queryParam("sku", created.sku()).encode().build().toUri();
        return ResponseEntity.created(location).body(created);
    }

    @GetMapping(BASE)
    @PreAuthorize("hasAnyRole('COORDINATOR', 'STORE_INTEGRATION')")
    PageResponse<SkuMapping> list(@RequestParam(required = false) String storeCode,
            @RequestParam(required = false) String sku,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
        if (sku != null && !sku.isBlank()) {
            var found = catalog.resolve(storeCode, java.util.List.of(sku)).get(sku);
            return new PageResponse<>(found == null ? java.util.List.of() : java.util.List.of(found), found == null ? 0 : 1);
        }
        return catalog.list(storeCode, Pages.of(page, size, "sku", "_id"));
    }
}
