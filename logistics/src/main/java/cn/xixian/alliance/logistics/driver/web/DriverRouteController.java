package cn.xixian.alliance.logistics.driver.web;

import cn.xixian.alliance.core.field.FieldScope;
import cn.xixian.alliance.core.idempotency.IdempotencyKeys;
import cn.xixian.alliance.core.photos.Photo;
import cn.xixian.alliance.core.photos.Photos;
import cn.xixian.alliance.core.web.InvalidInputException;
import cn.xixian.alliance.logistics.dispatch.StopService;
import cn.xixian.alliance.logistics.driver.DriverRoute;
import cn.xixian.alliance.logistics.driver.DriverRoutes;
import cn.xixian.alliance.logistics.fleet.FleetService;
import java.io.IOException;
import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * The driver's phone: today's route of their van, and proof-of-delivery photos of its stops (JPEG/PNG, checked
 * by their bytes). The dispatcher and coordinator read every stop's photos; a driver only their own van's.
 */
@RestController
class DriverRouteController {

    private final DriverRoutes routes;
    private final StopService stops;
    private final FieldScope field;
    private final Photos photos;
    private final IdempotencyKeys keys;
    private final FleetService fleet;
    private final Clock clock;

    DriverRouteController(DriverRoutes routes, StopService stops, FieldScope field, Photos photos, IdempotencyKeys keys,
            FleetService fleet, Optional<Clock> clock) {
        this.routes = routes;
        this.stops = stops;
        this.field = field;
        this.photos = photos;
        this.keys = keys;
        this.fleet = fleet;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    @GetMapping("/api/v1/driver/route")
    @PreAuthorize("hasRole('DRIVER')")
    DriverRoute route(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date) {
        return routes.route(date, LocalDate.now(clock.withZone(fleet.zone())));
    }

    @PostMapping(path = "/api/v1/stops/{id}/photos", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @PreAuthorize("hasAnyRole('COORDINATOR', 'DISPATCHER', 'DRIVER')")
    ResponseEntity<Map<String, String>> upload(@PathVariable String id,
            @RequestParam(value = "file", required = false) MultipartFile file,
            @RequestHeader(value = IdempotencyKeys.HEADER, required = false) String key) throws IOException {
        field.checkDriver(stops.driverOf(id));
        if (file == null || file.isEmpty()) {
            throw new InvalidInputException("file", "is required");
        }
        if (file.getSize() > photos.maxBytes()) {
            throw new InvalidInputException("file", "is larger than " + photos.maxBytes() + " bytes");
        }
        Photo photo = photos.add(DriverRoutes.STOP_PHOTOS, id, file.getInputStream(), keys.scoped(key));
        return ResponseEntity.created(URI.create("/api/v1/stops/" + id + "/photos/" + photo.id()))
                .body(Map.of("id", photo.id()));
    }

    @GetMapping("/api/v1/stops/{id}/photos")
    @PreAuthorize("hasAnyRole('COORDINATOR', 'DISPATCHER', 'DRIVER')")
    List<Photo> list(@PathVariable String id) {
        field.checkDriver(stops.driverOf(id));
        return photos.of(DriverRoutes.STOP_PHOTOS, id);
    }

    @GetMapping("/api/v1/stops/{id}/photos/{photoId}")
    @PreAuthorize("hasAnyRole('COORDINATOR', 'DISPATCHER', 'DRIVER')")
    void read(@PathVariable String id, @PathVariable String photoId, jakarta.servlet.http.HttpServletResponse response)
            throws IOException {
        field.checkDriver(stops.driverOf(id));
        Photos.write(photos.read(DriverRoutes.STOP_PHOTOS, id, photoId), response);
    }
}
