package se.lsgraph.support;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.expr.ExprAggregator;
import org.apache.jena.sparql.expr.aggregate.AggGroupConcat;
import org.apache.jena.sparql.expr.aggregate.AggGroupConcatDistinct;

/**
 * Compares a query's TSV result with an expected .tsv file: in order when the query orders its
 * rows, as a multiset otherwise. The header line (the variables) must match too. SPARQL leaves the
 * order of a GROUP_CONCAT's parts open (it follows the store's internal order), so in a query with
 * one, each value's parts between its separators are compared sorted, on both sides alike.
 */
public final class ExpectedResults {
    private static final Pattern TSV_LITERAL = Pattern.compile("\"(.*)\"((?:@[A-Za-z0-9-]+|\\^\\^\\S+)?)", Pattern.DOTALL);
    private ExpectedResults() {}

    public static void assertMatches(Path expectedFile, String sparql, List<String> actualTsv) throws IOException {
        Query query = QueryFactory.create(sparql);
        List<String> separators = concatSeparators(query);
        List<String> expected = withSortedConcats(Files.readAllLines(expectedFile).stream().filter(l -> !l.isEmpty()).toList(), separators);
        List<String> actual = withSortedConcats(actualTsv, separators);
        if (query.hasOrderBy()) {
            assertEquals(String.join("\n", expected), String.join("\n", actual), expectedFile.toString());
        } else {
            assertEquals(expected.get(0), actual.get(0), expectedFile + ": variables");
            assertEquals(sortedRows(expected), sortedRows(actual), expectedFile.toString());
        }
    }

    /** A value (plain, or a TSV literal in quotes) with the parts between each of the separators sorted. */
    public static String withSortedConcat(String value, List<String> separators) {
        Matcher literal = TSV_LITERAL.matcher(value);
        if (literal.matches())
            return '"' + withSortedConcat(literal.group(1), separators) + '"' + literal.group(2);
        for (String separator : separators)
            value = String.join(separator, Arrays.stream(value.split(Pattern.quote(separator), -1)).sorted().toList());
        return value;
    }

    /** The separators of the query's GROUP_CONCATs. */
    public static List<String> concatSeparators(Query query) {
        List<String> separators = new ArrayList<>();
        for (ExprAggregator agg : query.getAggregators()) {
            String separator = null;
            if (agg.getAggregator() instanceof AggGroupConcat c)
                separator = c.getSeparator() == null ? " " : c.getSeparator();
            if (agg.getAggregator() instanceof AggGroupConcatDistinct c)
                separator = c.getSeparator() == null ? " " : c.getSeparator();
            if (separator != null && !separator.isEmpty() && !separators.contains(separator))
                separators.add(separator);
        }
        return separators;
    }

    private static List<String> withSortedConcats(List<String> tsvLines, List<String> separators) {
        if (separators.isEmpty() || tsvLines.isEmpty())
            return tsvLines;
        List<String> lines = new ArrayList<>();
        lines.add(tsvLines.get(0));
        for (String line : tsvLines.subList(1, tsvLines.size()))
            lines.add(String.join("\t", Arrays.stream(line.split("\t", -1)).map(v -> withSortedConcat(v, separators)).toList()));
        return lines;
    }

    private static String sortedRows(List<String> lines) {
        List<String> rows = new ArrayList<>(lines.subList(1, lines.size()));
        rows.sort(null);
        return String.join("\n", rows);
    }
}
