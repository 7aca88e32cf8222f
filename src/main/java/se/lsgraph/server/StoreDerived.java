package se.lsgraph.server;

import java.util.function.Function;

import se.lsgraph.store.GraphStore;

/**
 * Something built from the store's content (the finder's index, the reconciler's names): built on
 * first use, and built again after any committed write, so an update over HTTP is never served stale.
 */
final class StoreDerived<T> {
    private final GraphStore store;
    private final Function<GraphStore, T> builder;
    private T value;
    private long builtAt = -1;

    StoreDerived(GraphStore store, Function<GraphStore, T> builder) {
        this.store = store;
        this.builder = builder;
    }

    synchronized T get() {
        long generation = store.generation();
        if (value == null || generation != builtAt) {
            value = builder.apply(store);
            builtAt = generation;
        }
        return value;
    }
}
