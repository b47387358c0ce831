package cn.xixian.alliance.logistics.requests;

import cn.xixian.alliance.core.transport.NewTransportRequest;
import cn.xixian.alliance.core.transport.TransportRequest;
import cn.xixian.alliance.core.web.FieldError;
import cn.xixian.alliance.logistics.distance.DistanceMatrix;
import cn.xixian.alliance.logistics.fleet.Driver;
import cn.xixian.alliance.logistics.fleet.FleetService;
import cn.xixian.alliance.logistics.fleet.Van;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;

/**
 * Whether the fleet as it is now could serve a transport request at all: some active van big enough (and
 * refrigerated where the load must ride cold), driven by someone who may drive it, could leave its depot within
 * the driver's shift, serve the pickup and then the delivery inside their windows, and be back before the shift
 * ends. Each problem names the request field to change. Requests that pass may still be left out of a plan
 * because of the other loads; that is the solver's business.
 */
@Service
public class Serviceability {

    private final FleetService fleet;
    private final DistanceMatrix distances;

    Serviceability(FleetService fleet, DistanceMatrix distances) {
        this.fleet = fleet;
        this.distances = distances;
    }

    /** A check against the fleet read once, for checking many requests (a list page) in one go. */
    public Check currentFleet() {
        List<Van> vans = fleet.activeVans();
        List<Driver> drivers = fleet.drivers();
        Map<String, List<Driver>> byVan = vans.stream().collect(Collectors.toMap(Van::id,
                van -> drivers.stream().filter(d -> d.mayDrive(van.id())).toList()));
        return new Check(new ServiceCheck(vans, byVan, distances, fleet.zone()));
    }

    public List<FieldError> problems(NewTransportRequest request) {
        return currentFleet().problems(request);
    }

    public List<FieldError> problems(TransportRequest request) {
        return currentFleet().problems(request);
    }

    /** The fleet read once; empty problems mean some van and driver could serve the request on its own. */
    public static final class Check {

        private final ServiceCheck check;

        private Check(ServiceCheck check) {
            this.check = check;
        }

        public List<FieldError> problems(NewTransportRequest request) {
            return check.problems(Load.of(request));
        }

        public List<FieldError> problems(TransportRequest request) {
            return check.problems(Load.of(request));
        }
    }
}
