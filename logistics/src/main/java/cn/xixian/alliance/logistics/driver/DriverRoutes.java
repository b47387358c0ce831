package cn.xixian.alliance.logistics.driver;

import cn.xixian.alliance.core.field.FieldScope;
import cn.xixian.alliance.core.photos.Photos;
import cn.xixian.alliance.core.registry.Contact;
import cn.xixian.alliance.core.registry.Member;
import cn.xixian.alliance.core.registry.MemberService;
import cn.xixian.alliance.core.transport.Place;
import cn.xixian.alliance.core.transport.TransportRequest;
import cn.xixian.alliance.core.transport.TransportRequestService;
import cn.xixian.alliance.core.web.NotFoundException;
import cn.xixian.alliance.logistics.dispatch.DispatchPlanView;
import cn.xixian.alliance.logistics.dispatch.DispatchService;
import cn.xixian.alliance.logistics.dispatch.StopView;
import cn.xixian.alliance.logistics.dispatch.VanRouteView;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;

/** The signed-in driver's route, read from the dispatch plans (never copied): the driver sees only their own van. */
@Service
public class DriverRoutes {

    public static final String STOP_PHOTOS = "STOP";

    private final DispatchService dispatch;
    private final FieldScope field;
    private final TransportRequestService requests;
    private final MemberService members;
    private final Photos photos;

    DriverRoutes(DispatchService dispatch, FieldScope field, TransportRequestService requests, MemberService members,
            Photos photos) {
        this.dispatch = dispatch;
        this.field = field;
        this.requests = requests;
        this.members = members;
        this.photos = photos;
    }

    /**
     * The driver's van on the day's published plan; without a date, today's, or else the newest published plan
     * with a van for them. 404 when there is none.
     */
    public DriverRoute route(LocalDate date, LocalDate today) {
        String driverId = field.driverId();
        Optional<DispatchPlanView> plan = dispatch.published(date != null ? date : today)
                .filter(p -> vanOf(p, driverId).isPresent());
        if (plan.isEmpty() && date == null) {
            plan = dispatch.latestPublishedFor(driverId);
        }
        DispatchPlanView found = plan.orElseThrow(() -> new NotFoundException("published route for driver", driverId));
        VanRouteView van = vanOf(found, driverId).orElseThrow();
        List<DriverRoute.RouteStop> stops = new ArrayList<>();
        int sequence = 1;
        for (StopView s : van.stops()) {
            stops.add(stop(s, sequence++));
        }
        return new DriverRoute(found.id(), van.vanId(), van.vanCode(), van.driverId(), van.driverName(), found.date(),
                stops);
    }

    private static Optional<VanRouteView> vanOf(DispatchPlanView plan, String driverId) {
        return plan.vans().stream().filter(v -> driverId.equals(v.driverId())).findFirst();
    }

    private DriverRoute.RouteStop stop(StopView s, int sequence) {
        TransportRequest request = requests.find(s.requestId()).orElse(null);
        Place place = request == null ? null : "PICKUP".equals(s.kind()) ? request.from() : request.to();
        Contact contact = place == null || place.memberId() == null ? null
                : members.find(place.memberId()).map(Member::contact).orElse(null);
        String geo = "geo:" + s.lat() + "," + s.lon() + "?q=" + s.lat() + "," + s.lon();
        return new DriverRoute.RouteStop(s.id(), sequence, s.requestId(), s.kind(), s.place(),
                contact == null ? null : contact.address(), s.lat(), s.lon(), geo, s.windowStart(), s.windowEnd(),
                s.eta(), s.weightKg(), s.refrigerated(), s.urgent(), contact == null ? null : contact.person(),
                contact == null ? null : contact.phone(), s.status(), s.arrivedAt(), s.doneAt(), s.signer(),
                photos.of(STOP_PHOTOS, s.id()).size());
    }
}
