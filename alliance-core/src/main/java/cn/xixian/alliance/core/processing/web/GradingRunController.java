package cn.xixian.alliance.core.processing.web;

import cn.xixian.alliance.core.processing.GradedLot;
import cn.xixian.alliance.core.processing.GradingRun;
import cn.xixian.alliance.core.processing.GradingRunRequest;
import cn.xixian.alliance.core.processing.GradingRunService;
import cn.xixian.alliance.core.processing.GradingRunStatus;
import cn.xixian.alliance.core.processing.GradingYields;
import cn.xixian.alliance.core.processing.LotTrace;
import cn.xixian.alliance.core.processing.LotTraceService;
import cn.xixian.alliance.core.web.PageResponse;
import cn.xixian.alliance.core.web.Pages;
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

/**
 * Grading runs, graded lots and lot genealogy. The body is checked by the service (not {@code @Valid}) so
 * field errors and an unbalanced run are reported together in one 400. Coordinators only: a graded lot mixes
 * fruit of many cooperatives, so its trace is not one cooperative's data.
 */
@RestController
@RequestMapping("/api/v1")
@PreAuthorize("hasRole('COORDINATOR')")
class GradingRunController {

    private final GradingRunService runs;
    private final LotTraceService traces;
    private final GradingYields yields;

    GradingRunController(GradingRunService runs, LotTraceService traces, GradingYields yields) {
        this.runs = runs;
        this.traces = traces;
        this.yields = yields;
    }

    @PostMapping("/grading-runs")
    ResponseEntity<GradingRun> record(@RequestBody GradingRunRequest request) {
        GradingRun run = runs.record(request);
        return ResponseEntity.created(URI.create("/api/v1/grading-runs/" + run.id())).body(run);
    }

    /** Kilograms per grade and waste for a season's runs, by cooperative (in proportion to its input) and by ISO week. */
    @GetMapping("/grading-runs/yields")
    GradingYields.Yields yields(@RequestParam int season) {
        return yields.season(season);
    }

    @GetMapping("/grading-runs/{id}")
    GradingRun get(@PathVariable String id) {
        return runs.get(id);
    }

    @GetMapping("/grading-runs")
    PageResponse<GradingRun> search(@RequestParam(required = false) String processorId,
            @RequestParam(required = false) GradingRunStatus status,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
        return runs.search(processorId, status, Pages.of(page, size, "date", "_id"));
    }

    @GetMapping("/graded-lots/{id}")
    GradedLot gradedLot(@PathVariable String id) {
        return runs.gradedLot(id);
    }

    /** Both ways from a harvest lot or a graded lot: nodes (type, id, direction) and edges along the fruit's path. */
    @GetMapping("/lots/{id}/trace")
    LotTrace trace(@PathVariable String id) {
        return traces.trace(id);
    }
}
