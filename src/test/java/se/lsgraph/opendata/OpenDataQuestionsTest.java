package se.lsgraph.opendata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
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
        assertEquals(14, queries.size(), "the open-data questions");
        return queries.stream().map(q -> DynamicTest.dynamicTest(q.getFileName().toString(), () -> {
            String sparql = Files.readString(q);
            assertTrue(sparql.startsWith("# Question:"), q + " states its question");
            Path expected = Path.of(q.toString().replaceFirst("\\.rq$", ".tsv"));
            ExpectedResults.assertMatches(expected, sparql, Sparql.tsv(STORE.get(), sparql));
        }));
    }

    /**
     * The counts table of docs/open-data.md is what questions 07 (organisations) and 11 (offerings)
     * answer, so the page cannot go stale without this failing.
     */
    @Test
    void theDocumentedCountsAreTheQueriesAnswers() throws IOException {
        String doc = Files.readString(Path.of("docs/open-data.md"));
        String[] orgs = Sparql.rows(STORE.get(), Files.readString(DIR.resolve("07-organisation-identifiers.rq"))).get(0).split("\t");
        String[] offers = Sparql.rows(STORE.get(), Files.readString(DIR.resolve("11-offerings-owner-place-way-in.rq"))).get(0).split("\t");
        String orgRow = String.format("| organisations (`org/…`) with ROR / Wikidata / organisation number / municipality (question 07) | %s / %s / %s / %s of %s |",
                orgs[1], orgs[2], orgs[3], orgs[4], orgs[0]);
        String offerRow = String.format("| offerings with owner / place / municipality / way in (question 11) | %s / %s / %s / %s of %s |",
                offers[1], offers[2], offers[3], offers[4], offers[0]);
        assertTrue(doc.contains(orgRow), "docs/open-data.md should have the row " + orgRow);
        assertTrue(doc.contains(offerRow), "docs/open-data.md should have the row " + offerRow);
    }
}
