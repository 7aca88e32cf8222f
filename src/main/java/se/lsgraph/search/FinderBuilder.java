package se.lsgraph.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.function.Consumer;

import se.lsgraph.store.GraphStore;

/**
 * Brings a finder's index up to the store and opens a finder on it: when the index's fingerprint
 * is the store's, the persisted index is used as it is (a restart serves at once); otherwise the
 * store is read and only the changed hits are rewritten. Reports its progress as it goes.
 */
public final class FinderBuilder {
    private FinderBuilder() {}

    public static Finder build(GraphStore store, FinderIndex index, BuildBudget budget, Consumer<BuildProgress> progress) {
        BuildProgress[] at = {BuildProgress.starting()};
        progress.accept(at[0]);
        try {
            String fingerprint = StoreFingerprint.of(store);
            long written = 0;
            if (!fingerprint.equals(index.fingerprint())) {
                StoreDocuments.Read read = StoreDocuments.read(store, budget, phase -> progress.accept(at[0] = at[0].at(phase, 0, 0)));
                written = index.update(read, fingerprint, budget, n -> progress.accept(at[0] = at[0].at("indexing", n[0], n[1])));
            }
            Finder finder = new Finder(index.openReader(), index.facetLabels());
            progress.accept(at[0].at("ready", written, at[0].total()));
            return finder;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot build the search index: " + e.getMessage(), e);
        }
    }
}
