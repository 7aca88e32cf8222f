package se.lsgraph.catalog;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;

import se.lsgraph.query.BoundQuery;

/** Runs the catalogue's bundled SELECT queries with their parameters bound as RDF terms. */
final class CatalogQueries {
    // The catalogue and VoID are built by the server itself, not for a web client: the web's
    // query timeout (kept in the dataset's context) must not cancel them on a large store.
    private static final Duration INTERNAL_BUDGET = Duration.ofMinutes(10);
    private static final Map<String, BoundQuery> PARSED = new ConcurrentHashMap<>();

    private CatalogQueries() {}

    /** All rows of lsgraph/sparql/NAME.rq with each variable in params replaced by its term; in a read transaction. */
    static List<Binding> select(DatasetGraph dsg, String name, Map<String, Node> params) {
        return PARSED.computeIfAbsent(name, BoundQuery::bundled).select(dsg, params, INTERNAL_BUDGET);
    }

    static Node get(Binding b, String var) {
        return b.get(Var.alloc(var));
    }
}
