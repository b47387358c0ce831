package cn.xixian.alliance.core.batch.web;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

/**
 * One execution of a triggerable job: its status and, per step, the counts of this execution and the items read
 * over all executions of the same run ({@code readOverRestarts}), plus the step's own tallies ({@code counts}).
 */
record JobStatus(long id, String jobName, String status, String exitCode, String exitDescription,
        Map<String, Object> parameters, LocalDateTime startTime, LocalDateTime endTime, String statusUrl,
        List<StepStatus> steps) {

    record StepStatus(String name, String status, long read, long written, long filtered, long skipped, long commits,
            long rollbacks, long readOverRestarts, Map<String, Object> counts) {
    }
}
