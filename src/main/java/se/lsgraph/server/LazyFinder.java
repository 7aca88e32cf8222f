package se.lsgraph.server;

import se.lsgraph.search.Finder;
import se.lsgraph.store.GraphStore;

/** Builds the finder on first use, once; later calls get the same one. */
final class LazyFinder {
    private final GraphStore store;
    private volatile Finder finder;

    LazyFinder(GraphStore store) {
        this.store = store;
    }

    Finder get() {
        Finder f = finder;
        if (f == null) {
            synchronized (this) {
                if (finder == null)
                    finder = Finder.build(store);
                f = finder;
            }
        }
        return f;
    }
}
