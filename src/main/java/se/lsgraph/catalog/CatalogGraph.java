package se.lsgraph.catalog;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;

import se.lsgraph.store.GraphStore;
import se.lsgraph.store.StoreChange;
import se.lsgraph.vocab.Ids;

/**
 * The catalogue record and VoID description in the SPARQL store, in their own named graph, so that
 * a harvester or analyst can query them beside the data. The record describes the other graphs
 * and is not counted in them. It is system-owned: rewritten inside every write transaction from
 * the moment it is followed, so its counts and modified date commit with the data whichever path
 * wrote (SPARQL Update, Graph Store upload, a load); and brought current once (written only if it
 * changed since the stored one: another port or URL, a load from the command line), which the
 * server does after the first search so that on two cores the search gets the CPU. The counts
 * follow each write's own changes (see {@link VoidCounts}), so a write costs what it changed, not
 * what the store holds; a start on a store no one wrote to since the last stop takes them from the
 * stored record (see {@link CountsCheckpoint}).
 */
public final class CatalogGraph implements AutoCloseable {
    public static final Node NAME = Ids.graph("catalog");

    private final GraphStore store;
    private final Supplier<String> baseUrl;
    private final CatalogSettings settings;
    private final CountsCheckpoint checkpoint;
    private final Consumer<DatasetGraph> rewriteBeforeCommit;
    /** Set by the rewrite in the write about to commit, on its thread; read and cleared once it committed. */
    private final ThreadLocal<Boolean> rewroteThisWrite = ThreadLocal.withInitial(() -> false);
    /** True on the thread whose write brings the record current: it writes the record itself, keeping the stored modified date. */
    private final ThreadLocal<Boolean> bringingCurrent = ThreadLocal.withInitial(() -> false);
    private final Consumer<StoreChange> checkRewritten;
    /** A commit happened without the rewrite (a generation switched in by a bulk load): the record cannot vouch for the counts. */
    private volatile boolean committedWithoutRewrite;
    /** Null until the record was brought current. */
    private volatile Start start;
    private boolean closed;

    /** Where bringing the record current took the VoID counts from, and the generation the stored record was current at after it. */
    private record Start(long generation, boolean countsFromStoredRecord) {}

    private CatalogGraph(GraphStore store, Supplier<String> baseUrl, CatalogSettings settings) {
        this.store = store;
        this.baseUrl = baseUrl;
        this.settings = settings;
        this.checkpoint = CountsCheckpoint.of(store);
        this.rewriteBeforeCommit = dsg -> {
            if (!bringingCurrent.get())
                replace(dsg, CatalogRecord.build(store, baseUrl.get(), settings, CatalogProfile.DCAT_AP_SE, Instant.now()));
            rewroteThisWrite.set(true);
        };
        this.checkRewritten = change -> {
            if (!rewroteThisWrite.get())
                committedWithoutRewrite = true;
            rewroteThisWrite.remove();
        };
    }

    /**
     * Rewrites the record inside every write from now on, until closed; the stored record is left
     * as it is until {@link #bringCurrent}. The base URL is asked at each write, so a server can
     * follow before it knows the port it listens on.
     */
    public static CatalogGraph follow(GraphStore store, Supplier<String> baseUrl, CatalogSettings settings) {
        CatalogGraph graph = new CatalogGraph(store, baseUrl, settings);
        store.beforeEveryCommit(graph.rewriteBeforeCommit);
        store.afterEveryCommit(graph.checkRewritten);
        return graph;
    }

    /**
     * Writes the record as it is now (keeping the modified date of the last write) unless the stored
     * one already says that, and keeps it current from then on, until closed.
     */
    public static CatalogGraph keepCurrent(GraphStore store, String baseUrl, CatalogSettings settings) {
        CatalogGraph graph = follow(store, () -> baseUrl, settings);
        graph.bringCurrent();
        return graph;
    }

    /**
     * Writes the record as it is now (keeping the modified date of the last write) unless the stored
     * one already says that; only the first call does, later ones return at once. Returns whether
     * the VoID counts were taken from the stored record (see {@link #countsFromStoredRecord}).
     */
    public synchronized boolean bringCurrent() {
        if (start == null && !closed) {
            Start brought = writeIfChanged(store, baseUrl.get(), settings, checkpoint, bringingCurrent);
            // Only if nothing committed since the record was found or made current; a failure only
            // means the next start counts.
            try {
                checkpoint.recordIf(store, brought.generation());
            } catch (RuntimeException e) {
                checkpoint.forget();
            }
            start = brought;
        }
        return countsFromStoredRecord();
    }

    /** True once the record was brought current. */
    public boolean current() {
        return start != null;
    }

    /**
     * True when bringing the record current took the VoID counts from the stored record (the store
     * was in the state recorded when it was last written with them), false when it counted the
     * store or has not happened yet.
     */
    public boolean countsFromStoredRecord() {
        Start brought = start;
        return brought != null && brought.countsFromStoredRecord();
    }

    /**
     * Writes the record as it is now when the stored one differs; true if it wrote. A start on an
     * unchanged store must not commit: every commit moves the store's write state, and the finder's
     * persisted index would then look stale.
     */
    static boolean writeIfChanged(GraphStore store, String baseUrl, CatalogSettings settings) {
        long before = store.generation();
        return writeIfChanged(store, baseUrl, settings, CountsCheckpoint.of(store), ThreadLocal.withInitial(() -> false))
                .generation() != before;
    }

    private static Start writeIfChanged(GraphStore store, String baseUrl, CatalogSettings settings, CountsCheckpoint checkpoint,
                                        ThreadLocal<Boolean> writing) {
        long generation = store.generation();
        // Copied once (thousands of triples at a million quads): each look-up in TDB2 decodes nodes.
        Graph stored = GraphFactory.createDefaultGraph();
        boolean current = store.read(dsg -> {
            dsg.getGraph(NAME).find().forEachRemaining(stored::add);
            return checkpoint.holds(dsg);
        });
        boolean adopted = current && adoptStoredCounts(store, generation, stored);
        // Built in a read: the counts it takes are kept for this generation of the store, so the
        // write below (when needed) and the later ones carry them over instead of counting again.
        Graph record = CatalogRecord.build(store, baseUrl, settings);
        if (stored.isIsomorphicWith(record))
            return new Start(generation, adopted);
        long[] written = new long[1];
        writing.set(true);
        try {
            // Built again inside the write, so the counts it carries are kept for the writes after it.
            store.write(dsg -> {
                replace(dsg, CatalogRecord.build(store, baseUrl, settings));
                written[0] = store.generation() + 1; // no other write commits while this one is open
            });
        } finally {
            writing.remove();
        }
        return new Start(written[0], adopted);
    }

    /**
     * The store is still in the state the checkpoint recorded, so the stored record's counts are
     * the store's: they are taken as this generation's, and nothing is counted. False if the
     * record holds no counts to take.
     */
    private static boolean adoptStoredCounts(GraphStore store, long generation, Graph stored) {
        VoidCounts counts = StoredVoidCounts.in(stored, CatalogRecord.DATASET);
        if (counts == null)
            return false;
        CurrentVoidCounts.adopt(store, generation, counts);
        return true;
    }

    /**
     * Makes the catalogue graph hold exactly the record, writing only the triples that differ: a new
     * URL or a write's new counts change a few dozen of its thousands of triples.
     */
    private static void replace(DatasetGraph dsg, Graph record) {
        Set<Triple> missing = new HashSet<>(record.find().toList());
        List<Triple> stale = new ArrayList<>();
        dsg.find(NAME, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(q -> {
            if (!missing.remove(q.asTriple()))
                stale.add(q.asTriple());
        });
        stale.forEach(t -> dsg.delete(NAME, t.getSubject(), t.getPredicate(), t.getObject()));
        missing.forEach(t -> dsg.add(NAME, t.getSubject(), t.getPredicate(), t.getObject()));
    }

    /**
     * Stops keeping the record current (waiting for it to be brought current if that is under way),
     * and records the store's state for the next start: every write since then rewrote the record,
     * so its counts are the store's. Closed before the record was brought current, it records
     * nothing: the stored record may be one a write without the rewrite made stale.
     */
    @Override
    public synchronized void close() {
        closed = true;
        // Read first: a write that commits after the rewrite is removed moves the generation past it.
        long generation = store.generation();
        store.removeBeforeCommit(rewriteBeforeCommit);
        store.removeAfterCommit(checkRewritten);
        if (start == null)
            return;
        try {
            if (committedWithoutRewrite)
                checkpoint.forget();
            else
                checkpoint.recordIf(store, generation);
        } catch (RuntimeException e) {
            // Not recorded: the next start counts. Stopping the server must go on.
        }
    }
}
