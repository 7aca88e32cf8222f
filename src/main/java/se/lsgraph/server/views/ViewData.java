package se.lsgraph.server.views;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.syntax.syntaxtransform.QueryTransformOps;

import se.lsgraph.query.BundledSparql;
import se.lsgraph.server.pages.Language;
import se.lsgraph.store.GraphStore;

/**
 * The table behind a view: its query run with ?lang bound to the reader's language, as columns and
 * rows of plain values (IRIs as strings, numbers as numbers) for JSON and CSV.
 */
public final class ViewData {
    private final GraphStore store;

    public ViewData(GraphStore store) {
        this.store = store;
    }

    public record Table(List<String> columns, List<Map<String, Object>> rows) {}

    public Table of(View view, Language language) {
        Query query = QueryFactory.create(BundledSparql.text(view.query()));
        Query bound = QueryTransformOps.syntaxSubstitute(query,
                Map.of(Var.alloc("lang"), NodeFactory.createLiteralString(language.code())));
        return store.read(dsg -> {
            try (QueryExec qe = QueryExec.dataset(dsg).query(bound).build()) {
                RowSet rows = qe.select();
                // Binding ?lang adds it to the projection; it is an input, not a column.
                List<String> columns = rows.getResultVars().stream().map(Var::getVarName)
                        .filter(c -> !c.equals("lang")).toList();
                List<Map<String, Object>> out = new ArrayList<>();
                rows.forEachRemaining(b -> {
                    Map<String, Object> row = new LinkedHashMap<>();
                    for (String c : columns)
                        row.put(c, plain(b.get(Var.alloc(c))));
                    out.add(row);
                });
                return new Table(columns, out);
            }
        });
    }

    private static Object plain(Node n) {
        if (n == null)
            return null;
        if (n.isURI())
            return n.getURI();
        if (n.isLiteral()) {
            Object value = n.getLiteralValue();
            return value instanceof Number number ? number : n.getLiteralLexicalForm();
        }
        return n.toString();
    }
}
