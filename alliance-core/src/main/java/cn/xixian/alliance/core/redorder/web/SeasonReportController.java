package cn.xixian.alliance.core.redorder.web;

import cn.xixian.alliance.core.redorder.SeasonReport;
import cn.xixian.alliance.core.redorder.SeasonReportService;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** The season report across all cooperatives: for coordinators. Written by {@code POST /api/v1/jobs/seasonReportJob}. */
@RestController
@PreAuthorize("hasRole('COORDINATOR')")
class SeasonReportController {

    private final SeasonReportService reports;

    SeasonReportController(SeasonReportService reports) {
        this.reports = reports;
    }

    @GetMapping("/api/v1/red-orders/season-reports/{season}")
    SeasonReport get(@PathVariable int season) {
        return reports.get(season);
    }
}
