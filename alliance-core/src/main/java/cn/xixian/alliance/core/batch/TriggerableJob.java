package cn.xixian.alliance.core.batch;

import java.util.Map;
import org.springframework.batch.core.JobParameters;

/**
 * A batch job that people may start over HTTP ({@code POST /api/v1/jobs/{jobName}}) and follow
 * ({@code GET /api/v1/jobs/{jobName}/executions/{id}}). A module declares one bean per such job; jobs that need
 * an uploaded file (the harvest import) have their own endpoints instead.
 */
public interface TriggerableJob {

    /** The Spring Batch job's name, as it appears in the URL. */
    String jobName();

    /**
     * The parameters of one run from the request's parameters (e.g. {@code season=2026}, {@code asOf=2026-12-01}).
     * Identical parameters name the same run, so a repeated trigger restarts or reports it instead of running it
     * twice. Throws {@code InvalidInputException} naming each bad parameter.
     */
    JobParameters parameters(Map<String, String> request);

    /**
     * Whether a run with parameters that already completed may run again: true for a job whose result is a snapshot
     * (a report), which then gets a new instance per request (identifying {@code requestedAt}) unless an earlier one
     * with the same parameters failed or stopped, which is restarted instead. False (the default) for jobs whose
     * parameters name the one run there may be (the settlement: never twice, never concurrently).
     */
    default boolean snapshot() {
        return false;
    }
}
