package cn.xixian.alliance.ecommerce.orders;

import cn.xixian.alliance.ecommerce.orders.persistence.StoreOrderQueries;
import java.util.List;
import org.springframework.stereotype.Service;

/** A season's paid store orders: how many, the yuan paid and the kilograms booked on contracts. */
@Service
public class SalesTotals {

    private static final List<String> PAID = List.of(SaleStatus.PAID.name(), SaleStatus.SHIPPED.name(),
            SaleStatus.COMPLETED.name());

    private final StoreOrderQueries orders;

    SalesTotals(StoreOrderQueries orders) {
        this.orders = orders;
    }

    public SeasonSales season(int season) {
        return orders.seasonTotals(season, PAID);
    }
}
