package se.lsgraph.support;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;

/**
 * Compares a query's TSV result with an expected .tsv file: in order when the query orders its
 * rows, as a multiset otherwise. The header line (the variables) must match too.
 */
public final class ExpectedResults {
    private ExpectedResults() {}

    public static void assertMatches(Path expectedFile, String sparql, List<String> actualTsv) throws IOException {
        List<String> expected = Files.readAllLines(expectedFile).stream().filter(l -> !l.isEmpty()).toList();
        Query query = QueryFactory.create(sparql);
        if (query.hasOrderBy()) {
            assertEquals(String.join("\n", expected), String.join("\n", actualTsv), expectedFile.toString());
        } else {
            assertEquals(expected.get(0), actualTsv.get(0), expectedFile + ": variables");
            assertEquals(sortedRows(expected), sortedRows(actualTsv), expectedFile.toString());
        }
    }

    private static String sortedRows(List<String> lines) {
        List<String> rows = new ArrayList<>(lines.subList(1, lines.size()));
        rows.sort(null);
        return String.join("\n", rows);
    }
}
