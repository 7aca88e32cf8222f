package se.lsgraph.catalog;

import java.util.Map;
import java.util.WeakHashMap;

import org.apache.jena.sparql.core.DatasetGraph;

import se.lsgraph.store.GraphStore;
import se.lsgraph.store.WriteChanges;

/**
 * The VoID counts of each open store as of its last commit, so that neither a write nor a request
 * for /void counts the whole store again: a write carries the counts over its own changes, and only
 * the first use (the server's start, unless the stored record's counts are adopted: see
 * {@link CountsCheckpoint}) or a write too large to list counts from scratch.
 * <p>
 * Counts are tagged with the store's generation (its number of commits). A write's counts are kept
 * as pending, tagged with the generation its commit will reach; they are trusted only once the store
 * is at that generation, so a write whose commit failed leaves no trace.
 */
final class CurrentVoidCounts {
    private record Tagged(long generation, VoidCounts counts) {}

    private static final Map<GraphStore, Tagged> COMMITTED = new WeakHashMap<>();
    private static final Map<GraphStore, Tagged> PENDING = new WeakHashMap<>();

    private CurrentVoidCounts() {}

    /**
     * The counts of the store as {@code dsg} shows it, inside a transaction: in a write, with the
     * write's changes so far.
     */
    static VoidCounts of(GraphStore store, DatasetGraph dsg) {
        WriteChanges changes = store.changesOfThisWrite();
        return changes != null ? forCommit(store, dsg, changes) : committed(store, dsg);
    }

    /**
     * Takes {@code counts} as the store's at {@code generation} (counts read back from a stored record
     * known to be current), unless counts for that generation are already known.
     */
    static void adopt(GraphStore store, long generation, VoidCounts counts) {
        synchronized (COMMITTED) {
            Tagged committed = COMMITTED.get(store);
            if (committed == null || committed.generation() != generation)
                COMMITTED.put(store, new Tagged(generation, counts));
        }
    }

    private static VoidCounts committed(GraphStore store, DatasetGraph dsg) {
        long generation = store.generation();
        Tagged known = known(store, generation);
        if (known != null)
            return known.counts();
        VoidCounts counted = VoidCounts.count(dsg);
        synchronized (COMMITTED) {
            COMMITTED.put(store, new Tagged(generation, counted));
        }
        return counted;
    }

    private static VoidCounts forCommit(GraphStore store, DatasetGraph dsg, WriteChanges changes) {
        long generation = store.generation();
        Tagged known = known(store, generation);
        VoidCounts next = known == null || changes.overflowed() ? VoidCounts.count(dsg) : known.counts().after(dsg, changes);
        synchronized (COMMITTED) {
            PENDING.put(store, new Tagged(generation + 1, next));
        }
        return next;
    }

    /** The counts tagged with this generation, pending ones that have since committed first. */
    private static Tagged known(GraphStore store, long generation) {
        synchronized (COMMITTED) {
            Tagged pending = PENDING.get(store);
            if (pending != null && pending.generation() == generation) {
                COMMITTED.put(store, pending);
                PENDING.remove(store);
            }
            Tagged committed = COMMITTED.get(store);
            return committed != null && committed.generation() == generation ? committed : null;
        }
    }
}
