package se.lsgraph.query;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingFactory;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.exec.http.QueryExecHTTP;
import org.apache.jena.sparql.syntax.syntaxtransform.QueryTransformOps;

import se.lsgraph.store.GraphStore;

/**
 * Runs a named query with parameters bound safely: each value becomes one RDF term (an IRI or a
 * literal) put into the parsed query in place of its variable, never spliced into the text, so no
 * value can change the query's structure.
 */
public final class QueryRunner {
    private QueryRunner() {}

    /** Checks and converts the caller's values; IllegalArgumentException names the problem. */
    public static Map<Var, Node> bind(NamedQuery query, Map<String, String> values) {
        for (String given : values.keySet())
            if (query.param(given).isEmpty())
                throw new IllegalArgumentException("query '" + query.name() + "' has no parameter '" + given + "'");
        Map<Var, Node> bindings = new HashMap<>();
        for (QueryParam p : query.params()) {
            String value = values.get(p.name());
            if (value == null) {
                if (!p.optional())
                    throw new IllegalArgumentException("missing parameter '" + p.name() + "' (" + p.type().label()
                            + ", e.g. " + p.example() + ")");
                continue;
            }
            bindings.put(Var.alloc(p.name()), p.bind(value));
        }
        return bindings;
    }

    /** Runs against the local store. */
    public static QueryResult run(GraphStore store, NamedQuery query, Map<String, String> values) {
        Query bound = substitute(query, bind(query, values));
        return store.read(dsg -> {
            try (QueryExec qe = QueryExec.dataset(dsg).query(bound).build()) {
                return collect(qe.select());
            }
        });
    }

    /** Runs against a remote SPARQL endpoint. */
    public static QueryResult run(String endpoint, NamedQuery query, Map<String, String> values) {
        Query bound = substitute(query, bind(query, values));
        try (QueryExec qe = QueryExecHTTP.service(endpoint).query(bound).build()) {
            return collect(qe.select());
        }
    }

    private static Query substitute(NamedQuery query, Map<Var, Node> bindings) {
        Query parsed = QueryFactory.create(query.sparql());
        return bindings.isEmpty() ? parsed : QueryTransformOps.syntaxSubstitute(parsed, bindings);
    }

    private static QueryResult collect(RowSet rows) {
        List<String> vars = rows.getResultVars().stream().map(Var::getVarName).toList();
        List<Binding> list = new ArrayList<>();
        // TDB2 bindings fetch their nodes lazily: copy them while the transaction is open.
        rows.forEachRemaining(b -> list.add(BindingFactory.copy(b)));
        return new QueryResult(vars, list);
    }
}
