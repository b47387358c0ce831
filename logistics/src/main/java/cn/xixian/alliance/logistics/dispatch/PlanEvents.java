package cn.xixian.alliance.logistics.dispatch;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/** Server-sent events per plan: each new best score, then "finished" when the solve ends. */
@Component("dispatchPlanEvents")
class PlanEvents {

    record ScoreEvent(String at, String score, boolean feasible) {
    }

    private final Map<String, List<SseEmitter>> listeners = new ConcurrentHashMap<>();

    SseEmitter subscribe(String planId, List<ScoreEvent> history, boolean finished) {
        SseEmitter emitter = new SseEmitter(0L);
        try {
            for (ScoreEvent event : history) {
                emitter.send(SseEmitter.event().name("best-score").data(event));
            }
            if (finished) {
                emitter.send(SseEmitter.event().name("finished").data(history.isEmpty() ? "" : history.get(history.size() - 1)));
                emitter.complete();
                return emitter;
            }
        } catch (IOException e) {
            emitter.completeWithError(e);
            return emitter;
        }
        List<SseEmitter> list = listeners.computeIfAbsent(planId, id -> new CopyOnWriteArrayList<>());
        list.add(emitter);
        emitter.onCompletion(() -> list.remove(emitter));
        emitter.onTimeout(() -> list.remove(emitter));
        return emitter;
    }

    void bestScore(String planId, ScoreEvent event) {
        send(planId, "best-score", event, false);
    }

    void finished(String planId, ScoreEvent event) {
        send(planId, "finished", event, true);
    }

    private void send(String planId, String name, Object data, boolean complete) {
        for (SseEmitter emitter : listeners.getOrDefault(planId, List.of())) {
            try {
                emitter.send(SseEmitter.event().name(name).data(data));
                if (complete) {
                    emitter.complete();
                }
            } catch (IOException | IllegalStateException gone) {
                listeners.getOrDefault(planId, List.of()).remove(emitter);
            }
        }
    }
}
