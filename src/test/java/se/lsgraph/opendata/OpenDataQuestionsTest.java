package se.lsgraph.opendata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.extension.RegisterExtension;

import se.lsgraph.support.BundledStore;
import se.lsgraph.support.ExpectedResults;
import se.lsgraph.support.Sparql;

/**
 * Questions over the open data the bundled graph ships (data/opendata/): each
 * src/test/resources/opendata/questions/NN-slug.rq, whose header states the question and its
 * source, must return exactly NN-slug.tsv (counts, identifiers, places, provenance).
 */
class OpenDataQuestionsTest {
    private static final Path DIR = Path.of("src/test/resources/opendata/questions");
    @RegisterExtension
    static final BundledStore STORE = new BundledStore();

    @TestFactory
    Stream<DynamicTest> everyOpenDataQuestionHasItsExactAnswer() throws IOException {
        List<Path> queries;
        try (Stream<Path> files = Files.list(DIR)) {
            queries = files.filter(p -> p.toString().endsWith(".rq")).sorted().toList();
        }
        assertEquals(10, queries.size(), "the open-data questions");
        return queries.stream().map(q -> DynamicTest.dynamicTest(q.getFileName().toString(), () -> {
            String sparql = Files.readString(q);
            assertTrue(sparql.startsWith("# Question:"), q + " states its question");
            Path expected = Path.of(q.toString().replaceFirst("\\.rq$", ".tsv"));
            ExpectedResults.assertMatches(expected, sparql, Sparql.tsv(STORE.get(), sparql));
        }));
    }
}
