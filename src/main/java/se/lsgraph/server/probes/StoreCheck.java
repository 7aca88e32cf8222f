package se.lsgraph.server.probes;

import org.apache.jena.graph.Node;

import se.lsgraph.store.GraphStore;
import se.lsgraph.vocab.Ids;

/**
 * The store is ready once a read transaction finds the provenance graph, which every installed
 * bundle and every load writes: a database that opens but holds nothing is not ready. Once seen, it
 * stays ready (a store does not lose its bundle while served), so the probe costs nothing after that.
 */
public final class StoreCheck implements ReadinessCheck {
    private final GraphStore store;
    private volatile boolean seen;

    public StoreCheck(GraphStore store) {
        this.store = store;
    }

    @Override
    public String name() {
        return "store";
    }

    @Override
    public String notReadyBecause() {
        if (seen)
            return null;
        try {
            seen = store.read(dsg -> dsg.find(Ids.PROVENANCE_GRAPH, Node.ANY, Node.ANY, Node.ANY).hasNext());
        } catch (RuntimeException e) {
            return "the database cannot be read: " + e.getMessage();
        }
        return seen ? null : "the database holds no provenance graph: it has not been built (lsgraph build-db)";
    }
}
