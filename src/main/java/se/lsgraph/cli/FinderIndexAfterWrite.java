package se.lsgraph.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.function.Consumer;

import se.lsgraph.search.BuildBudget;
import se.lsgraph.search.BuildProgress;
import se.lsgraph.search.BuildProgressLines;
import se.lsgraph.search.FinderBuilder;
import se.lsgraph.search.FinderIndex;
import se.lsgraph.search.PendingChanges;
import se.lsgraph.store.GraphStore;

/**
 * Leaves the finder's persisted index current after a write from the command line, so that the next
 * `serve` searches at once instead of reading the whole store: the writes' changes are collected
 * from before the first of them, and afterwards only the hits they touch are re-read (the whole
 * store when the index was not current before, or a write could not list its changes, as a staged
 * swap of a large file; nothing when the store holds no hit at all). The data are committed by then: a failure of this step is told, never
 * undoes them, and leaves the index for the server to rebuild.
 */
final class FinderIndexAfterWrite implements AutoCloseable {
    private final GraphStore store;
    private final Path database;
    private final FinderIndex index;
    private final PendingChanges changes;

    private FinderIndexAfterWrite(GraphStore store, Path database) {
        this.store = store;
        this.database = database;
        this.index = FinderIndex.of(database);
        this.changes = PendingChanges.collectFor(store, index);
    }

    /** Starts collecting the store's changes; call before the first write. */
    static FinderIndexAfterWrite watch(GraphStore store, Path database) {
        return new FinderIndexAfterWrite(store, database);
    }

    /** Brings the index up to date, telling its progress and outcome on {@code err}; true if it did. */
    boolean bringUpToDate(PrintWriter err) {
        long started = System.nanoTime();
        try {
            FinderBuilder.Built built = FinderBuilder.bringUpToDate(store, index, BuildBudget.of(BuildBudget.DEFAULT), changes,
                    printer(err));
            built.finder().release();
            err.printf("Search index up to date in %.1f s: %s%n", (System.nanoTime() - started) / 1e9, built.update().describe());
            return true;
        } catch (RuntimeException | OutOfMemoryError e) {
            err.println("The data are committed, but the finder's index in " + database.resolve(FinderIndex.FOLDER)
                    + " could not be brought up to date (" + FinderBuilder.describe(e) + "): serve will rebuild it when it starts");
            return false;
        } finally {
            err.flush();
        }
    }

    /** Prints each new phase, and within a long one how far it got, at most every few seconds. */
    private static Consumer<BuildProgress> printer(PrintWriter err) {
        return BuildProgressLines.to(line -> {
            err.println(line);
            err.flush();
        });
    }

    @Override
    public void close() {
        changes.close();
        index.close();
    }
}
