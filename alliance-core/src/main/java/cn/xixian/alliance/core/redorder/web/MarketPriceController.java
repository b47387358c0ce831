package cn.xixian.alliance.core.redorder.web;

import cn.xixian.alliance.core.redorder.MarketPriceService;
import cn.xixian.alliance.core.redorder.MarketPrices;
import jakarta.validation.Valid;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The season's market purchase prices per grade: coordinators set them, contract holders read them. */
@RestController
@RequestMapping("/api/v1/market-prices/{season}")
class MarketPriceController {

    private final MarketPriceService prices;

    MarketPriceController(MarketPriceService prices) {
        this.prices = prices;
    }

    @GetMapping
    @PreAuthorize("hasAnyRole('COORDINATOR', 'COOPERATIVE')")
    MarketPrices get(@PathVariable int season) {
        return prices.get(season);
    }

    @PutMapping
    @PreAuthorize("hasRole('COORDINATOR')")
    MarketPrices put(@PathVariable int season, @Valid @RequestBody MarketPrices.Request request) {
        return prices.put(season, request);
    }
}
