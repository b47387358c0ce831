package cn.xixian.alliance.ui.dashboard;

import cn.xixian.alliance.coldstorage.coldstore.StockService;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * The coordinator's overview: members and cooperatives, cold-store occupancy and fruit age, the season's red-order
 * book and figures. Figures and the cooperatives' table are rendered here; the charts load their series from the
 * API ({@code /api/v1/cold-stores/occupancy}, {@code /api/v1/red-orders/book}) and from {@code /dashboard/fruit-age}.
 */
@Controller
@PreAuthorize("hasRole('COORDINATOR')")
class DashboardController {

    private final DashboardFigures figures;
    private final StockService stock;
    private final Clock clock;

    DashboardController(DashboardFigures figures, StockService stock, Optional<Clock> clock) {
        this.figures = figures;
        this.stock = stock;
        this.clock = clock.orElse(Clock.systemUTC()); // the same "today" as the occupancy API's fruit ages
    }

    @GetMapping("/dashboard")
    String dashboard(Model model) {
        model.addAttribute("overview", figures.overview(LocalDate.now(clock)));
        return "dashboard";
    }

    /** Tonnes in store per age bucket and grade, from every chamber's balance (one read of the balances). */
    @GetMapping("/dashboard/fruit-age")
    @ResponseBody
    FruitAge fruitAge() {
        return FruitAge.of(stock.lotsByChamber().values(), LocalDate.now(clock));
    }
}
