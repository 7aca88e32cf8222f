package se.lsgraph.catalog;

import se.lsgraph.store.GraphStore;

/**
 * The size of the described dataset as VoID, the dumps and SPARQL count it (quads in every named
 * graph but the catalogue graph), for the start-up log, so that every count the system reports is
 * the same number.
 */
public record DatasetCounts(long quads, long subjects, long graphs, long catalogTriples) {

    public static DatasetCounts of(GraphStore store) {
        return store.read(dsg -> {
            VoidCounts counts = CurrentVoidCounts.of(store, dsg);
            return new DatasetCounts(counts.triples(), counts.subjects(), counts.graphs(), dsg.getGraph(CatalogGraph.NAME).size());
        });
    }

    public String summary() {
        return String.format("The dataset holds %,d triples in %,d named graphs (%,d distinct subjects), as /void and the dumps "
                + "count them; the catalogue graph %s adds %,d.", quads, graphs, subjects, CatalogGraph.NAME.getURI(), catalogTriples);
    }
}
