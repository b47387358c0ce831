package cn.xixian.alliance.logistics.dispatch;

import cn.xixian.alliance.core.transport.NewTransportRequest;
import cn.xixian.alliance.core.transport.Place;
import cn.xixian.alliance.core.transport.TimeWindow;
import cn.xixian.alliance.core.transport.TransportKind;
import cn.xixian.alliance.core.transport.TransportRequest;
import cn.xixian.alliance.core.transport.TransportRequestService;
import cn.xixian.alliance.logistics.fleet.DriverRequest;
import cn.xixian.alliance.logistics.fleet.FleetService;
import cn.xixian.alliance.logistics.fleet.Van;
import cn.xixian.alliance.logistics.fleet.VanRequest;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.springframework.stereotype.Component;

/** A small county day: three vans (one refrigerated) with a driver each and harvest pickups around the depot. */
@Component
class DispatchTestData {

    static final LocalDate DAY = LocalDate.of(2026, 11, 26);
    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    static final Place COLD_STORE = new Place(null, "县冷库", 36.70, 110.95);

    private final FleetService fleet;
    private final TransportRequestService requests;

    DispatchTestData(FleetService fleet, TransportRequestService requests) {
        this.fleet = fleet;
        this.requests = requests;
    }

    List<Van> vans() {
        List<Van> vans = new ArrayList<>();
        for (int i = 1; i <= 3; i++) {
            Van van = fleet.createVan(new VanRequest("VAN-0" + i, "晋L·A123" + i, new BigDecimal("2000"), i == 1, null, true));
            fleet.createDriver(new DriverRequest("DRV-0" + i, "司机" + i, "1390000000" + i, "C1", LocalTime.of(7, 0),
                    LocalTime.of(19, 0), null, List.of(van.id()), true));
            vans.add(van);
        }
        return vans;
    }

    /** {@code count} pickups at villages within ~15 km, to the cold store the same day. */
    List<TransportRequest> requests(int count, long seed) {
        Random random = new Random(seed);
        List<TransportRequest> created = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Place village = new Place(null, "村" + i, 36.693 + (random.nextDouble() - 0.5) * 0.25,
                    110.94 + (random.nextDouble() - 0.5) * 0.3);
            created.add(requests.submit(request("lot-" + seed + "-" + i, village, 300 + random.nextInt(400), false,
                    8 + random.nextInt(3))));
        }
        return created;
    }

    TransportRequest submit(String ref, double weightKg, boolean urgent) {
        Place village = new Place(null, "急-" + ref, 36.66, 110.90);
        return requests.submit(request(ref, village, weightKg, urgent, 10));
    }

    private static NewTransportRequest request(String ref, Place from, double kg, boolean urgent, int startHour) {
        TimeWindow pickup = new TimeWindow(DAY.atTime(LocalTime.of(startHour, 0)).atZone(ZONE).toInstant(),
                DAY.atTime(LocalTime.of(startHour + 4, 0)).atZone(ZONE).toInstant());
        TimeWindow delivery = new TimeWindow(pickup.start(), DAY.atTime(LocalTime.of(18, 0)).atZone(ZONE).toInstant());
        return new NewTransportRequest("harvest", ref, TransportKind.HARVEST_PICKUP, from, COLD_STORE,
                BigDecimal.valueOf(kg), false, pickup, delivery, 15, 10, urgent, null);
    }
}
