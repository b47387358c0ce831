package cn.xixian.alliance.core.batch.web;

import cn.xixian.alliance.core.batch.JobProgress;
import cn.xixian.alliance.core.batch.JobRunner;
import cn.xixian.alliance.core.batch.TriggerableJob;
import cn.xixian.alliance.core.web.NotFoundException;
import java.net.URI;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.batch.core.JobExecution;
import org.springframework.batch.core.StepExecution;
import org.springframework.batch.core.explore.JobExplorer;
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
 * Starts and follows the batch jobs declared as {@link TriggerableJob} beans; any other name is 404. Parameters come
 * from the query string or a flat JSON object. Coordinators only: these jobs act on the whole alliance.
 */
@RestController
@RequestMapping("/api/v1/jobs/{jobName}")
@PreAuthorize("hasRole('COORDINATOR')")
class JobController {

    private final Map<String, TriggerableJob> jobs;
    private final JobRunner runner;
    private final JobExplorer explorer;
    private final JobProgress progress;

    JobController(List<TriggerableJob> jobs, JobRunner runner, JobExplorer explorer, JobProgress progress) {
        this.jobs = jobs.stream().collect(Collectors.toMap(TriggerableJob::jobName, Function.identity()));
        this.runner = runner;
        this.explorer = explorer;
        this.progress = progress;
    }

    @PostMapping
    ResponseEntity<JobStatus> start(@PathVariable String jobName, @RequestParam Map<String, String> query,
            @RequestBody(required = false) Map<String, Object> body) {
        TriggerableJob job = job(jobName);
        Map<String, String> request = new HashMap<>(query);
        if (body != null) {
            body.forEach((k, v) -> request.put(k, v == null ? null : v.toString()));
        }
        JobExecution execution = runner.start(jobName, job.parameters(request));
        JobStatus status = status(jobName, execution);
        return ResponseEntity.accepted().location(URI.create(status.statusUrl())).body(status);
    }

    @GetMapping("/executions/{id}")
    JobStatus get(@PathVariable String jobName, @PathVariable long id) {
        job(jobName);
        JobExecution execution = explorer.getJobExecution(id);
        if (execution == null || !execution.getJobInstance().getJobName().equals(jobName)) {
            throw new NotFoundException(jobName + " execution", String.valueOf(id));
        }
        return status(jobName, execution);
    }

    private TriggerableJob job(String jobName) {
        TriggerableJob job = jobs.get(jobName);
        if (job == null) {
            throw new NotFoundException("job", jobName);
        }
        return job;
    }

    private JobStatus status(String jobName, JobExecution e) {
        Map<String, Object> parameters = new TreeMap<>();
        e.getJobParameters().getParameters().forEach((k, v) -> parameters.put(k, String.valueOf(v.getValue())));
        List<JobStatus.StepStatus> steps = e.getStepExecutions().stream()
                .map(s -> step(e.getJobInstance().getInstanceId(), s)).toList();
        return new JobStatus(e.getId(), jobName, e.getStatus().name(), e.getExitStatus().getExitCode(),
                e.getExitStatus().getExitDescription(), parameters, e.getStartTime(), e.getEndTime(),
                "/api/v1/jobs/" + jobName + "/executions/" + e.getId(), steps);
    }

    private JobStatus.StepStatus step(Long instanceId, StepExecution s) {
        Map<String, Object> counts = new LinkedHashMap<>();
        s.getExecutionContext().entrySet().stream()
                .filter(en -> en.getValue() instanceof Number && !en.getKey().startsWith("batch."))
                .forEach(en -> counts.put(en.getKey(), en.getValue()));
        return new JobStatus.StepStatus(s.getStepName(), s.getStatus().name(), s.getReadCount(), s.getWriteCount(),
                s.getFilterCount(), s.getSkipCount(), s.getCommitCount(), s.getRollbackCount(),
                progress.of(instanceId, s.getStepName()).read(), counts);
    }
}
