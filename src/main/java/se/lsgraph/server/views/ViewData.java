package se.lsgraph.server.views;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExec;

import se.lsgraph.query.BoundQuery;
import se.lsgraph.server.pages.Language;
import se.lsgraph.store.GraphStore;

/**
 * The table behind a view: its query run with ?lang bound to the reader's language, as columns and
 * rows of plain values (IRIs as strings, numbers as numbers, booleans as booleans) for JSON and CSV.
 */
public final class ViewData {
    private final GraphStore store;
    private final Map<String, BoundQuery> parsed = new ConcurrentHashMap<>();
    private final Set<QueryExec> running = ConcurrentHashMap.newKeySet();
    private volatile boolean stopped;

    public ViewData(GraphStore store) {
        this.store = store;
    }

    public record Table(List<String> columns, List<Map<String, Object>> rows) {}

    public Table of(View view, Language language) {
        BoundQuery query = parsed.computeIfAbsent(view.query(), BoundQuery::bundled);
        Map<String, Node> input = Map.of("lang", NodeFactory.createLiteralString(language.code()));
        // Binding ?lang adds it to the projection; it is an input, not a column.
        List<Binding> rows = store.read(dsg -> rowsUnlessStopped(query.execution(dsg, input)));
        List<String> columns = query.bind(input).getResultVars().stream().filter(c -> !c.equals("lang")).toList();
        List<Map<String, Object>> out = new ArrayList<>();
        for (Binding b : rows) {
            Map<String, Object> row = new LinkedHashMap<>();
            for (String c : columns)
                row.put(c, plain(b.get(Var.alloc(c))));
            out.add(row);
        }
        return new Table(columns, out);
    }

    /**
     * Aborts the queries running now and every later one: a view's query over a large store runs for
     * seconds, and the store cannot be closed while it reads. An aborted query throws
     * {@link org.apache.jena.query.QueryCancelledException}.
     */
    public void stop() {
        stopped = true;
        running.forEach(QueryExec::abort);
    }

    private List<Binding> rowsUnlessStopped(QueryExec exec) {
        running.add(exec);
        try {
            if (stopped) // set after the abort above went through the running ones
                exec.abort();
            return BoundQuery.rows(exec);
        } finally {
            running.remove(exec);
        }
    }

    private static Object plain(Node n) {
        if (n == null)
            return null;
        if (n.isURI())
            return n.getURI();
        if (n.isLiteral()) {
            Object value = n.getLiteralValue();
            return value instanceof Number || value instanceof Boolean ? value : n.getLiteralLexicalForm();
        }
        return n.toString();
    }
}
