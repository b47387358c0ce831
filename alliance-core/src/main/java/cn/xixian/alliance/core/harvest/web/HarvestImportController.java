package cn.xixian.alliance.core.harvest.web;

import cn.xixian.alliance.core.harvest.HarvestImport;
import cn.xixian.alliance.core.harvest.HarvestImportService;
import cn.xixian.alliance.core.web.ApiMessages;
import cn.xixian.alliance.core.web.FieldError;
import cn.xixian.alliance.core.web.PageResponse;
import cn.xixian.alliance.core.web.Pages;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.Locale;
import org.springframework.data.domain.Sort;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** Bulk import of harvest lots: 202 with the import's status; poll the status URL for progress. */
@RestController
@RequestMapping("/api/v1/harvest-lots/imports")
@PreAuthorize("hasAnyRole('COORDINATOR', 'COOPERATIVE')")
class HarvestImportController {

    private final HarvestImportService imports;
    private final ApiMessages messages;

    HarvestImportController(HarvestImportService imports, ApiMessages messages) {
        this.imports = imports;
        this.messages = messages;
    }

    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<HarvestImport> start(@RequestPart("file") MultipartFile file,
            @RequestParam(required = false) String cooperativeId) {
        HarvestImport started = imports.start(cooperativeId, file);
        return ResponseEntity.accepted().location(URI.create("/api/v1/harvest-lots/imports/" + started.id())).body(started);
    }

    @GetMapping
    PageResponse<HarvestImport> list(@RequestParam(required = false) String cooperativeId,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
        return imports.list(cooperativeId, Pages.of(page, size, Sort.by(Sort.Direction.DESC, "createdAt")));
    }

    @GetMapping("/{id}")
    HarvestImport get(@PathVariable String id, HttpServletRequest request) {
        return localized(imports.get(id), messages.locale(request));
    }

    /** Every bad row, a page at a time (the status shows only the first ones). */
    @GetMapping("/{id}/errors")
    PageResponse<FieldError> errors(@PathVariable String id, @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "100") int size, HttpServletRequest request) {
        PageResponse<FieldError> errors = imports.errors(id, Pages.of(page, size, "row", "field"));
        return new PageResponse<>(messages.errors(errors.items(), messages.locale(request)), errors.total());
    }

    /** The report is stored in English; a Chinese request reads its row messages in Chinese. */
    private HarvestImport localized(HarvestImport report, Locale locale) {
        if (!ApiMessages.isChinese(locale)) {
            return report;
        }
        return new HarvestImport(report.id(), report.status(), report.cooperativeId(), report.fileName(),
                report.totalRows(), report.read(), report.written(), report.duplicates(), report.skipped(),
                report.errorCount(), report.errors() == null ? null : messages.errors(report.errors(), locale),
                messages.message(report.failure(), locale), report.createdAt(), report.finishedAt());
    }

    @PostMapping("/{id}/restart")
    ResponseEntity<HarvestImport> restart(@PathVariable String id) {
        HarvestImport restarted = imports.restart(id);
        return ResponseEntity.accepted().location(URI.create("/api/v1/harvest-lots/imports/" + id)).body(restarted);
    }
}
