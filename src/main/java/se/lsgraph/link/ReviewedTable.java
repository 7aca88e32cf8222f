package se.lsgraph.link;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import se.lsgraph.load.InputRejectedException;

/** A table of reviewed decisions (src/main/resources/lsgraph/opendata/NAME.tsv): tab-separated, with a header. */
final class ReviewedTable {
    private ReviewedTable() {}

    /** One row: its line number and its values by column. */
    record Row(String file, long line, Map<String, String> values) {
        String get(String column) {
            String v = values.get(column);
            return v == null ? "" : v.strip();
        }

        InputRejectedException reject(String reason) {
            return new InputRejectedException(file, "line " + line, reason);
        }
    }

    static List<Row> read(String name, List<String> columns) {
        String path = "/lsgraph/opendata/" + name;
        CSVFormat format = CSVFormat.TDF.builder().setHeader().setSkipHeaderRecord(true).setCommentMarker('#').get();
        try (InputStream in = ReviewedTable.class.getResourceAsStream(path)) {
            if (in == null)
                throw new IllegalStateException("missing " + path);
            try (CSVParser parser = CSVParser.builder().setReader(new InputStreamReader(in, StandardCharsets.UTF_8)).setFormat(format).get()) {
                if (!parser.getHeaderNames().equals(columns))
                    throw new InputRejectedException(path, "line 1", "the header must be " + columns + ", not " + parser.getHeaderNames());
                List<Row> rows = new ArrayList<>();
                for (CSVRecord r : parser)
                    rows.add(new Row(path, r.getParser().getCurrentLineNumber(), r.toMap()));
                return rows;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
