package cn.xixian.alliance.core.solving;

import cn.xixian.alliance.core.web.ConflictException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * The server-sent events of one planner's solves: a subscriber gets the history, then each {@code best-score},
 * then {@code finished}, and its stream is closed. Every stream has the same finite timeout; a solve's end (also a
 * failure) closes all of its streams; a subscriber that comes as (or after) a solve ends gets the final event and
 * is closed at once; at most {@code maxSubscribers} streams per plan. Subscribing and finishing take one lock, so
 * no stream can slip in between a solve's end and its {@code finished}.
 */
public final class SolveEvents {

    static final String BEST = "best-score";
    static final String FINISHED = "finished";
    /** Ends remembered for subscribers that read the plan as SOLVING just before it ended. */
    private static final int REMEMBERED_ENDS = 256;

    private final SolvingProperties properties;
    private final String what;
    private final Map<String, List<SseEmitter>> listeners = new HashMap<>();
    private final Map<String, SolveEvent> ended = new LinkedHashMap<>(16, 0.75f, false) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, SolveEvent> eldest) {
            return size() > REMEMBERED_ENDS;
        }
    };

    public SolveEvents(String what, SolvingProperties properties) {
        this.what = what;
        this.properties = properties;
    }

    /**
     * A stream of plan {@code id}'s events: {@code history} first, then, if {@code end} is null and the solve has
     * not ended meanwhile, each new event until it ends; else the end right away. 409 beyond the cap.
     */
    public SseEmitter subscribe(String id, List<SolveEvent> history, SolveEvent end) {
        SseEmitter emitter = new SseEmitter(properties.eventsTimeout().toMillis());
        synchronized (this) {
            SolveEvent last = end != null ? end : ended.get(id);
            List<SseEmitter> open = listeners.get(id);
            if (last == null && open != null && open.size() >= properties.maxSubscribers()) {
                throw new ConflictException(what + " " + id + " already has " + open.size()
                        + " event streams open, the most allowed; poll it instead");
            }
            try {
                for (SolveEvent event : history) {
                    emitter.send(SseEmitter.event().name(BEST).data(event));
                }
                if (last != null) {
                    emitter.send(SseEmitter.event().name(FINISHED).data(last));
                    emitter.complete();
                    return emitter;
                }
            } catch (IOException | IllegalStateException e) {
                emitter.completeWithError(e);
                return emitter;
            }
            listeners.computeIfAbsent(id, k -> new ArrayList<>()).add(emitter);
        }
        emitter.onCompletion(() -> remove(id, emitter));
        emitter.onError(e -> remove(id, emitter));
        emitter.onTimeout(() -> {
            remove(id, emitter);
            emitter.complete();
        });
        return emitter;
    }

    /** A new solve of {@code id} starts (a plan solved again): forget its earlier end. */
    public synchronized void started(String id) {
        ended.remove(id);
    }

    public void best(String id, SolveEvent event) {
        List<SseEmitter> open;
        synchronized (this) {
            open = List.copyOf(listeners.getOrDefault(id, List.of()));
        }
        for (SseEmitter emitter : open) {
            try {
                emitter.send(SseEmitter.event().name(BEST).data(event));
            } catch (IOException | IllegalStateException gone) {
                remove(id, emitter);
                emitter.completeWithError(gone);
            }
        }
    }

    /** The solve of {@code id} ended (however): every stream gets {@code end} and is closed. */
    public void finish(String id, SolveEvent end) {
        List<SseEmitter> open;
        synchronized (this) {
            ended.put(id, end);
            open = listeners.remove(id);
        }
        for (SseEmitter emitter : open == null ? List.<SseEmitter>of() : open) {
            try {
                emitter.send(SseEmitter.event().name(FINISHED).data(end));
                emitter.complete();
            } catch (IOException | IllegalStateException gone) {
                emitter.completeWithError(gone);
            }
        }
    }

    /** Streams open on plan {@code id} now. */
    public synchronized int open(String id) {
        return listeners.getOrDefault(id, List.of()).size();
    }

    private synchronized void remove(String id, SseEmitter emitter) {
        List<SseEmitter> open = listeners.get(id);
        if (open != null) {
            open.remove(emitter);
            if (open.isEmpty()) {
                listeners.remove(id);
            }
        }
    }
}
