package se.lsgraph.search;

import java.util.HashSet;
import java.util.Set;
import java.util.function.Consumer;

import org.apache.jena.graph.Node;

import se.lsgraph.store.GraphStore;
import se.lsgraph.store.StoreChange;

/**
 * The subjects changed by the writes committed since the finder's index was last brought up to
 * date, collected from the store as each write commits. Complete unless some write could not say
 * what it changed, or the index was not current when collecting began (then the next update reads
 * the whole store).
 */
public final class PendingChanges implements AutoCloseable {
    /** What was taken for one update: the changed subject IRIs, or incomplete. */
    record Taken(Set<String> subjects, boolean complete) {}

    private final GraphStore store;
    private final Consumer<StoreChange> listener = this::add;
    private Set<String> subjects = new HashSet<>();
    private boolean complete = true;

    private PendingChanges(GraphStore store) {
        this.store = store;
    }

    /** Starts collecting the store's committed changes now (the caller knows its index is current now). */
    public static PendingChanges collect(GraphStore store) {
        PendingChanges pending = new PendingChanges(store);
        store.afterEveryCommit(pending.listener);
        return pending;
    }

    /**
     * Starts collecting the store's committed changes now, for this index: complete only when the
     * index is current for the store now, since only then do the changes tell all that it lacks
     * (a server's start, a load from the command line). Cheap: the store's fingerprint is read, not counted.
     */
    public static PendingChanges collectFor(GraphStore store, FinderIndex index) {
        // Collecting starts first: a write committed while the fingerprint is read is collected too.
        PendingChanges pending = collect(store);
        if (!index.isCurrentFor(store))
            pending.lost();
        return pending;
    }

    private synchronized void add(StoreChange change) {
        if (!change.complete())
            complete = false;
        if (complete)
            for (Node s : change.subjects())
                if (s.isURI())
                    subjects.add(s.getURI());
    }

    /** What has changed since the last take; collecting starts afresh. */
    synchronized Taken take() {
        Taken taken = new Taken(Set.copyOf(subjects), complete);
        subjects = new HashSet<>();
        complete = true;
        return taken;
    }

    /** An update that took changes failed: the next one must read everything. */
    synchronized void lost() {
        complete = false;
        subjects.clear();
    }

    @Override
    public void close() {
        store.removeAfterCommit(listener);
    }
}
