package cn.xixian.alliance.ui.dashboard;

import cn.xixian.alliance.coldstorage.coldstore.Occupancy.StoreOccupancy;
import cn.xixian.alliance.coldstorage.coldstore.OccupancyService;
import cn.xixian.alliance.coldstorage.coldstore.SellFirstService;
import cn.xixian.alliance.core.redorder.SeasonBook;
import cn.xixian.alliance.core.redorder.SeasonBookService;
import cn.xixian.alliance.core.registry.Member;
import cn.xixian.alliance.core.registry.MemberKind;
import cn.xixian.alliance.core.registry.MemberService;
import cn.xixian.alliance.core.registry.RegistryCountService;
import cn.xixian.alliance.core.registry.RegistryCounts;
import cn.xixian.alliance.core.web.Pages;
import cn.xixian.alliance.ecommerce.orders.SalesTotals;
import cn.xixian.alliance.ecommerce.orders.SeasonSales;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * Gathers the dashboard's figures from the modules' facades with a handful of queries (grouped counts, one pass
 * over the season's contracts, one over its paid orders, the chamber balances), never one per household.
 */
@Component
class DashboardFigures {

    static final List<MemberKind> KINDS = List.of(MemberKind.VILLAGE, MemberKind.COOPERATIVE, MemberKind.PROCESSOR,
            MemberKind.LOGISTICS_FIRM, MemberKind.ECOMMERCE_FIRM, MemberKind.SERVICE_STATION, MemberKind.ONLINE_STORE);
    private static final BigDecimal THOUSAND = BigDecimal.valueOf(1000);

    private final RegistryCountService registry;
    private final MemberService members;
    private final OccupancyService occupancy;
    private final SellFirstService sellFirst;
    private final SeasonBookService books;
    private final SalesTotals sales;

    DashboardFigures(RegistryCountService registry, MemberService members, OccupancyService occupancy,
            SellFirstService sellFirst, SeasonBookService books, SalesTotals sales) {
        this.registry = registry;
        this.members = members;
        this.occupancy = occupancy;
        this.sellFirst = sellFirst;
        this.books = books;
        this.sales = sales;
    }

    Overview overview(LocalDate today) {
        RegistryCounts counts = registry.counts();
        return new Overview(counts, KINDS, cooperatives(counts), storage(today), season());
    }

    private List<Overview.CooperativeRow> cooperatives(RegistryCounts counts) {
        Map<String, String> villages = members.search(MemberKind.VILLAGE, null, Pages.of(0, Pages.MAX_SIZE, "code"))
                .items().stream().collect(Collectors.toMap(Member::id, Member::name));
        return members.search(MemberKind.COOPERATIVE, null, Pages.of(0, Pages.MAX_SIZE, "code")).items().stream()
                .map(c -> {
                    var n = counts.ofCooperative(c.id());
                    return new Overview.CooperativeRow(c.code(), c.name(),
                            c.villageId() == null ? null : villages.get(c.villageId()), n.households(),
                            n.povertyRegistered());
                }).toList();
    }

    private Overview.StorageFigures storage(LocalDate today) {
        List<StoreOccupancy> stores = occupancy.occupancy(today);
        BigDecimal capacity = sum(stores, StoreOccupancy::capacityKg);
        BigDecimal stock = sum(stores, StoreOccupancy::stockKg);
        int percent = capacity.signum() == 0 ? 0
                : stock.multiply(BigDecimal.valueOf(100)).divide(capacity, 0, RoundingMode.HALF_UP).intValue();
        var firstList = sellFirst.list(null, Pages.of(0, 1));
        LocalDate asOf = firstList.items().isEmpty() ? null : firstList.items().get(0).asOf();
        return new Overview.StorageFigures(stores.size(), stores.stream().mapToInt(s -> s.chambers().size()).sum(),
                tonnes(capacity), tonnes(stock), tonnes(sum(stores, StoreOccupancy::freeKg)), percent,
                firstList.total(), asOf);
    }

    private Overview.SeasonFigures season() {
        SeasonBook book = books.book(null);
        SeasonSales paid = book.season() == null ? null : sales.season(book.season());
        BigDecimal traded = book.settledGross().add(paid == null ? BigDecimal.ZERO : paid.paid());
        BigDecimal contracted = book.grades().stream().map(SeasonBook.GradeLine::contractedKg)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        return new Overview.SeasonFigures(book, paid, traded, tonnes(contracted));
    }

    private static BigDecimal sum(List<StoreOccupancy> stores, Function<StoreOccupancy, BigDecimal> kg) {
        return stores.stream().map(kg).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    static BigDecimal tonnes(BigDecimal kg) {
        return kg.divide(THOUSAND, 1, RoundingMode.HALF_UP);
    }
}
