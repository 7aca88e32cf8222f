package se.lsgraph.server.views;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;

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

    public ViewData(GraphStore store) {
        this.store = store;
    }

    public record Table(List<String> columns, List<Map<String, Object>> rows) {}

    public Table of(View view, Language language) {
        BoundQuery query = parsed.computeIfAbsent(view.query(), BoundQuery::bundled);
        Map<String, Node> input = Map.of("lang", NodeFactory.createLiteralString(language.code()));
        // Binding ?lang adds it to the projection; it is an input, not a column.
        List<Binding> rows = store.read(dsg -> query.select(dsg, input));
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
