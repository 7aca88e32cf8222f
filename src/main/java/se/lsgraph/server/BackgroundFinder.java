package se.lsgraph.server;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;

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
import se.lsgraph.store.StoreChange;

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
    /**
     * The writes since the last build, from the server's start on: an update re-reads only the hits
     * they touch, the first one too when the persisted index was current at start (so the catalogue
     * record the server writes at start costs no rebuild).
     */
    private final PendingChanges changes;
    /** What each update since the start did, oldest first. */
    private final List<FinderBuilder.IndexUpdate> updates = new CopyOnWriteArrayList<>();
    private final ExecutorService builder = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "lsgraph-finder-index");
        t.setDaemon(true);
        return t;
    });
    private volatile Finder current;
    /** When the first build was done (0 before), and whether a search was answered since: see {@link #startupSearchServed}. */
    private volatile long firstReadyAt;
    private volatile boolean searchAnswered;
    /** How long after the first build whole-store work at start waits for a first search before it runs anyway. */
    static final Duration FIRST_SEARCH_GRACE = Duration.ofSeconds(10);
    private static final Duration STARTUP_SEARCH_POLL = Duration.ofMillis(100);
    /**
     * How long a stop lets the update under way finish before asking it to end: the catch-up after the
     * catalogue record's write takes milliseconds, and a finished one spares the next start a read of
     * the whole store (11 s at 1M); a whole-store read is asked to end after it.
     */
    static final Duration STOP_GRACE = Duration.ofSeconds(2);
    /** How long a stop then waits for the update to reach its next check before interrupting it. */
    private static final Duration STOP_WAIT = Duration.ofSeconds(10);
    private volatile BuildProgress progress = BuildProgress.starting();
    /** Set by {@link #close} after its grace: the update under way ends at its next check of the budget. */
    private volatile boolean stopping;
    private long builtGeneration = -1;
    private long failedGeneration = -1;
    private Future<?> running;
    /**
     * Starts the update after every committed write, not only at the next search: the persisted
     * index is then current when the server stops (the catalogue record written at start included),
     * and the next start need not read the store.
     */
    private final Consumer<StoreChange> catchUp = change -> ensureBuilding();

    BackgroundFinder(GraphStore store, FinderIndex index, Duration budget) {
        this.store = store;
        this.index = index;
        this.budget = budget;
        this.changes = PendingChanges.collectFor(store, index);
        // Registered after the changes, so a write is collected before the update it starts takes them.
        store.afterEveryCommit(catchUp);
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
                SearchAnswer answer = f.find(request);
                searchAnswered = true;
                return answer;
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

    /**
     * Waits (at most the timeout) for the build under way to end, and for the catch-up it started
     * after a write that committed meanwhile; true if searches are answered now.
     */
    boolean awaitBuild(Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        Future<?> build;
        while ((build = runningBuild()) != null && System.nanoTime() < deadline) {
            try {
                build.get(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            } catch (TimeoutException | ExecutionException e) {
                break; // not built (yet), or failed: the answer says so
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        return ready();
    }

    private synchronized Future<?> runningBuild() {
        return running != null && !running.isDone() ? running : null;
    }

    /**
     * True once a search was answered, or some seconds after the first build if none came: work at
     * start that reads the whole store (the network layout) waits for it, so on 2 cores it does not
     * take the CPU from the first search (at 1M it had most of it, and the search waited 1.3 s).
     */
    boolean startupSearchServed() {
        long readyAt = firstReadyAt;
        return searchAnswered || (readyAt != 0 && System.nanoTime() - readyAt > FIRST_SEARCH_GRACE.toNanos());
    }

    boolean ready() {
        return current != null;
    }

    /**
     * Waits until the first build is done (at most the budget) and {@link #startupSearchServed};
     * returns early if the build failed, or with the interrupt flag set if the thread is interrupted.
     */
    void awaitStartupSearch() {
        awaitBuild(budget);
        try {
            while (ready() && !startupSearchServed())
                Thread.sleep(STARTUP_SEARCH_POLL.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** True while the index being served is older than the store (a rebuild is under way). */
    synchronized boolean updating() {
        return running != null && !running.isDone();
    }

    BuildProgress progress() {
        return progress;
    }

    /** What each update of the index since the start did, oldest first (the failed ones are not among them). */
    List<FinderBuilder.IndexUpdate> updates() {
        return List.copyOf(updates);
    }

    private synchronized Future<?> ensureBuilding() {
        if (running != null && !running.isDone())
            return running;
        if (builder.isShutdown())
            return null;
        long generation = store.generation();
        if ((current != null && generation == builtGeneration) || generation == failedGeneration)
            return null;
        running = builder.submit(() -> build(generation));
        return running;
    }

    private void build(long generation) {
        long started = System.nanoTime();
        try {
            // The changes are complete only if the index was current at start; otherwise (a load
            // from the command line while no server watched) the first update reads the whole store.
            FinderBuilder.Built done = FinderBuilder.bringUpToDate(store, index, BuildBudget.of(budget, () -> stopping), changes,
                    p -> progress = p);
            Finder built = done.finder();
            updates.add(done.update());
            Finder old = current;
            current = built;
            if (firstReadyAt == 0)
                firstReadyAt = System.nanoTime();
            synchronized (this) {
                builtGeneration = generation;
                // A write committed while this build ran (the server writes at start): catch up now,
                // not at the next search, so the persisted index is current when the server stops.
                if (store.generation() != generation && !builder.isShutdown()) {
                    long next = store.generation();
                    running = builder.submit(() -> build(next));
                }
            }
            if (old != null)
                old.release();
            LOG.info("Search index ready in {} ms: {}", (System.nanoTime() - started) / 1_000_000, done.update().describe());
        } catch (BuildBudget.BuildStoppedException e) {
            LOG.info("Search index update stopped with the server after {} ms; the next start brings the index up to date",
                    (System.nanoTime() - started) / 1_000_000);
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

    /**
     * Stops after the update under way: it gets {@link #STOP_GRACE} to finish, is then asked to end at
     * its next check, and is interrupted only if it does not. No update starts after this.
     */
    @Override
    public void close() {
        store.removeAfterCommit(catchUp);
        synchronized (this) {
            builder.shutdown();
        }
        try {
            if (!builder.awaitTermination(STOP_GRACE.toMillis(), TimeUnit.MILLISECONDS)) {
                stopping = true;
                if (!builder.awaitTermination(STOP_WAIT.toMillis(), TimeUnit.MILLISECONDS)) {
                    builder.shutdownNow();
                    builder.awaitTermination(STOP_GRACE.toMillis(), TimeUnit.MILLISECONDS);
                }
            }
        } catch (InterruptedException e) {
            builder.shutdownNow();
            Thread.currentThread().interrupt();
        }
        changes.close();
        Finder f = current;
        current = null;
        if (f != null)
            f.release();
        index.close();
    }
}
