package se.lsgraph.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.vocabulary.RDF;

import se.lsgraph.query.BundledSparql;
import se.lsgraph.store.GraphStore;

/**
 * Brings a finder's index up to the store and opens a finder on it: when the index's fingerprint
 * is the store's, the persisted index is used as it is (a restart serves at once). After writes
 * whose changed subjects are known, only the hits they touch are re-read (the changed resources that
 * are hits, and the hits whose documents are built from a changed resource); otherwise the whole
 * store is read, and in both cases only the hits whose content changed are rewritten. Reports its
 * progress as it goes.
 */
public final class FinderBuilder {
    /** More hits than this to re-read after a write, and the whole store is read instead (fewer queries). */
    static final int MAX_REREAD = 2000;

    private FinderBuilder() {}

    /** What an update of the index had to do. */
    public enum Work {
        /** Nothing: the index was current, or the writes since touched no hit. */
        NONE,
        /** The store holds no hit (a database of other data): an empty index, nothing read. */
        NO_HIT,
        /** Only the hits the writes touched were re-read. */
        REREAD,
        /** Every hit of the store was read. */
        WHOLE_STORE
    }

    /** What one update did, which hits it re-read, how many hits it read and how many it wrote or deleted. */
    public record IndexUpdate(Work work, Set<String> reread, long read, long written) {
        public boolean wholeStore() {
            return work == Work.WHOLE_STORE;
        }

        /** In words, for the log and the console. */
        public String describe() {
            return switch (work) {
                case WHOLE_STORE -> "read the whole store, " + read + " hits, " + written + " written";
                case NO_HIT -> "the store holds no hit, nothing read" + (written > 0 ? " (" + written + " old hits deleted)" : "");
                case REREAD -> "re-read " + reread.size() + " changed hits, " + written + " written";
                case NONE -> "nothing to read (the index was current, or the writes since touched no hit)";
            };
        }
    }

    /** A finder on the index as one update left it, and what that update did. */
    public record Built(Finder finder, IndexUpdate update) {}

    public static Finder build(GraphStore store, FinderIndex index, BuildBudget budget, Consumer<BuildProgress> progress) {
        return build(store, index, budget, null, progress);
    }

    /**
     * @param changes the writes since the index was last brought up to date (null: unknown, so the
     *                store's fingerprint decides whether to read it all)
     */
    public static Finder build(GraphStore store, FinderIndex index, BuildBudget budget, PendingChanges changes,
            Consumer<BuildProgress> progress) {
        return bringUpToDate(store, index, budget, changes, progress).finder();
    }

    /** As {@link #build(GraphStore, FinderIndex, BuildBudget, PendingChanges, Consumer)}, telling what the update did. */
    public static Built bringUpToDate(GraphStore store, FinderIndex index, BuildBudget budget, PendingChanges changes,
            Consumer<BuildProgress> progress) {
        PendingChanges.Taken taken = changes == null ? null : changes.take();
        try {
            IndexUpdate update = update(store, index, budget, taken, progress);
            return new Built(new Finder(index.openReader(), index.facetLabels(), index.shownAs()), update);
        } catch (IOException e) {
            if (changes != null)
                changes.lost();
            throw new UncheckedIOException("cannot build the search index: " + e.getMessage(), e);
        } catch (RuntimeException e) {
            if (changes != null)
                changes.lost();
            throw e;
        }
    }

    /**
     * Why a build failed, in words: never "null" (a query cancelled at the budget, or an error
     * without a message, says what it was).
     */
    public static String describe(Throwable e) {
        if (e instanceof org.apache.jena.query.QueryCancelledException)
            return "a query of the index build was cancelled at the build's budget";
        if (e instanceof OutOfMemoryError)
            return "out of memory while building the search index (" + e.getMessage() + "): give the server more heap (-Xmx)";
        String message = e.getMessage();
        if (message != null && !message.isBlank())
            return message;
        return e.getClass().getName() + (e.getCause() != null && e.getCause() != e ? ": " + describe(e.getCause()) : "");
    }

    static IndexUpdate update(GraphStore store, FinderIndex index, BuildBudget budget, PendingChanges.Taken taken,
            Consumer<BuildProgress> progress) throws IOException {
        return update(store, index, budget, taken, progress, StoreDocuments.BATCH);
    }

    /** @param batchSize how many hits a full read reads and writes at a time */
    static IndexUpdate update(GraphStore store, FinderIndex index, BuildBudget budget, PendingChanges.Taken taken,
            Consumer<BuildProgress> progress, int batchSize) throws IOException {
        BuildProgress[] at = {BuildProgress.starting()};
        progress.accept(at[0]);
        String fingerprint = StoreFingerprint.of(store);
        String indexed = index.fingerprint();
        IndexUpdate update = new IndexUpdate(Work.NONE, Set.of(), 0, 0);
        // A rename leaves the fingerprint (graph sizes, provenance) as it was: the changes tell.
        boolean knownChanges = taken != null && taken.complete() && indexed != null;
        boolean changed = !fingerprint.equals(indexed) || (taken != null && (!taken.complete() || !taken.subjects().isEmpty()));
        if (changed) {
            Set<String> reread = knownChanges ? toReread(store, index, taken.subjects(), budget) : null;
            if (reread != null && reread.isEmpty()) {
                // No hit is or is built from what changed (the catalogue record the server rewrites
                // at start): only the new fingerprint is committed, nothing is read.
                index.recordFingerprint(fingerprint);
            } else if (reread != null) {
                progress.accept(at[0] = at[0].at("re-reading changed hits", 0, reread.size()));
                StoreDocuments.Read read = StoreDocuments.readSome(store, reread, budget);
                long written = index.updateSome(read, reread, fingerprint, budget);
                update = new IndexUpdate(Work.REREAD, reread, read.documents().size(), written);
            } else {
                update = rewrite(store, index, fingerprint, budget, batchSize, progress, at);
            }
        }
        progress.accept(at[0].at("ready", update.written(), at[0].total()));
        return update;
    }

    /**
     * Rewrites the whole index from the store, a batch of hits at a time (so the heap holds one
     * batch, not the store's hits); a store with no hit gets an empty index without a read.
     */
    private static IndexUpdate rewrite(GraphStore store, FinderIndex index, String fingerprint, BuildBudget budget, int batchSize,
            Consumer<BuildProgress> progress, BuildProgress[] at) throws IOException {
        long hits = StoreDocuments.countHits(store);
        try (IndexRewrite rewrite = index.rewrite()) {
            if (hits == 0)
                return new IndexUpdate(Work.NO_HIT, Set.of(), 0, rewrite.commit(fingerprint, Map.of(), Map.of()));
            StoreDocuments.Totals read = StoreDocuments.readAll(store, hits, batchSize, budget,
                    phase -> progress.accept(at[0] = at[0].at(phase, at[0].done(), hits)),
                    n -> progress.accept(at[0] = at[0].at(at[0].phase(), n[0], n[1])),
                    docs -> write(rewrite, docs));
            budget.check();
            progress.accept(at[0] = at[0].at("indexing", read.hits(), read.hits()));
            return new IndexUpdate(Work.WHOLE_STORE, Set.of(), read.hits(), rewrite.commit(fingerprint, read.facetLabels(), read.shownAs()));
        }
    }

    private static void write(IndexRewrite rewrite, List<SearchDocument> docs) {
        try {
            rewrite.write(docs);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the search index: " + e.getMessage(), e);
        }
    }

    /**
     * The hits to re-read for these changed subjects: those in the index that are one of them or
     * are built from one, and those of them that are not in the index yet but have a hit's type;
     * null when there are too many (then the whole store is read).
     */
    private static Set<String> toReread(GraphStore store, FinderIndex index, Set<String> subjects, BuildBudget budget)
            throws IOException {
        Set<String> reread = new HashSet<>(index.affectedBy(subjects));
        Set<String> newHits = newHits(store, subjects, reread, budget);
        reread.addAll(newHits);
        return reread.size() > MAX_REREAD ? null : reread;
    }

    private static Set<String> newHits(GraphStore store, Set<String> subjects, Set<String> inIndex, BuildBudget budget) {
        return store.read(dsg -> {
            Set<Node> kinds = new HashSet<>();
            // Under the build's own budget, like every query of the build: without one, the web's
            // query timeout kept in the dataset's context would apply.
            try (QueryExec qe = QueryExec.dataset(dsg).query(QueryFactory.create(BundledSparql.text("search-hit-kinds")))
                    .timeout(budget.remainingMillis()).build()) {
                qe.select().forEachRemaining(b -> kinds.add(b.get(Var.alloc("kind"))));
            }
            Set<String> out = new HashSet<>();
            for (String s : subjects) {
                if (inIndex.contains(s))
                    continue;
                List<Node> types = dsg.getUnionGraph().find(NodeFactory.createURI(s), RDF.type.asNode(), Node.ANY)
                        .mapWith(t -> t.getObject()).toList();
                if (types.stream().anyMatch(kinds::contains))
                    out.add(s);
            }
            return out;
        });
    }
}
