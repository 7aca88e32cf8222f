package se.lsgraph.store;

import java.util.Set;

import org.apache.jena.graph.Node;

/**
 * What one committed write changed: the subjects of every quad it added or deleted, as far as the
 * store saw them. {@code complete} is false when the write did something whose subjects the store
 * does not list (clearing every graph): then anything may have changed.
 *
 * @param generation the store's generation after the commit ({@link GraphStore#generation()})
 */
public record StoreChange(long generation, Set<Node> subjects, boolean complete) {}
