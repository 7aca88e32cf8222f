package se.lsgraph.query;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.exec.RowSetStream;

/** A query result as lines of Jena's TSV format, for comparison with expected files. */
final class TsvLines {
    private TsvLines() {}

    static List<String> of(QueryResult result) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        var rows = RowSetStream.create(result.vars().stream().map(Var::alloc).toList(), result.rows().iterator());
        ResultSetFormatter.outputAsTSV(out, ResultSet.adapt(rows));
        return out.toString(StandardCharsets.UTF_8).lines().toList();
    }
}
