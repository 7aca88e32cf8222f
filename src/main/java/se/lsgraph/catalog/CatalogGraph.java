package se.lsgraph.catalog;

import java.time.Instant;
import java.util.function.Consumer;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;

import se.lsgraph.store.GraphStore;
import se.lsgraph.vocab.Ids;

/**
 * The catalogue record and VoID description in the SPARQL store, in their own named graph, so that
 * a harvester or analyst can query them beside the data. The record describes the other graphs
 * and is not counted in them. It is system-owned: written when the server starts (only if it
 * changed since the stored one: another port or URL, a load from the command line) and rewritten
 * inside every later write transaction, so its counts and modified date commit with the data
 * whichever path wrote (SPARQL Update, Graph Store upload, a load). The counts follow each write's
 * own changes (see {@link VoidCounts}), so a write costs what it changed, not what the store holds.
 */
public final class CatalogGraph implements AutoCloseable {
    public static final Node NAME = Ids.graph("catalog");

    private final GraphStore store;
    private final Consumer<DatasetGraph> rewriteBeforeCommit;

    private CatalogGraph(GraphStore store, String baseUrl, CatalogSettings settings) {
        this.store = store;
        this.rewriteBeforeCommit = dsg -> replace(dsg, CatalogRecord.build(store, baseUrl, settings, CatalogProfile.DCAT_AP_SE, Instant.now()));
    }

    /**
     * Writes the record as it is now (keeping the modified date of the last write) unless the stored
     * one already says that, and keeps it current from then on, until closed.
     */
    public static CatalogGraph keepCurrent(GraphStore store, String baseUrl, CatalogSettings settings) {
        writeIfChanged(store, baseUrl, settings);
        CatalogGraph graph = new CatalogGraph(store, baseUrl, settings);
        store.beforeEveryCommit(graph.rewriteBeforeCommit);
        return graph;
    }

    /**
     * Writes the record as it is now when the stored one differs; true if it wrote. A start on an
     * unchanged store must not commit: every commit moves the store's write state, and the finder's
     * persisted index would then look stale.
     */
    static boolean writeIfChanged(GraphStore store, String baseUrl, CatalogSettings settings) {
        // Built in a read: the counts it takes are kept for this generation of the store, so the
        // write below (when needed) and the later ones carry them over instead of counting again.
        Graph record = CatalogRecord.build(store, baseUrl, settings);
        if (store.read(dsg -> dsg.getGraph(NAME).isIsomorphicWith(record)))
            return false;
        // Built again inside the write, so the counts it carries are kept for the writes after it.
        store.write(dsg -> replace(dsg, CatalogRecord.build(store, baseUrl, settings)));
        return true;
    }

    private static void replace(DatasetGraph dsg, Graph record) {
        dsg.removeGraph(NAME);
        record.find().forEachRemaining(t -> dsg.add(NAME, t.getSubject(), t.getPredicate(), t.getObject()));
    }

    @Override
    public void close() {
        store.removeBeforeCommit(rewriteBeforeCommit);
    }
}
