package se.lsgraph.store;

import java.util.HashSet;
import java.util.Set;

import org.apache.jena.graph.Node;

/**
 * What one committed write changed: the subjects of every quad it added or deleted, as far as the
 * store saw them. {@code complete} is false when the write did something whose subjects the store
 * does not list (clearing every graph): then anything may have changed.
 *
 * @param generation the store's generation after the commit ({@link GraphStore#generation()})
 */
public record StoreChange(long generation, Set<Node> subjects, boolean complete) {
    /** The subjects of the quads a write added and removed; incomplete when it changed too much to list (or was not recorded). */
    static StoreChange of(long generation, WriteChanges written) {
        if (written == null || written.overflowed())
            return new StoreChange(generation, Set.of(), false);
        Set<Node> subjects = new HashSet<>();
        written.added().forEach(q -> subjects.add(q.getSubject()));
        written.removed().forEach(q -> subjects.add(q.getSubject()));
        return new StoreChange(generation, Set.copyOf(subjects), true);
    }
}
