package se.lsgraph.catalog;

import java.util.Map;

import org.apache.jena.sparql.engine.binding.Binding;

import se.lsgraph.store.GraphStore;

/**
 * The size of the described dataset as VoID, the dumps and SPARQL count it (quads in every named
 * graph but the catalogue graph), for the start-up log, so that every count the system reports is
 * the same number.
 */
public record DatasetCounts(long quads, long subjects, long graphs, long catalogTriples) {

    public static DatasetCounts of(GraphStore store) {
        return store.read(dsg -> {
            Binding b = CatalogQueries.select(dsg, "void-totals", Map.of("catalogGraph", CatalogGraph.NAME)).get(0);
            return new DatasetCounts(number(b, "triples"), number(b, "subjects"), number(b, "graphs"),
                    dsg.getGraph(CatalogGraph.NAME).size());
        });
    }

    private static long number(Binding b, String var) {
        return ((Number) CatalogQueries.get(b, var).getLiteralValue()).longValue();
    }

    public String summary() {
        return String.format("The dataset holds %,d triples in %,d named graphs (%,d distinct subjects), as /void and the dumps "
                + "count them; the catalogue graph %s adds %,d.", quads, graphs, subjects, CatalogGraph.NAME.getURI(), catalogTriples);
    }
}
