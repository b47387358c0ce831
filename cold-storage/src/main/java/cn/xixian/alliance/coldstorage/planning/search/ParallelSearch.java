package cn.xixian.alliance.coldstorage.planning.search;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.Future;

/**
 * Several {@link GapSearch}es with different seeds run side by side (one per core), and between slices
 * the ones that fell behind carry on from the best of them: independent walks find different good
 * regions, and sharing the best keeps every thread working near it.
 */
public final class ParallelSearch implements AutoCloseable {

    private final List<GapSearch> searches = new ArrayList<>();
    private final ExecutorService pool;

    public ParallelSearch(GapProblem problem, int[] start, long seed, int sample, int threads) {
        for (int t = 0; t < Math.max(1, threads); t++) {
            searches.add(new GapSearch(problem, start, seed + 7919L * t, sample));
        }
        if (searches.size() == 1) {
            pool = null;
        } else {
            // Idle threads die after a few seconds, so a finished solve leaves nothing behind.
            ThreadPoolExecutor executor = new ThreadPoolExecutor(searches.size(), searches.size(), 5, TimeUnit.SECONDS,
                    new LinkedBlockingQueue<>(), r -> {
                        Thread thread = new Thread(r, "gap-search");
                        thread.setDaemon(true);
                        return thread;
                    });
            executor.allowCoreThreadTimeOut(true);
            pool = executor;
        }
    }

    public void run(long deadlineNanos) {
        if (pool == null) {
            searches.get(0).run(deadlineNanos);
            return;
        }
        List<Future<?>> running = new ArrayList<>();
        for (GapSearch search : searches) {
            running.add(pool.submit(() -> search.run(deadlineNanos)));
        }
        try {
            for (Future<?> f : running) {
                f.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        }
        GapSearch leader = leader();
        for (GapSearch search : searches) {
            if (search != leader && leader.betterThan(search)) {
                search.adopt(leader);
            }
        }
    }

    public GapSearch leader() {
        GapSearch leader = searches.get(0);
        for (GapSearch search : searches) {
            if (search.betterThan(leader)) {
                leader = search;
            }
        }
        return leader;
    }

    @Override
    public void close() {
        if (pool != null) {
            pool.shutdownNow();
        }
    }
}
