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
 * and is not counted in them. It is system-owned: written when the server starts and rewritten
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
     * Writes the record as it is now (keeping the modified date of the last write) and keeps it
     * current from then on, until closed.
     */
    public static CatalogGraph keepCurrent(GraphStore store, String baseUrl, CatalogSettings settings) {
        // Built inside the write, so the counts it took are kept for the writes after it.
        store.write(dsg -> replace(dsg, CatalogRecord.build(store, baseUrl, settings)));
        CatalogGraph graph = new CatalogGraph(store, baseUrl, settings);
        store.beforeEveryCommit(graph.rewriteBeforeCommit);
        return graph;
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
