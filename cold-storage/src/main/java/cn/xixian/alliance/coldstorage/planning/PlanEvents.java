package cn.xixian.alliance.coldstorage.planning;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/** Server-sent events of each plan's best score: history first on subscribing, then every improvement. */
@Component
class PlanEvents {

    private static final long TIMEOUT_MILLIS = 30 * 60 * 1000L;

    private final Map<String, List<SseEmitter>> listeners = new ConcurrentHashMap<>();

    SseEmitter subscribe(String planId, List<ScorePoint> history, boolean finished) {
        SseEmitter emitter = new SseEmitter(TIMEOUT_MILLIS);
        try {
            for (ScorePoint point : history) {
                emitter.send(SseEmitter.event().name("best-score").data(point));
            }
        } catch (IOException e) {
            emitter.completeWithError(e);
            return emitter;
        }
        if (finished) {
            emitter.complete();
            return emitter;
        }
        List<SseEmitter> list = listeners.computeIfAbsent(planId, id -> new CopyOnWriteArrayList<>());
        list.add(emitter);
        emitter.onCompletion(() -> list.remove(emitter));
        emitter.onTimeout(() -> list.remove(emitter));
        emitter.onError(e -> list.remove(emitter));
        return emitter;
    }

    void send(String planId, ScorePoint point) {
        for (SseEmitter emitter : listeners.getOrDefault(planId, List.of())) {
            try {
                emitter.send(SseEmitter.event().name("best-score").data(point));
            } catch (IOException | IllegalStateException e) {
                emitter.completeWithError(e);
            }
        }
    }

    void finish(String planId, String status) {
        List<SseEmitter> list = listeners.remove(planId);
        if (list != null) {
            for (SseEmitter emitter : list) {
                try {
                    emitter.send(SseEmitter.event().name("finished").data(status));
                    emitter.complete();
                } catch (IOException | IllegalStateException e) {
                    emitter.completeWithError(e);
                }
            }
        }
    }
}
