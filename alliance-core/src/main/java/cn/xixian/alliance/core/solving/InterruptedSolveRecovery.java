package cn.xixian.alliance.core.solving;

import java.util.List;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * At start, every planner's {@link SolveRunner} ends the plans a stopped process (crash, kill, redeploy) left
 * SOLVING: no solver runs them any more, so clients polling them or following their events would wait forever.
 */
@Component
class InterruptedSolveRecovery {

    private final List<SolveRunner<?>> runners;

    InterruptedSolveRecovery(List<SolveRunner<?>> runners) {
        this.runners = runners;
    }

    @EventListener(ApplicationReadyEvent.class)
    void onStart() {
        runners.forEach(SolveRunner::recover);
    }
}
