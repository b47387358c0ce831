package cn.xixian.alliance.demo;

import cn.xixian.alliance.core.purchasing.InputNeedRequest;
import cn.xixian.alliance.core.purchasing.InputNeedService;
import cn.xixian.alliance.core.purchasing.PurchaseOrderRequest;
import cn.xixian.alliance.core.purchasing.PurchaseOrderService;
import cn.xixian.alliance.core.purchasing.Supplier;
import cn.xixian.alliance.core.purchasing.SupplierService;
import cn.xixian.alliance.core.registry.Household;
import cn.xixian.alliance.core.registry.HouseholdService;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;

/**
 * The purchasing group's winter round for the 2027 season: a third of the households ask for compound
 * fertiliser, pesticide and fruit bags; one bulk order from the county input company takes the fertiliser and
 * pesticide needs. The fruit-bag needs stay open for a second order, and no delivery is split yet, so the
 * demo fleet is not handed next spring's loads.
 */
@Component
class DemoPurchasing implements DemoStep {

    static final int SEASON = 2027;

    private final SupplierService suppliers;
    private final InputNeedService needs;
    private final PurchaseOrderService orders;
    private final HouseholdService households;

    DemoPurchasing(SupplierService suppliers, InputNeedService needs, PurchaseOrderService orders,
            HouseholdService households) {
        this.suppliers = suppliers;
        this.needs = needs;
        this.orders = orders;
        this.households = households;
    }

    @Override
    public String name() {
        return "purchasing";
    }

    @Override
    public void load(DemoProperties properties) {
        Random random = new Random(properties.seed() + 30);
        Supplier county = suppliers.find("SUP-01").orElseGet(() -> suppliers.create(new Supplier(null, "SUP-01",
                "隰县农资供应有限公司", DemoRegistry.CENTRE_LAT + 0.004, DemoRegistry.CENTRE_LON - 0.006, "13503570001")));
        suppliers.find("SUP-02").orElseGet(() -> suppliers.create(new Supplier(null, "SUP-02", "隰县梨乡果袋厂",
                DemoRegistry.CENTRE_LAT - 0.02, DemoRegistry.CENTRE_LON + 0.03, "13503570002")));
        if (needs.search(new InputNeedService.Filter(SEASON, null, null, null, null, null), PageRequest.of(0, 1))
                .total() > 0) {
            return; // loaded before, cut off after the needs: the next aggregation (or a stale-draft pass) finishes it
        }
        List<Household> all = households.search(new HouseholdService.Filter(null, null, null, null, null),
                PageRequest.of(0, 1000)).items();
        for (int i = 0; i < all.size(); i += 3) {
            String id = all.get(i).id();
            LocalDate wantedBy = LocalDate.of(SEASON, 3, 1).plusDays(random.nextInt(20));
            needs.record(new InputNeedRequest(id, SEASON, "复合肥", BigDecimal.valueOf(2 + random.nextInt(7)), "袋",
                    wantedBy, null));
            needs.record(new InputNeedRequest(id, SEASON, "农药", BigDecimal.valueOf(2 + random.nextInt(5)), "瓶",
                    wantedBy, null));
            if (random.nextBoolean()) {
                needs.record(new InputNeedRequest(id, SEASON, "套袋", BigDecimal.valueOf(5 + random.nextInt(16)), "千个",
                        wantedBy.plusDays(30), null));
            }
        }
        orders.aggregate(new PurchaseOrderRequest(SEASON, county.id(), List.of(
                new PurchaseOrderRequest.Line("复合肥", "袋", new BigDecimal("40"), new BigDecimal("138.50"),
                        new BigDecimal("165.00")),
                new PurchaseOrderRequest.Line("农药", "瓶", new BigDecimal("0.5"), new BigDecimal("27.35"),
                        new BigDecimal("32.80"))), "2027年春季统一采购"));
    }
}
