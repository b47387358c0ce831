package cn.xixian.alliance.core.technician.web;

import cn.xixian.alliance.core.idempotency.IdempotencyKeys;
import cn.xixian.alliance.core.photos.Photo;
import cn.xixian.alliance.core.photos.Photos;
import cn.xixian.alliance.core.technical.FieldVisit;
import cn.xixian.alliance.core.technician.TechnicianDesk;
import cn.xixian.alliance.core.technician.TechnicianDesk.MyHousehold;
import cn.xixian.alliance.core.technician.TechnicianDesk.NewVisit;
import cn.xixian.alliance.core.web.InvalidInputException;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** The technician's phone: my households, my visits (with up to 3 photos each); writes take an Idempotency-Key. */
@RestController
@RequestMapping("/api/v1/technician")
@PreAuthorize("hasRole('TECHNICIAN')")
class TechnicianDeskController {

    static final String VISIT_PHOTOS = "VISIT";
    private static final ZoneId COUNTY = ZoneId.of("Asia/Shanghai");

    private final TechnicianDesk desk;
    private final IdempotencyKeys keys;
    private final Photos photos;
    private final Clock clock;

    TechnicianDeskController(TechnicianDesk desk, IdempotencyKeys keys, Photos photos, Optional<Clock> clock) {
        this.desk = desk;
        this.keys = keys;
        this.photos = photos;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    record VisitBody(@NotBlank String householdId, @Size(max = 40) String orchardCode, @NotNull LocalDate date,
            @NotBlank @Size(max = 1000) String problem, @NotBlank @Size(max = 1000) String advice) {
    }

    @GetMapping("/households")
    List<MyHousehold> households() {
        return desk.households(LocalDate.now(clock.withZone(COUNTY)));
    }

    @GetMapping("/households/{id}/visits")
    List<FieldVisit> visitsTo(@PathVariable String id) {
        return desk.visitsTo(id);
    }

    @PostMapping("/visits")
    ResponseEntity<FieldVisit> record(@Valid @RequestBody VisitBody b,
            @RequestHeader(value = IdempotencyKeys.HEADER, required = false) String key) {
        FieldVisit visit = desk.record(new NewVisit(b.householdId(), b.orchardCode(), b.date(), b.problem(),
                b.advice()), keys.scoped(key));
        return ResponseEntity.created(URI.create("/api/v1/technician/visits/" + visit.id())).body(visit);
    }

    @GetMapping("/visits/{id}")
    FieldVisit visit(@PathVariable String id) {
        return desk.visit(id);
    }

    /**
     * A photo of a visit recorded offline: the phone knows the visit only by the Idempotency-Key it was sent
     * with ({@code visitKey}), so the photo names that.
     */
    @PostMapping(path = "/visits/by-key/{visitKey}/photos", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<Map<String, String>> uploadByKey(@PathVariable String visitKey,
            @RequestParam(value = "file", required = false) MultipartFile file,
            @RequestHeader(value = IdempotencyKeys.HEADER, required = false) String key) throws IOException {
        return upload(desk.visitByKey(keys.scoped(visitKey)).id(), file, key);
    }

    @PostMapping(path = "/visits/{id}/photos", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<Map<String, String>> upload(@PathVariable String id,
            @RequestParam(value = "file", required = false) MultipartFile file,
            @RequestHeader(value = IdempotencyKeys.HEADER, required = false) String key) throws IOException {
        desk.visit(id);
        if (file == null || file.isEmpty()) {
            throw new InvalidInputException("file", "is required");
        }
        if (file.getSize() > photos.maxBytes()) {
            throw new InvalidInputException("file", "is larger than " + photos.maxBytes() + " bytes");
        }
        Photo photo = photos.add(VISIT_PHOTOS, id, file.getInputStream(), keys.scoped(key));
        return ResponseEntity.created(URI.create("/api/v1/technician/visits/" + id + "/photos/" + photo.id()))
                .body(Map.of("id", photo.id()));
    }

    @GetMapping("/visits/{id}/photos/{photoId}")
    void photo(@PathVariable String id, @PathVariable String photoId, jakarta.servlet.http.HttpServletResponse response)
            throws IOException {
        desk.visit(id);
        Photos.write(photos.read(VISIT_PHOTOS, id, photoId), response);
    }
}
