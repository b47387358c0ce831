package cn.xixian.alliance.demo;

import cn.xixian.alliance.core.registry.Member;
import cn.xixian.alliance.core.registry.MemberKind;
import cn.xixian.alliance.core.registry.MemberService;
import cn.xixian.alliance.core.transport.NewTransportRequest;
import cn.xixian.alliance.core.transport.Place;
import cn.xixian.alliance.core.transport.TimeWindow;
import cn.xixian.alliance.core.transport.TransportKind;
import cn.xixian.alliance.core.transport.TransportRequestPort;
import cn.xixian.alliance.core.web.Pages;
import cn.xixian.alliance.logistics.fleet.DriverRequest;
import cn.xixian.alliance.logistics.fleet.FleetService;
import cn.xixian.alliance.logistics.fleet.Van;
import cn.xixian.alliance.logistics.fleet.VanRequest;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.springframework.stereotype.Component;

/**
 * Red express (红色快递): 30 party-member vanguard vans (党员先锋号-01..30, every third refrigerated, 1.5-5 t) at the
 * county delivery centre, 50 party-member drivers on staggered shifts, each allowed on two or three vans, and one
 * harvest-season day ({@link #DAY}) of transport requests submitted through the port the way the other groups
 * submit them: harvest pickups from villages and cooperatives' purchase points to processors' cold stores
 * (storage group), farm inputs from the supply depot to villages (purchasing group), and store-order parcels from
 * processors to service stations and the county post hub (sales group).
 */
@Component
class DemoFleet implements DemoStep {

    static final LocalDate DAY = LocalDate.of(2026, 9, 10);
    private static final int VANS = 30;
    private static final int DRIVERS = 50;
    private static final int HARVEST = 60;
    private static final int INPUTS = 50;
    private static final int PARCELS = 40;
    /** The purchasing group's central supply depot (集中采购农资仓库), not itself a member organisation. */
    private static final Place SUPPLY_DEPOT = new Place(null, "隰县农资集中配送仓库", 36.7012, 110.9265);
    private static final LocalTime[][] SHIFTS = {{LocalTime.of(6, 0), LocalTime.of(15, 0)},
            {LocalTime.of(7, 0), LocalTime.of(17, 0)}, {LocalTime.of(8, 0), LocalTime.of(18, 0)},
            {LocalTime.of(10, 0), LocalTime.of(20, 0)}};
    private static final String[] INPUT_ITEMS = {"有机肥", "梨果套袋", "生物农药", "防雹网", "授粉用花粉", "果筐"};

    private final FleetService fleet;
    private final MemberService members;
    private final TransportRequestPort port;

    DemoFleet(FleetService fleet, MemberService members, TransportRequestPort port) {
        this.fleet = fleet;
        this.members = members;
        this.port = port;
    }

    @Override
    public String name() {
        return "fleet";
    }

    @Override
    public int order() {
        return 150;
    }

    @Override
    public void load(DemoProperties properties) {
        Random random = new Random(properties.seed() + 5);
        List<Van> vans = loadVans();
        loadDrivers(random, vans);
        loadRequests(random);
    }

    private List<Van> loadVans() {
        List<Van> vans = new ArrayList<>();
        for (int i = 1; i <= VANS; i++) {
            boolean cold = i % 3 == 1;
            BigDecimal capacity = BigDecimal.valueOf(1500 + (i * 3 % 8) * 500L); // 1.5 t to 5 t, cold and dry alike
            String code = "党员先锋号-%02d".formatted(i);
            VanRequest van = new VanRequest(code, "晋L·H%04d".formatted(3000 + i * 7), capacity, cold, null, true);
            vans.add(fleet.findVan(code).orElseGet(() -> fleet.createVan(van)));
        }
        return vans;
    }

    private void loadDrivers(Random random, List<Van> vans) {
        for (int i = 1; i <= DRIVERS; i++) {
            LocalTime[] shift = SHIFTS[i % SHIFTS.length];
            Van main = vans.get((i - 1) % vans.size());
            List<String> allowed = List.of(main.id(), vans.get((i + 2) % vans.size()).id(),
                    vans.get((i + 12) % vans.size()).id());
            boolean heavy = allowed.stream().anyMatch(id -> vans.stream()
                    .anyMatch(v -> v.id().equals(id) && v.capacityKg().compareTo(BigDecimal.valueOf(4000)) > 0));
            DriverRequest driver = new DriverRequest("DRV-%02d".formatted(i), DemoNames.person(random),
                    DemoNames.phone(random), heavy ? "B2" : "C1", shift[0], shift[1], 9.0,
                    allowed.subList(0, 2 + random.nextInt(2)), true);
            if (fleet.findDriver(driver.code()).isEmpty()) {
                fleet.createDriver(driver);
            }
        }
    }

    private void loadRequests(Random random) {
        List<Member> villages = members(MemberKind.VILLAGE);
        List<Member> cooperatives = members(MemberKind.COOPERATIVE);
        List<Member> processors = members(MemberKind.PROCESSOR);
        List<Member> stations = members(MemberKind.SERVICE_STATION);
        Member postHub = members.find("LOG-04").orElse(processors.get(0));
        for (int i = 1; i <= HARVEST; i++) {
            Member from = i % 2 == 0 ? pick(random, villages) : pick(random, cooperatives);
            Member to = pick(random, processors);
            int startMinutes = 7 * 60 + random.nextInt(13) * 30;
            submit("STORAGE", "harvest-%03d".formatted(i), TransportKind.HARVEST_PICKUP, place(from), place(to),
                    300 + random.nextInt(16) * 100, true, startMinutes, 120, 300, 20, 15,
                    "采收入库: " + from.name() + " → " + to.name());
        }
        for (int i = 1; i <= INPUTS; i++) {
            Member to = pick(random, villages);
            int startMinutes = 7 * 60 + random.nextInt(8) * 30;
            submit("PURCHASING", "inputs-%03d".formatted(i), TransportKind.INPUT_DELIVERY, SUPPLY_DEPOT, place(to),
                    200 + random.nextInt(14) * 100, false, startMinutes, 90, 420, 15, 20,
                    "农资配送: " + INPUT_ITEMS[random.nextInt(INPUT_ITEMS.length)] + " → " + to.name());
        }
        for (int i = 1; i <= PARCELS; i++) {
            Member from = pick(random, processors);
            Member to = i % 5 == 0 ? postHub : pick(random, stations);
            int startMinutes = 8 * 60 + random.nextInt(12) * 30;
            submit("SALES", "parcels-%03d".formatted(i), TransportKind.PARCEL, place(from), place(to),
                    20 + random.nextInt(19) * 10, false, startMinutes, 120, 360, 10, 10,
                    "网店包裹 " + (4 + random.nextInt(40)) + " 箱 → " + to.name());
        }
    }

    /** Pickup window [start, start+pickupLength]; delivery from the pickup's start for deliveryLength minutes. */
    private void submit(String source, String ref, TransportKind kind, Place from, Place to, int kg,
            boolean refrigerated, int startMinutes, int pickupLength, int deliveryLength, int pickupService,
            int deliveryService, String notes) {
        Instant start = DAY.atStartOfDay(fleet.zone()).toInstant().plusSeconds(startMinutes * 60L);
        port.submit(new NewTransportRequest(source, "demo-" + DAY + "/" + ref, kind, from, to, BigDecimal.valueOf(kg),
                refrigerated, new TimeWindow(start, start.plusSeconds(pickupLength * 60L)),
                new TimeWindow(start, start.plusSeconds(deliveryLength * 60L)), pickupService, deliveryService,
                false, notes));
    }

    private List<Member> members(MemberKind kind) {
        return members.search(kind, null, Pages.of(0, Pages.MAX_SIZE, "code")).items();
    }

    private static Member pick(Random random, List<Member> from) {
        return from.get(random.nextInt(from.size()));
    }

    private static Place place(Member member) {
        return new Place(member.id(), member.name(), member.lat(), member.lon());
    }
}
