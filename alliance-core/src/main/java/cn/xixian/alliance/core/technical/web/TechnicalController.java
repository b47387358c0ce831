package cn.xixian.alliance.core.technical.web;

import cn.xixian.alliance.core.technical.Coverage;
import cn.xixian.alliance.core.technical.FieldVisit;
import cn.xixian.alliance.core.technical.FieldVisitRequest;
import cn.xixian.alliance.core.technical.SeasonCounts;
import cn.xixian.alliance.core.technical.TechnicalSeasons;
import cn.xixian.alliance.core.technical.TechnicalCoverage;
import cn.xixian.alliance.core.technical.TechnicalService;
import cn.xixian.alliance.core.technical.Training;
import cn.xixian.alliance.core.technical.TrainingRequest;
import cn.xixian.alliance.core.web.PageResponse;
import cn.xixian.alliance.core.web.Pages;
import jakarta.validation.Valid;
import java.net.URI;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The technical group (优培): trainings (coordinators record), field visits (cooperatives too, own households), counts. */
@RestController
@RequestMapping("/api/v1")
@PreAuthorize("hasAnyRole('COORDINATOR', 'COOPERATIVE')")
class TechnicalController {

    private final TechnicalService technical;
    private final TechnicalSeasons seasons;
    private final TechnicalCoverage coverage;

    TechnicalController(TechnicalService technical, TechnicalSeasons seasons, TechnicalCoverage coverage) {
        this.technical = technical;
        this.seasons = seasons;
        this.coverage = coverage;
    }

    @PostMapping("/trainings")
    @PreAuthorize("hasRole('COORDINATOR')")
    ResponseEntity<Training> recordTraining(@Valid @RequestBody TrainingRequest request) {
        Training training = technical.recordTraining(request);
        return ResponseEntity.created(URI.create("/api/v1/trainings/" + training.id())).body(training);
    }

    @GetMapping("/trainings/{id}")
    Training training(@PathVariable String id) {
        return technical.training(id);
    }

    @GetMapping("/trainings")
    PageResponse<Training> trainings(@RequestParam(required = false) Integer season,
            @RequestParam(required = false) String technicianId, @RequestParam(required = false) String householdId,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
        return technical.trainings(season, technicianId, householdId, Pages.of(page, size, "date", "_id"));
    }

    @PostMapping("/field-visits")
    ResponseEntity<FieldVisit> recordVisit(@Valid @RequestBody FieldVisitRequest request) {
        FieldVisit visit = technical.recordVisit(request);
        return ResponseEntity.created(URI.create("/api/v1/field-visits/" + visit.id())).body(visit);
    }

    @GetMapping("/field-visits/{id}")
    FieldVisit visit(@PathVariable String id) {
        return technical.visit(id);
    }

    @GetMapping("/field-visits")
    PageResponse<FieldVisit> visits(@RequestParam(required = false) Integer season,
            @RequestParam(required = false) String technicianId, @RequestParam(required = false) String householdId,
            @RequestParam(required = false) String redOrderId,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
        return technical.visits(season, technicianId, householdId, redOrderId, Pages.of(page, size, "date", "_id"));
    }

    /** Demo households visited this season and not yet, per technician and village, and the visits' positions. */
    @GetMapping("/technical/seasons/{season}/coverage")
    @PreAuthorize("hasRole('COORDINATOR')")
    Coverage coverage(@PathVariable int season) {
        return coverage.coverage(season);
    }

    @GetMapping("/technical/seasons/{season}")
    SeasonCounts season(@PathVariable int season) {
        return seasons.counts(season);
    }
}
