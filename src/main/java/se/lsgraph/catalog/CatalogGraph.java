package se.lsgraph.catalog;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;

import se.lsgraph.store.GraphStore;
import se.lsgraph.vocab.Ids;

/**
 * The catalogue record and VoID description in the SPARQL store, in their own named graph, so that
 * a harvester or analyst can query them beside the data. The record describes the other graphs
 * and is not counted in them.
 */
public final class CatalogGraph {
    public static final Node NAME = Ids.graph("catalog");

    private CatalogGraph() {}

    /** Replaces the catalogue graph with the record as it is now (DCAT-AP-SE profile). */
    public static void publish(GraphStore store, String baseUrl, CatalogSettings settings) {
        Graph record = CatalogRecord.build(store, baseUrl, settings);
        store.write(dsg -> {
            dsg.removeGraph(NAME);
            record.find().forEachRemaining(t -> dsg.add(NAME, t.getSubject(), t.getPredicate(), t.getObject()));
        });
    }
}
