package cn.xixian.alliance.core.batch;

import cn.xixian.alliance.core.web.NotFoundException;
import java.time.LocalDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import jakarta.annotation.PreDestroy;
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
import org.springframework.batch.core.repository.JobExecutionAlreadyRunningException;
import org.springframework.batch.core.repository.JobInstanceAlreadyCompleteException;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.stereotype.Component;

/**
 * Starts batch jobs in the background and brings back the ones a stop of the app cut off.
 * <ul>
 * <li>A crash leaves executions the job repository still calls STARTED. No job runs before this
 * process starts one, so at start-up they are marked FAILED and launched again with the same
 * parameters, which makes Spring Batch resume each from its last committed chunk.</li>
 * <li>An orderly stop asks running jobs to stop at their next chunk boundary (STOPPED), while the
 * stores they write to are still open; those are resumed at the next start the same way.</li>
 * </ul>
 * Jobs must therefore be restartable and idempotent.
 */
@Component
public class JobRunner implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(JobRunner.class);
    /** How many recent instances of each job are looked at for ones stopped by a shutdown. */
    private static final int RECENT = 200;

    private final JobRepository repository;
    private final JobExplorer explorer;
    private final Map<String, Job> jobs;
    private final LiveJobs live;
    private final boolean resumeOnStart;
    private final ThreadPoolTaskExecutor executor = new ThreadPoolTaskExecutor();
    private final TaskExecutorJobLauncher launcher = new TaskExecutorJobLauncher();
    private volatile boolean running;

    JobRunner(JobRepository repository, JobExplorer explorer, List<Job> jobs, LiveJobs live,
            BatchJobProperties settings) throws Exception {
        this.repository = repository;
        this.explorer = explorer;
        this.live = live;
        this.jobs = jobs.stream().collect(Collectors.toMap(Job::getName, Function.identity()));
        this.resumeOnStart = settings.resumeOnStart();
        executor.setCorePoolSize(2);
        executor.setThreadNamePrefix("batch-");
        executor.setWaitForTasksToCompleteOnShutdown(true);
        executor.setAwaitTerminationSeconds(30);
        executor.initialize();
        launcher.setJobRepository(repository);
        launcher.setTaskExecutor(executor);
        launcher.afterPropertiesSet();
    }

    /** Starts a new run of the job in the background; refused once the app is shutting down. */
    public synchronized JobExecution start(String jobName, JobParameters parameters) {
        if (!running) {
            throw new JobStateException("the app is shutting down; try again once it is back");
        }
        try {
            JobExecution execution = launcher.run(job(jobName), parameters);
            live.launched(execution);
            return execution;
        } catch (JobExecutionAlreadyRunningException e) {
            throw new JobStateException("the job is already running");
        } catch (JobInstanceAlreadyCompleteException e) {
            throw new JobStateException("the job has already completed");
        } catch (Exception e) {
            throw new IllegalStateException("could not start " + jobName + ": " + e.getMessage(), e);
        }
    }

    /** Resumes the job instance from its last committed chunk; refused while it runs or once it completed. */
    public synchronized JobExecution restart(long jobInstanceId) {
        JobInstance instance = explorer.getJobInstance(jobInstanceId);
        JobExecution last = instance == null ? null : explorer.getLastJobExecution(instance);
        if (last == null) {
            throw new NotFoundException("job instance", String.valueOf(jobInstanceId));
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

    @EventListener(ApplicationReadyEvent.class)
    void onStart() {
        if (resumeOnStart) {
            resumeInterrupted();
        }
    }

    /**
     * Resumes what a crash or an orderly stop of the app cut off. One job that cannot be resumed
     * is logged and left for a manual restart; it never keeps the app from starting.
     */
    public synchronized void resumeInterrupted() {
        for (String name : jobs.keySet()) {
            for (JobExecution stale : explorer.findRunningJobExecutions(name)) {
                if (!live.contains(stale.getId())) {
                    log.info("Resuming {} (execution {}) cut off by a crash", name, stale.getId());
                    markInterrupted(stale);
                    resume(name, stale);
                }
            }
            for (JobInstance instance : explorer.getJobInstances(name, 0, RECENT)) {
                JobExecution last = explorer.getLastJobExecution(instance);
                if (last != null && last.getStatus() == BatchStatus.STOPPED && !live.contains(last.getId())) {
                    log.info("Resuming {} (execution {}) stopped by a shutdown", name, last.getId());
                    resume(name, last);
                }
            }
        }
    }

    private void resume(String name, JobExecution previous) {
        try {
            start(name, previous.getJobParameters());
        } catch (RuntimeException e) {
            log.error("Could not resume {} (execution {}); restart it by hand", name, previous.getId(), e);
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

    @Override
    public void start() {
        running = true;
    }

    /**
     * Runs early in shutdown, before any bean is destroyed: asks each running job to stop at its
     * next chunk boundary (what {@code JobOperator.stop} does) and waits for it, at most 30 s.
     */
    @Override
    public void stop() {
        synchronized (this) {
            running = false; // no new job from here on
        }
        Set<Long> asked = new HashSet<>();
        long deadline = System.nanoTime() + 30_000_000_000L;
        // A job leaves LiveJobs in its afterJob listener, just before its final status is written: wait for
        // that write too, so the repository says STOPPED (not STOPPING) once this returns.
        while ((!live.ids().isEmpty() || anyStillRunning(asked)) && System.nanoTime() < deadline) {
            for (Long id : live.ids()) {
                if (asked.add(id)) {
                    askToStop(id);
                }
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
    }

    private boolean anyStillRunning(Set<Long> ids) {
        for (Long id : ids) {
            JobExecution execution = explorer.getJobExecution(id);
            if (execution != null && execution.getEndTime() == null) {
                return true;
            }
        }
        return false;
    }

    private void askToStop(Long id) {
        JobExecution execution = explorer.getJobExecution(id);
        if (execution != null && execution.isRunning()) {
            log.info("Stopping {} (execution {}) for shutdown; it resumes at the next start",
                    execution.getJobInstance().getJobName(), id);
            execution.setStatus(BatchStatus.STOPPING);
            repository.update(execution);
        }
    }

    /** Below the web server's phases: requests stop coming in before jobs are asked to stop. */
    @Override
    public int getPhase() {
        return SmartLifecycle.DEFAULT_PHASE - 4096;
    }

    /** After every job has stopped (see {@link #stop()}), the worker threads go too. */
    @PreDestroy
    void shutDownWorkers() {
        executor.shutdown();
    }

    @Override
    public boolean isRunning() {
        return running;
    }
}
