package cn.xixian.alliance.ops;

import cn.xixian.alliance.core.web.ConflictException;
import cn.xixian.alliance.core.web.NotFoundException;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Coordinators see the last backup ({@code GET /api/v1/backups/latest}) and may run one now ({@code POST}). */
@RestController
@RequestMapping("/api/v1/backups")
@PreAuthorize("hasRole('COORDINATOR')")
class BackupController {

    private final NightlyBackup backup;

    BackupController(NightlyBackup backup) {
        this.backup = backup;
    }

    @GetMapping("/latest")
    BackupStatus latest() {
        return backup.latest().orElseThrow(() -> new NotFoundException("backup", "latest"));
    }

    /** 201 with the outcome (a failure too: it is recorded and shown); 409 while a backup is running. */
    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    BackupStatus runNow() {
        return backup.run().orElseThrow(() -> new ConflictException("a backup is running"));
    }
}
