package cn.xixian.alliance.core.harvest.importing;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Metrics;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.Step;
import org.springframework.batch.core.StepExecution;
import org.springframework.batch.core.StepExecutionListener;
import org.springframework.batch.core.step.AbstractStep;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * {@code alliance_harvest_rows_imported_total}: rows the harvest import's rows step wrote (lots and row errors),
 * counted when each run of the step ends (a restarted import counts the rows of its new run).
 */
@Component
class HarvestImportMetrics implements StepExecutionListener {

    private final Counter rows;

    HarvestImportMetrics(ObjectProvider<Step> steps, ObjectProvider<MeterRegistry> registry) {
        rows = Counter.builder("alliance.harvest.rows.imported").description("Harvest import rows written")
                .register(registry.getIfAvailable(() -> Metrics.globalRegistry));
        steps.stream().filter(step -> HarvestImportJobConfiguration.ROWS_STEP.equals(step.getName()))
                .filter(AbstractStep.class::isInstance).map(AbstractStep.class::cast)
                .forEach(step -> step.registerStepExecutionListener(this));
    }

    @Override
    public ExitStatus afterStep(StepExecution execution) {
        rows.increment(execution.getWriteCount());
        return null;
    }
}
