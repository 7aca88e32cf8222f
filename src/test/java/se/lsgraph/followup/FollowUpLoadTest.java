package se.lsgraph.followup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.apache.jena.graph.Graph;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFWriter;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.exec.RowSetStream;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestMethodOrder;

import se.lsgraph.query.NamedQuery;
import se.lsgraph.query.QueryCatalogue;
import se.lsgraph.query.QueryResult;
import se.lsgraph.query.QueryRunner;
import se.lsgraph.store.GraphStore;
import se.lsgraph.store.InputProblem;
import se.lsgraph.support.ExpectedResults;
import se.lsgraph.support.Sparql;
import se.lsgraph.support.TestStores;
import se.lsgraph.vocab.Ids;

/**
 * The follow-up template, on one store with the bundled graph: first each broken sheet in
 * followup/bad/ is rejected with its message and leaves the store as it was; then the fictitious
 * fixture plan loads into exactly the expected graph with its provenance; then the follow-up
 * queries (60–65) return exactly their expected rows on the bundled graph plus the fixture.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FollowUpLoadTest {
    static final Path FIXTURE = Path.of("src/test/resources/followup");
    private static final Path BAD = FIXTURE.resolve("bad");
    private static final Path EXPECTED_QUERIES = FIXTURE.resolve("queries");

    private static GraphStore store;

    @BeforeAll
    static void storeWithTheBundledGraph() {
        store = TestStores.bundled();
    }

    @AfterAll
    static void close() {
        store.close();
    }

    /** The templates people copy (docs/templates/) have exactly the loader's columns, and load as "no measures yet". */
    @Test
    @Order(0)
    void theShippedTemplatesHaveTheLoadersColumnsAndAnEmptyExampleRow() throws IOException {
        Path templates = Path.of("docs/templates");
        assertEquals(List.of(String.join(",", SheetColumns.MEASURES), ",".repeat(SheetColumns.MEASURES.size() - 1)),
                Files.readAllLines(templates.resolve("follow-up-measures.csv")));
        assertEquals(List.of(String.join(",", SheetColumns.VALUES), ",".repeat(SheetColumns.VALUES.size() - 1)),
                Files.readAllLines(templates.resolve("follow-up-values.csv")));
        var e = assertThrows(se.lsgraph.load.InputRejectedException.class, () ->
                load(templates.resolve("follow-up-measures.csv"), templates.resolve("follow-up-values.csv")));
        assertEquals("measures sheet: has no measures (only the header or empty rows)", e.getMessage());
    }

    @TestFactory
    @Order(1)
    Stream<DynamicTest> everyBrokenSheetIsRejectedWithItsMessageAndTheStoreIsUnchanged() throws IOException {
        Set<Quad> before = TestStores.snapshot(store);
        List<String[]> cases = Files.readAllLines(BAD.resolve("expectations.tsv")).stream().skip(1)
                .filter(line -> !line.isBlank()).map(line -> line.split("\t")).toList();
        assertEquals(7, cases.size());
        return cases.stream().map(c -> DynamicTest.dynamicTest(c[0], () -> {
            RuntimeException e = assertThrows(RuntimeException.class, () -> load(BAD.resolve(c[1]), BAD.resolve(c[2])));
            assertTrue(e instanceof InputProblem, "a rejection, not a failure: " + e);
            String expected = c[3].replace("\\n", "\n");
            assertTrue(e.getMessage().endsWith(expected), c[0] + ": expected message ending\n" + expected + "\nbut got\n" + e.getMessage());
            assertEquals(before, TestStores.snapshot(store), "the store is unchanged");
        }));
    }

    @Test
    @Order(2)
    void theFixtureLoadsIntoExactlyTheExpectedGraphWithItsProvenance() throws IOException {
        FollowUpLoad.Result result = load(FIXTURE.resolve("measures.csv"), FIXTURE.resolve("values.csv"));
        assertEquals(Ids.graph("followup-fiktiv-plan"), result.graph());
        assertEquals(List.of(3, 2, 5), List.of(result.measures(), result.indicators(), result.values()));
        Graph expected = RDFDataMgr.loadGraph(FIXTURE.resolve("expected.ttl").toString());
        Graph loaded = store.read(dsg -> {
            Graph copy = GraphFactory.createDefaultGraph();
            dsg.getGraph(result.graph()).find().forEachRemaining(copy::add);
            return copy;
        });
        if (!loaded.isIsomorphicWith(expected))
            Files.writeString(Files.createDirectories(Path.of("target/followup-actual")).resolve("expected.ttl"),
                    RDFWriter.source(loaded).lang(Lang.TURTLE).asString());
        assertTrue(loaded.isIsomorphicWith(expected), "loaded graph differs from expected.ttl (see target/followup-actual)");
        assertEquals(expected.size(), result.triples());
        assertEquals(List.of(
                "\"src/test/resources/followup/measures.csv\"\t\"" + sha256("measures.csv") + "\"",
                "\"src/test/resources/followup/values.csv\"\t\"" + sha256("values.csv") + "\""),
                Sparql.rows(store, Files.readString(FIXTURE.resolve("provenance-files.rq"))));
    }

    @TestFactory
    @Order(3)
    Stream<DynamicTest> theFollowUpQueriesGiveTheirExactRowsOnTheFixture() {
        List<NamedQuery> queries = QueryCatalogue.fromDirectory(Path.of("queries")).list().stream()
                .filter(q -> q.file().matches("6[0-5]-.*")).toList(); // 60-65 are the follow-up queries
        assertEquals(6, queries.size());
        return queries.stream().map(q -> DynamicTest.dynamicTest(q.file(), () -> {
            QueryResult result = QueryRunner.run(store, q, Map.of());
            Path expected = EXPECTED_QUERIES.resolve(q.file().replace(".rq", ".tsv"));
            List<String> actual = tsv(result);
            if (!Files.exists(expected))
                Files.write(Files.createDirectories(Path.of("target/followup-actual")).resolve(expected.getFileName()), actual);
            ExpectedResults.assertMatches(expected, q.sparql(), actual);
        }));
    }

    private static FollowUpLoad.Result load(Path measures, Path values) {
        return new FollowUpLoad(store, TestStores.validation(), null).load(measures, values);
    }

    private static List<String> tsv(QueryResult result) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        var rows = RowSetStream.create(result.vars().stream().map(Var::alloc).toList(), result.rows().iterator());
        ResultSetFormatter.outputAsTSV(out, ResultSet.adapt(rows));
        return out.toString(StandardCharsets.UTF_8).lines().toList();
    }

    private static String sha256(String fixture) throws IOException {
        try {
            byte[] digest = java.security.MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(FIXTURE.resolve(fixture)));
            return java.util.HexFormat.of().formatHex(digest);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
