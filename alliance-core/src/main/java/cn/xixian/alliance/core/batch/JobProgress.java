package cn.xixian.alliance.core.batch;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.springframework.batch.core.JobExecution;
import org.springframework.batch.core.JobInstance;
import org.springframework.batch.core.StepExecution;
import org.springframework.batch.core.explore.JobExplorer;
import org.springframework.batch.item.ExecutionContext;
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

    /**
     * Items read by a step summed over all executions of a job instance, and the step's newest
     * execution context (where readers and writers keep their running tallies).
     */
    public record StepProgress(long read, ExecutionContext context) {
    }

    public StepProgress of(Long jobInstanceId, String stepName) {
        JobInstance instance = jobInstanceId == null ? null : explorer.getJobInstance(jobInstanceId);
        return instance == null ? new StepProgress(0, new ExecutionContext())
                : sum(explorer.getJobExecutions(instance).stream().flatMap(e -> e.getStepExecutions().stream()).toList(),
                        stepName);
    }

    /** The same, from inside a running execution, whose in-memory counts are newer than the stored ones. */
    public StepProgress of(JobExecution current, String stepName) {
        return sum(explorer.getJobExecutions(current.getJobInstance()).stream()
                .flatMap(e -> Objects.equals(e.getId(), current.getId()) ? current.getStepExecutions().stream()
                        : e.getStepExecutions().stream()).toList(), stepName);
    }

    private static StepProgress sum(List<StepExecution> steps, String stepName) {
        List<StepExecution> ofStep = steps.stream().filter(s -> s.getStepName().equals(stepName)).toList();
        long read = ofStep.stream().mapToLong(StepExecution::getReadCount).sum();
        ExecutionContext newest = ofStep.stream().max(Comparator.comparing(StepExecution::getId))
                .map(StepExecution::getExecutionContext).orElseGet(ExecutionContext::new);
        return new StepProgress(read, newest);
    }
}
