package se.lsgraph.server;

import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import se.lsgraph.search.BuildBudget;
import se.lsgraph.search.BuildProgress;
import se.lsgraph.search.Finder;
import se.lsgraph.search.FinderBuilder;
import se.lsgraph.search.FinderIndex;
import se.lsgraph.search.PendingChanges;
import se.lsgraph.search.SearchAnswer;
import se.lsgraph.search.SearchRequest;
import se.lsgraph.store.GraphStore;

/**
 * The finder of a running server, ready before the first request: its index is built (or opened
 * from disk) in the background as soon as the server starts, within its own time budget, and
 * brought up to date in the background after every committed write. A search waits briefly for a
 * build in progress; after that it gets the previous index (marked as updating) or, before the first
 * build is done, a clear "building" answer with the build's progress.
 */
final class BackgroundFinder implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(BackgroundFinder.class);
    /** How long a search waits for a build in progress before it is answered without it. */
    static final Duration WAIT = Duration.ofMillis(1500);

    private final GraphStore store;
    private final FinderIndex index;
    private final Duration budget;
    /** The writes since the last build: after the first build, an update re-reads only the hits they touch. */
    private final PendingChanges changes;
    private volatile boolean builtOnce;
    private final ExecutorService builder = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "lsgraph-finder-index");
        t.setDaemon(true);
        return t;
    });
    private volatile Finder current;
    private volatile BuildProgress progress = BuildProgress.starting();
    private long builtGeneration = -1;
    private long failedGeneration = -1;
    private Future<?> running;

    BackgroundFinder(GraphStore store, FinderIndex index, Duration budget) {
        this.store = store;
        this.index = index;
        this.budget = budget;
        this.changes = PendingChanges.collect(store);
        ensureBuilding();
    }

    /** Not answerable yet: the first index is still being built (or its build failed). */
    static final class NotReadyException extends Exception {
        final transient BuildProgress progress;

        NotReadyException(BuildProgress progress) {
            super(progress.error() != null ? "the search index could not be built: " + progress.error()
                    : "the search index is being built (" + progress.phase() + ")");
            this.progress = progress;
        }
    }

    SearchAnswer search(SearchRequest request) throws NotReadyException {
        for (int attempt = 0; ; attempt++) {
            Finder f = get();
            try {
                return f.find(request);
            } catch (IllegalStateException replacedMeanwhile) {
                if (attempt > 0)
                    throw replacedMeanwhile;
            }
        }
    }

    Finder get() throws NotReadyException {
        Future<?> build = ensureBuilding();
        if (build != null)
            awaitBriefly(build);
        Finder f = current;
        if (f == null)
            throw new NotReadyException(progress);
        return f;
    }

    /** Waits (at most the timeout) for the build under way to end; true if searches are answered now. */
    boolean awaitBuild(Duration timeout) {
        Future<?> build;
        synchronized (this) {
            build = running;
        }
        if (build != null) {
            try {
                build.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            } catch (TimeoutException | ExecutionException e) {
                // not built (yet): the answer says so
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        return ready();
    }

    boolean ready() {
        return current != null;
    }

    /** True while the index being served is older than the store (a rebuild is under way). */
    synchronized boolean updating() {
        return running != null && !running.isDone();
    }

    BuildProgress progress() {
        return progress;
    }

    private synchronized Future<?> ensureBuilding() {
        if (running != null && !running.isDone())
            return running;
        long generation = store.generation();
        if ((current != null && generation == builtGeneration) || generation == failedGeneration)
            return null;
        running = builder.submit(() -> build(generation));
        return running;
    }

    private void build(long generation) {
        long started = System.nanoTime();
        try {
            // The first build cannot know what changed while no server watched (a load from the
            // command line): the store's fingerprint decides. Later ones know every write since.
            Finder built = FinderBuilder.build(store, index, BuildBudget.of(budget), builtOnce ? changes : null, p -> progress = p);
            builtOnce = true;
            Finder old = current;
            current = built;
            synchronized (this) {
                builtGeneration = generation;
                // A write committed while this build ran (the server writes at start): catch up now,
                // not at the next search, so the persisted index is current when the server stops.
                if (store.generation() != generation) {
                    long next = store.generation();
                    running = builder.submit(() -> build(next));
                }
            }
            if (old != null)
                old.release();
            LOG.info("Search index ready in {} ms ({} hits written of {} read)", (System.nanoTime() - started) / 1_000_000,
                    progress.done(), progress.total());
        } catch (RuntimeException | OutOfMemoryError e) {
            String reason = FinderBuilder.describe(e);
            progress = progress.failed(reason);
            synchronized (this) {
                failedGeneration = generation;
            }
            if (e instanceof BuildBudget.BuildBudgetExceededException)
                LOG.warn("Search index build failed: {}", reason);
            else
                LOG.warn("Search index build failed: {}", reason, e);
        }
    }

    private static void awaitBriefly(Future<?> build) {
        try {
            build.get(WAIT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException | ExecutionException e) {
            // answered from what is there; the build goes on (or reported its failure in progress)
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        changes.close();
        builder.shutdownNow();
        try {
            builder.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        Finder f = current;
        current = null;
        if (f != null)
            f.release();
        index.close();
    }
}
