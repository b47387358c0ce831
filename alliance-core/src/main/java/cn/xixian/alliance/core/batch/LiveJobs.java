package cn.xixian.alliance.core.batch;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.batch.core.JobExecution;
import org.springframework.batch.core.JobExecutionListener;
import org.springframework.stereotype.Component;

/**
 * Which job executions this process is running. The job repository cannot tell a running execution
 * from one a crash cut off (both say STARTED); this can. Add it as a listener to every restartable job.
 */
@Component
public class LiveJobs implements JobExecutionListener {

    private final Set<Long> running = ConcurrentHashMap.newKeySet();

    void launched(JobExecution execution) {
        running.add(execution.getId());
        if (!execution.isRunning()) {
            running.remove(execution.getId());
        }
    }

    public java.util.Set<Long> ids() {
        return Set.copyOf(running);
    }

    public boolean contains(Long executionId) {
        return running.contains(executionId);
    }

    @Override
    public void beforeJob(JobExecution execution) {
        running.add(execution.getId());
    }

    @Override
    public void afterJob(JobExecution execution) {
        running.remove(execution.getId());
    }
}
