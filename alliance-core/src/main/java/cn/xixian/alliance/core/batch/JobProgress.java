package cn.xixian.alliance.core.batch;

import java.util.Objects;
import java.util.stream.Stream;
import org.springframework.batch.core.JobExecution;
import org.springframework.batch.core.JobInstance;
import org.springframework.batch.core.StepExecution;
import org.springframework.batch.core.explore.JobExplorer;
import org.springframework.stereotype.Component;

/**
 * Progress of a job's step across restarts, read from the job repository: an execution cut off by
 * a crash counts its committed chunks, and the one that resumed it starts right after them.
 */
@Component
public class JobProgress {

    private final JobExplorer explorer;

    JobProgress(JobExplorer explorer) {
        this.explorer = explorer;
    }

    /** Items read and written by a step, summed over all executions of a job instance. */
    public record StepCounts(long read, long written) {
    }

    public StepCounts counts(Long jobInstanceId, String stepName) {
        JobInstance instance = jobInstanceId == null ? null : explorer.getJobInstance(jobInstanceId);
        return instance == null ? new StepCounts(0, 0)
                : sum(explorer.getJobExecutions(instance).stream().flatMap(e -> e.getStepExecutions().stream()), stepName);
    }

    /** The same, from inside a running execution, whose in-memory counts are newer than the stored ones. */
    public StepCounts counts(JobExecution current, String stepName) {
        return sum(explorer.getJobExecutions(current.getJobInstance()).stream()
                .flatMap(e -> Objects.equals(e.getId(), current.getId()) ? current.getStepExecutions().stream()
                        : e.getStepExecutions().stream()), stepName);
    }

    private static StepCounts sum(Stream<StepExecution> steps, String stepName) {
        long[] totals = new long[2];
        steps.filter(s -> s.getStepName().equals(stepName)).forEach(s -> {
            totals[0] += s.getReadCount();
            totals[1] += s.getWriteCount();
        });
        return new StepCounts(totals[0], totals[1]);
    }
}
