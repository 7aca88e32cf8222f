package se.lsgraph.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.apache.jena.query.QueryFactory;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.extension.RegisterExtension;

import se.lsgraph.support.BundledStore;
import se.lsgraph.support.ExpectedResults;

/**
 * The query catalogue: every query parses, has its header (lint), and returns exactly its expected
 * rows (src/test/resources/catalogue/NN-slug.tsv) from the real graph with its example parameters.
 */
class QueryCatalogueTest {
    private static final Path EXPECTED = Path.of("src/test/resources/catalogue");
    private static final Pattern PLACEHOLDER = Pattern.compile("example\\.(org|com)|UNKNOWN|TODO|FIXME|placeholder",
            Pattern.CASE_INSENSITIVE);

    private static final QueryCatalogue CATALOGUE = QueryCatalogue.fromDirectory(Path.of("queries"));
    @RegisterExtension
    static final BundledStore STORE = new BundledStore();

    @Test
    void theCatalogueHasAtLeastThirtyQueriesAndTheJarBundlesThemAll() {
        assertTrue(CATALOGUE.list().size() >= 30, "found " + CATALOGUE.list().size());
        assertEquals(CATALOGUE.list().stream().map(NamedQuery::name).toList(),
                QueryCatalogue.bundled().list().stream().map(NamedQuery::name).toList());
    }

    @TestFactory
    Stream<DynamicTest> everyQueryParsesAndHasACompleteHeader() {
        return CATALOGUE.list().stream().map(q -> DynamicTest.dynamicTest(q.file(), () -> {
            QueryFactory.create(q.sparql());
            assertTrue(q.file().matches("\\d{2}-[a-z0-9-]+\\.rq"), "file name NN-slug.rq: " + q.file());
            assertFalse(q.summary().isBlank());
            assertFalse(q.description().isBlank());
            for (QueryParam p : q.params()) {
                assertTrue(Pattern.compile("[?$]" + p.name() + "\\b").matcher(q.sparql()).find(),
                        "parameter " + p.name() + " is a variable of the query");
                assertFalse(p.description().isBlank(), "parameter " + p.name() + " is described");
            }
            assertFalse(PLACEHOLDER.matcher(q.sparql()).find(), "no placeholder IRIs or notes");
            List<String> expected = Files.readAllLines(expectedFile(q));
            assertEquals(q.output(), expected.subList(0, Math.min(expected.size(), q.output().size())),
                    "the header's example output is the start of the expected result");
        }));
    }

    /** Federated queries (a parameter named *Endpoint) need a remote endpoint: FederationTest runs them. */
    @TestFactory
    Stream<DynamicTest> everyQueryReturnsItsExactExpectedRows() {
        return CATALOGUE.list().stream().filter(q -> q.params().stream().noneMatch(p -> p.name().endsWith("Endpoint")))
                .map(q -> DynamicTest.dynamicTest(q.file(), () -> {
            Map<String, String> params = new HashMap<>();
            for (QueryParam p : q.params())
                params.put(p.name(), p.example());
            QueryResult result = QueryRunner.run(STORE.get(), q, params);
            ExpectedResults.assertMatches(expectedFile(q), q.sparql(), TsvLines.of(result));
        }));
    }

    private static Path expectedFile(NamedQuery q) throws IOException {
        Path p = EXPECTED.resolve(q.file().replaceFirst("\\.rq$", ".tsv"));
        assertTrue(Files.exists(p), "expected result file " + p);
        return p;
    }
}
