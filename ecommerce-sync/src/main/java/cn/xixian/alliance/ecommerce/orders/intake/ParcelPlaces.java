package cn.xixian.alliance.ecommerce.orders.intake;

import cn.xixian.alliance.core.registry.Member;
import cn.xixian.alliance.core.registry.MemberKind;
import cn.xixian.alliance.core.registry.MemberService;
import cn.xixian.alliance.core.transport.Place;
import cn.xixian.alliance.core.web.PageResponse;
import cn.xixian.alliance.core.web.Pages;
import cn.xixian.alliance.ecommerce.EcommerceProperties;
import cn.xixian.alliance.ecommerce.orders.Receiver;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Where parcels go from and to: from the alliance's packing place ({@code alliance.ecommerce.parcels.ship-from}, a
 * member code, else the fallback point) to the county post/express hub, unless the receiver lives in Xi County (隰县)
 * and a service station's village or name appears in the address: then to that station. The station list is read
 * at most every few minutes (it changes rarely and the intake asks per order).
 */
@Component
class ParcelPlaces {

    static final String POST_HUB = "POST-HUB";
    private static final String COUNTY = "隰县";
    private static final Duration REFRESH = Duration.ofMinutes(5);

    private final MemberService members;
    private final String shipFromCode;
    private final Place shipFromFallback;
    private final String postHubCode;
    private final Place postHubFallback;
    private volatile List<Station> stations;
    private volatile long loadedAt;

    ParcelPlaces(MemberService members, EcommerceProperties settings) {
        EcommerceProperties.Place shipFrom = settings.parcels().shipFrom();
        EcommerceProperties.Place postHub = settings.parcels().postHub();
        this.members = members;
        this.shipFromCode = shipFrom.member();
        this.shipFromFallback = new Place(null, shipFrom.name(), shipFrom.lat(), shipFrom.lon());
        this.postHubCode = postHub.member();
        this.postHubFallback = new Place(null, postHub.name(), postHub.lat(), postHub.lon());
    }

    Place shipFrom() {
        return member(shipFromCode).orElse(shipFromFallback);
    }

    /** The destination key of a receiver: a station's member id, or {@link #POST_HUB}. */
    String destinationOf(Receiver receiver) {
        if (receiver == null) {
            return POST_HUB;
        }
        String where = String.join(" ", nonNull(receiver.province()), nonNull(receiver.city()),
                nonNull(receiver.district()), nonNull(receiver.address()));
        if (!where.contains(COUNTY)) {
            return POST_HUB;
        }
        String address = nonNull(receiver.address());
        return stations().stream().filter(s -> s.matches(address)).map(Station::id).findFirst().orElse(POST_HUB);
    }

    Place place(String destination) {
        if (POST_HUB.equals(destination)) {
            return member(postHubCode).orElse(postHubFallback);
        }
        return member(destination).orElse(postHubFallback);
    }

    private Optional<Place> member(String idOrCode) {
        if (idOrCode == null || idOrCode.isBlank()) {
            return Optional.empty();
        }
        return members.find(idOrCode).map(m -> new Place(m.id(), m.name(), m.lat(), m.lon()));
    }

    private List<Station> stations() {
        if (stations == null || System.nanoTime() - loadedAt > REFRESH.toNanos()) {
            List<Station> loaded = new ArrayList<>();
            for (int page = 0; ; page++) {
                PageResponse<Member> found = members.search(MemberKind.SERVICE_STATION, null, Pages.of(page, 500, "code"));
                for (Member m : found.items()) {
                    String village = m.villageId() == null ? null : members.find(m.villageId()).map(Member::name).orElse(null);
                    loaded.add(new Station(m.id(), m.name(), village));
                }
                if ((long) (page + 1) * 500 >= found.total()) {
                    break;
                }
            }
            stations = loaded;
            loadedAt = System.nanoTime();
        }
        return stations;
    }

    private static String nonNull(String s) {
        return s == null ? "" : s;
    }

    /** A service station, found in an address by its own name or its village's (with or without the town). */
    private record Station(String id, String name, String village) {

        boolean matches(String address) {
            if (address.contains(name)) {
                return true;
            }
            if (village == null) {
                return false;
            }
            int town = Math.max(village.lastIndexOf('镇'), village.lastIndexOf('乡'));
            String bare = town >= 0 && town < village.length() - 1 ? village.substring(town + 1) : village;
            return address.contains(village) || bare.length() >= 2 && address.contains(bare);
        }
    }
}
