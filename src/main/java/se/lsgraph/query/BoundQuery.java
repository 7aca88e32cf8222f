package se.lsgraph.query;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingFactory;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.syntax.syntaxtransform.QueryTransformOps;

/**
 * One of the program's own queries (lsgraph/sparql/NAME.rq), parsed once and run with some of its
 * variables replaced by RDF terms. Binding is syntactic, so a bound term is never text spliced into
 * the query. Callers run it inside the store's read transaction and get rows they may keep after it.
 */
public final class BoundQuery {
    private final Query parsed;

    private BoundQuery(Query parsed) {
        this.parsed = parsed;
    }

    public static BoundQuery bundled(String name) {
        return new BoundQuery(QueryFactory.create(BundledSparql.text(name)));
    }

    /** The query with each named variable replaced by its term. */
    public Query bind(Map<String, Node> values) {
        if (values.isEmpty())
            return parsed;
        Map<Var, Node> vars = new HashMap<>();
        values.forEach((name, value) -> vars.put(Var.alloc(name), value));
        return QueryTransformOps.syntaxSubstitute(parsed, vars);
    }

    /** Every row of the bound SELECT, copied so that it outlives the transaction. */
    public List<Binding> select(DatasetGraph dsg, Map<String, Node> values) {
        return rows(execution(dsg, values));
    }

    /** The bound SELECT's execution, not yet started: for a caller that may have to abort it from another thread. */
    public QueryExec execution(DatasetGraph dsg, Map<String, Node> values) {
        return QueryExec.dataset(dsg).query(bind(values)).build();
    }

    /**
     * As {@link #select(DatasetGraph, Map)} under a budget of its own: for work the server does for
     * itself, which the web clients' timeout kept in the dataset's context must not cancel.
     */
    public List<Binding> select(DatasetGraph dsg, Map<String, Node> values, Duration budget) {
        return rows(QueryExec.dataset(dsg).query(bind(values)).timeout(budget.toMillis()).build());
    }

    /** The graph the bound CONSTRUCT builds. */
    public Graph construct(DatasetGraph dsg, Map<String, Node> values) {
        try (QueryExec qe = QueryExec.dataset(dsg).query(bind(values)).build()) {
            return qe.construct();
        }
    }

    /** Runs the execution and copies every row, so that they outlive the transaction; closes it. */
    public static List<Binding> rows(QueryExec exec) {
        List<Binding> rows = new ArrayList<>();
        try (QueryExec qe = exec) {
            qe.select().forEachRemaining(b -> rows.add(BindingFactory.copy(b)));
        }
        return rows;
    }
}
