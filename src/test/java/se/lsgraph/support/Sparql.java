package se.lsgraph.support;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;

import se.lsgraph.store.GraphStore;

/** Runs a SELECT query on a store and returns its result as lines of Jena's TSV format. */
public final class Sparql {
    private Sparql() {}

    /** The header line followed by one line per row. */
    public static List<String> tsv(GraphStore store, String query) {
        return store.read(dsg -> {
            try (QueryExec qe = QueryExec.dataset(dsg).query(query).build()) {
                RowSet rows = qe.select();
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                ResultSetFormatter.outputAsTSV(out, org.apache.jena.query.ResultSet.adapt(rows));
                return out.toString(StandardCharsets.UTF_8).lines().toList();
            }
        });
    }

    /** Only the rows, without the header line. */
    public static List<String> rows(GraphStore store, String query) {
        List<String> lines = tsv(store, query);
        return lines.subList(1, lines.size());
    }
}
