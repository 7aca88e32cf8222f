package se.lsgraph.curated;

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
 * Competency questions over the real curated graph: each src/test/resources/competency/NN-slug.rq
 * (whose header states the question, the source and the answer as read in the document) must
 * return exactly NN-slug.tsv.
 */
class CompetencyTest {
    private static final Path DIR = Path.of("src/test/resources/competency");
    @RegisterExtension
    static final BundledStore STORE = new BundledStore();

    @TestFactory
    Stream<DynamicTest> everyCompetencyQuestionHasItsExactAnswer() throws IOException {
        List<Path> queries;
        try (Stream<Path> files = Files.list(DIR)) {
            queries = files.filter(p -> p.toString().endsWith(".rq")).sorted().toList();
        }
        assertTrue(queries.size() >= 25, "at least 25 competency questions, found " + queries.size());
        return queries.stream().map(q -> DynamicTest.dynamicTest(q.getFileName().toString(), () -> {
            String sparql = Files.readString(q);
            assertTrue(sparql.startsWith("# Question:"), q + " states its question");
            Path expected = Path.of(q.toString().replaceFirst("\\.rq$", ".tsv"));
            ExpectedResults.assertMatches(expected, sparql, Sparql.tsv(STORE.get(), sparql));
        }));
    }
}
