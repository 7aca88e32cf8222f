package se.lsgraph.query;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingFactory;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.QueryExecBuilder;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.exec.http.QueryExecHTTP;
import org.apache.jena.sparql.exec.http.QueryExecHTTPBuilder;

import se.lsgraph.store.GraphStore;

/**
 * Runs a named query with parameters bound safely: each value becomes one RDF term (an IRI or a
 * literal) put into the parsed query, never spliced into the text, so no value can change the query's
 * structure. Each query text is parsed once. The bound query is valid SPARQL 1.1 for any store (it is
 * sent as text to other endpoints and to the peers of {@code bench compare}): see {@link #parse}.
 */
public final class QueryRunner {
    /** Parsed catalogue queries by text; never changed once parsed (binding works on a copy). */
    private static final Map<String, Query> PARSED = new ConcurrentHashMap<>();

    /** No time limit. */
    public static final Duration NO_LIMIT = Duration.ZERO;

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

    /**
     * The query with the caller's values in place of its parameters. Each parameter's term replaces its
     * variable in the WHERE pattern (so every store's planner sees a constant), and a VALUES block at the
     * start of the pattern binds the variable once more, for the SELECT, GROUP BY, HAVING and ORDER BY
     * clauses that still name it, and as the parameter's own column. Jena's whole-query substitution
     * wrote {@code (CONST AS ?var)} into GROUP BY as well as SELECT, which other stores reject as an
     * alias used twice.
     */
    public static Query parse(NamedQuery query, Map<String, String> values) {
        Map<Var, Node> bindings = bind(query, values);
        Query parsed = PARSED.computeIfAbsent(query.sparql(), QueryFactory::create);
        return bindings.isEmpty() ? parsed.cloneQuery() : ParameterValues.substitute(parsed, bindings);
    }

    /** Runs against the local store, without a time limit. */
    public static QueryResult run(GraphStore store, NamedQuery query, Map<String, String> values) {
        return run(store, query, values, NO_LIMIT);
    }

    /**
     * Runs against the local store; a query still running after {@code timeout} is cancelled with
     * {@link org.apache.jena.query.QueryCancelledException} ({@link #NO_LIMIT}: never).
     */
    public static QueryResult run(GraphStore store, NamedQuery query, Map<String, String> values, Duration timeout) {
        Query bound = parse(query, values);
        return store.read(dsg -> {
            QueryExecBuilder builder = QueryExec.dataset(dsg).query(bound);
            if (!timeout.isZero())
                builder.timeout(timeout.toMillis(), TimeUnit.MILLISECONDS);
            try (QueryExec qe = builder.build()) {
                return collect(qe.select());
            }
        });
    }

    /**
     * Runs against the local store and hands the result's columns, then each row (at most
     * {@code limit}) to the consumer while the query runs, without holding the rows. Returns true if
     * there were more rows than the limit.
     */
    public static boolean stream(GraphStore store, Query bound, long limit, Consumer<List<String>> columns,
                                 Consumer<Binding> rows) {
        return store.read(dsg -> {
            try (QueryExec qe = QueryExec.dataset(dsg).query(bound).build()) {
                RowSet result = qe.select();
                columns.accept(result.getResultVars().stream().map(Var::getVarName).toList());
                long n = 0;
                while (result.hasNext()) {
                    Binding row = result.next();
                    if (n++ == limit)
                        return true;
                    rows.accept(row);
                }
                return false;
            }
        });
    }

    /** Runs against a remote SPARQL endpoint, without a time limit of its own. */
    public static QueryResult run(String endpoint, NamedQuery query, Map<String, String> values) {
        return run(endpoint, query, values, NO_LIMIT);
    }

    /**
     * Runs against a remote SPARQL endpoint, waiting at most {@code timeout} for the whole answer
     * ({@link #NO_LIMIT}: as long as the endpoint takes); a later answer is given up with
     * {@link org.apache.jena.sparql.engine.http.QueryExceptionHTTP}.
     */
    public static QueryResult run(String endpoint, NamedQuery query, Map<String, String> values, Duration timeout) {
        Query bound = parse(query, values);
        QueryExecHTTPBuilder builder = QueryExecHTTP.service(endpoint).query(bound);
        if (!timeout.isZero())
            builder.timeout(timeout.toMillis(), TimeUnit.MILLISECONDS);
        try (QueryExec qe = builder.build()) {
            return collect(qe.select());
        }
    }

    private static QueryResult collect(RowSet rows) {
        List<String> vars = rows.getResultVars().stream().map(Var::getVarName).toList();
        List<Binding> list = new ArrayList<>();
        // TDB2 bindings fetch their nodes lazily: copy them while the transaction is open.
        rows.forEachRemaining(b -> list.add(BindingFactory.copy(b)));
        return new QueryResult(vars, list);
    }
}
