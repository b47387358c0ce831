package cn.xixian.alliance.core.batch;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.Job;
import org.springframework.batch.core.JobExecution;
import org.springframework.batch.core.JobInstance;
import org.springframework.batch.core.JobParameters;
import org.springframework.batch.core.StepExecution;
import org.springframework.batch.core.explore.JobExplorer;
import org.springframework.batch.core.launch.support.TaskExecutorJobLauncher;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.stereotype.Component;

/**
 * Starts batch jobs in the background and brings back the ones a crash cut off. The job repository
 * (H2 file) then still says STARTED for them; since no job runs before this process started them,
 * such executions are marked FAILED and launched again with the same parameters, which makes
 * Spring Batch resume each from its last committed chunk. Jobs must therefore be idempotent.
 */
@Component
public class JobRunner {

    private static final Logger log = LoggerFactory.getLogger(JobRunner.class);

    private final JobRepository repository;
    private final JobExplorer explorer;
    private final Map<String, Job> jobs;
    private final TaskExecutorJobLauncher launcher = new TaskExecutorJobLauncher();
    private final LiveJobs live;
    private final boolean resumeOnStart;

    JobRunner(JobRepository repository, JobExplorer explorer, List<Job> jobs, LiveJobs live,
            @Value("${alliance.batch.resume-on-start:true}") boolean resumeOnStart) throws Exception {
        this.repository = repository;
        this.live = live;
        this.explorer = explorer;
        this.jobs = jobs.stream().collect(Collectors.toMap(Job::getName, Function.identity()));
        this.resumeOnStart = resumeOnStart;
        ThreadPoolTaskExecutor executor = new ThreadPoolTaskExecutor();
        executor.setCorePoolSize(2);
        executor.setThreadNamePrefix("batch-");
        executor.setWaitForTasksToCompleteOnShutdown(false);
        executor.initialize();
        launcher.setJobRepository(repository);
        launcher.setTaskExecutor(executor);
        launcher.afterPropertiesSet();
    }

    /** Starts a new run of the job in the background. */
    public JobExecution start(String jobName, JobParameters parameters) {
        try {
            JobExecution execution = launcher.run(job(jobName), parameters);
            live.launched(execution);
            return execution;
        } catch (Exception e) {
            throw new IllegalStateException("could not start " + jobName + ": " + e.getMessage(), e);
        }
    }

    /** Resumes the job instance from its last committed chunk; refused while it runs or once it completed. */
    public JobExecution restart(long jobInstanceId) {
        JobInstance instance = explorer.getJobInstance(jobInstanceId);
        JobExecution last = instance == null ? null : explorer.getLastJobExecution(instance);
        if (last == null) {
            throw new IllegalArgumentException("no job instance " + jobInstanceId);
        }
        if (live.contains(last.getId())) {
            throw new JobStateException("the job is still running");
        }
        if (last.getStatus() == BatchStatus.COMPLETED) {
            throw new JobStateException("the job has already completed");
        }
        if (last.getStatus().isRunning()) {
            markInterrupted(last);
        }
        return start(instance.getJobName(), last.getJobParameters());
    }

    public boolean isLive(JobExecution execution) {
        return live.contains(execution.getId());
    }

    @EventListener(ApplicationReadyEvent.class)
    void onStart() {
        if (resumeOnStart) {
            resumeInterrupted();
        }
    }

    /** Resumes every execution the repository says is running but this process is not running. */
    public void resumeInterrupted() {
        for (String name : jobs.keySet()) {
            for (JobExecution stale : explorer.findRunningJobExecutions(name)) {
                if (live.contains(stale.getId())) {
                    continue;
                }
                log.info("Resuming {} (execution {}) cut off by a stop of the app", name, stale.getId());
                markInterrupted(stale);
                start(name, stale.getJobParameters());
            }
        }
    }

    private void markInterrupted(JobExecution execution) {
        LocalDateTime now = LocalDateTime.now();
        for (StepExecution step : execution.getStepExecutions()) {
            if (step.getStatus().isRunning()) {
                step.setStatus(BatchStatus.FAILED);
                step.setExitStatus(ExitStatus.FAILED.addExitDescription("interrupted by a stop of the app"));
                step.setEndTime(now);
                repository.update(step);
            }
        }
        execution.setStatus(BatchStatus.FAILED);
        execution.setExitStatus(ExitStatus.FAILED.addExitDescription("interrupted by a stop of the app"));
        execution.setEndTime(now);
        repository.update(execution);
    }

    private Job job(String name) {
        Job job = jobs.get(name);
        if (job == null) {
            throw new IllegalArgumentException("no job named " + name);
        }
        return job;
    }
}
