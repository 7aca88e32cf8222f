package se.lsgraph.query;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;


/** Writes query results for people: an aligned table, CSV, TSV or compact JSON, with plain values. */
public enum ResultFormat {
    TABLE("text/plain"), CSV("text/csv"), TSV("text/tab-separated-values"), JSON("application/json");

    private final String mediaType;

    ResultFormat(String mediaType) {
        this.mediaType = mediaType;
    }

    public String mediaType() {
        return mediaType;
    }

    public static ResultFormat of(String name) {
        for (ResultFormat f : values())
            if (f.name().equalsIgnoreCase(name))
                return f;
        throw new IllegalArgumentException("unknown format '" + name + "' (table, csv, tsv or json)");
    }

    public void write(String queryName, QueryResult result, Writer out) {
        try {
            if (this == TABLE) {
                table(result, out);
            } else {
                RowStream stream = RowStream.open(this, queryName, result.vars(), out);
                result.rows().forEach(stream::row);
                stream.end(false, null);
            }
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The plain value of a term: the IRI, or the literal's text. */
    public static String plain(Node node) {
        if (node == null)
            return "";
        if (node.isURI())
            return node.getURI();
        if (node.isLiteral())
            return node.getLiteralLexicalForm();
        return node.toString();
    }

    private static List<String> values(QueryResult result, Binding row) {
        List<String> values = new ArrayList<>();
        for (String v : result.vars())
            values.add(plain(row.get(Var.alloc(v))));
        return values;
    }

    private static void table(QueryResult result, Writer out) throws IOException {
        List<List<String>> rows = new ArrayList<>();
        for (Binding row : result.rows())
            rows.add(values(result, row));
        int[] widths = new int[result.vars().size()];
        for (int i = 0; i < widths.length; i++) {
            widths[i] = result.vars().get(i).length();
            for (List<String> r : rows)
                widths[i] = Math.max(widths[i], r.get(i).length());
        }
        line(out, result.vars(), widths);
        List<String> rule = new ArrayList<>();
        for (int w : widths)
            rule.add("-".repeat(w));
        line(out, rule, widths);
        for (List<String> r : rows)
            line(out, r, widths);
        out.write("(" + rows.size() + (rows.size() == 1 ? " row" : " rows") + ")\n");
    }

    private static void line(Writer out, List<String> cells, int[] widths) throws IOException {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0)
                sb.append(" | ");
            sb.append(cells.get(i)).append(" ".repeat(widths[i] - cells.get(i).length()));
        }
        out.write(sb.toString().stripTrailing() + "\n");
    }
}
