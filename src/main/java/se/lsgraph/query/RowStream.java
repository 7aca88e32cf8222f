package se.lsgraph.query;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;

/**
 * Writes a query's rows as they come, in compact JSON, CSV or TSV, without holding them: the
 * columns first, then one row at a time, then the end (whether rows were cut at the row limit, or
 * the error that stopped the query, so that a JSON document stays well-formed either way).
 */
public abstract class RowStream {
    private static final JsonFactory JSON = new JsonFactory();

    protected final List<String> columns;
    private final List<Var> vars;

    private RowStream(List<String> columns) {
        this.columns = columns;
        this.vars = columns.stream().map(Var::alloc).toList();
    }

    /** A stream in {@code format} (JSON, CSV or TSV); the columns are written at once. */
    public static RowStream open(ResultFormat format, String queryName, List<String> columns, Writer out) {
        try {
            return switch (format) {
                case JSON -> new Json(queryName, columns, out);
                case CSV -> new Delimited(columns, CSVFormat.RFC4180, out);
                case TSV -> new Delimited(columns, CSVFormat.TDF, out);
                case TABLE -> throw new IllegalArgumentException("a table needs all rows first: use ResultFormat.write");
            };
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public final void row(Binding row) {
        try {
            String[] values = new String[vars.size()];
            for (int i = 0; i < values.length; i++) {
                Node n = row.get(vars.get(i));
                values[i] = n == null ? null : ResultFormat.plain(n);
            }
            writeRow(values);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Ends the document: {@code truncated} if rows were left out at the limit; {@code error} if the query failed. */
    public final void end(boolean truncated, String error) {
        try {
            writeEnd(truncated, error);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    protected abstract void writeRow(String[] values) throws IOException;

    protected abstract void writeEnd(boolean truncated, String error) throws IOException;

    private static final class Json extends RowStream {
        private final JsonGenerator json;

        Json(String queryName, List<String> columns, Writer out) throws IOException {
            super(columns);
            json = JSON.createGenerator(out);
            json.writeStartObject();
            json.writeStringField("query", queryName);
            json.writeArrayFieldStart("columns");
            for (String c : columns)
                json.writeString(c);
            json.writeEndArray();
            json.writeArrayFieldStart("rows");
        }

        @Override
        protected void writeRow(String[] values) throws IOException {
            json.writeStartObject();
            for (int i = 0; i < values.length; i++)
                if (values[i] != null)
                    json.writeStringField(columns.get(i), values[i]);
            json.writeEndObject();
        }

        @Override
        protected void writeEnd(boolean truncated, String error) throws IOException {
            json.writeEndArray();
            json.writeBooleanField("truncated", truncated);
            if (error != null)
                json.writeStringField("error", error);
            json.writeEndObject();
            json.flush();
        }
    }

    /** CSV and TSV have no place for an end marker: the caller reports truncation in a header. */
    private static final class Delimited extends RowStream {
        private final CSVPrinter printer;

        Delimited(List<String> columns, CSVFormat format, Writer out) throws IOException {
            super(columns);
            printer = new CSVPrinter(out, format.builder().setRecordSeparator("\n").get());
            printer.printRecord(columns);
        }

        @Override
        protected void writeRow(String[] values) throws IOException {
            for (String v : values)
                printer.print(v == null ? "" : v);
            printer.println();
        }

        @Override
        protected void writeEnd(boolean truncated, String error) throws IOException {
            printer.flush();
        }
    }
}
