package se.lsgraph.catalog;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingFactory;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.syntax.syntaxtransform.QueryTransformOps;

import se.lsgraph.query.BundledSparql;

/** Runs the catalogue's bundled SELECT queries with their parameters bound as RDF terms. */
final class CatalogQueries {
    private static final Duration INTERNAL_BUDGET = Duration.ofMinutes(10);

    private CatalogQueries() {}

    /** All rows of lsgraph/sparql/NAME.rq with each variable in params replaced by its term; in a read transaction. */
    static List<Binding> select(DatasetGraph dsg, String name, Map<String, Node> params) {
        Query query = QueryFactory.create(BundledSparql.text(name));
        Map<Var, Node> bound = new java.util.HashMap<>();
        params.forEach((k, v) -> bound.put(Var.alloc(k), v));
        Query q = QueryTransformOps.syntaxSubstitute(query, bound);
        List<Binding> rows = new ArrayList<>();
        // The catalogue and VoID are built by the server itself, not for a web client: the web's
        // query timeout (kept in the dataset's context) must not cancel them on a large store.
        try (QueryExec qe = QueryExec.dataset(dsg).query(q).timeout(INTERNAL_BUDGET.toMillis()).build()) {
            qe.select().forEachRemaining(b -> rows.add(BindingFactory.copy(b)));
        }
        return rows;
    }

    static Node get(Binding b, String var) {
        return b.get(Var.alloc(var));
    }
}
