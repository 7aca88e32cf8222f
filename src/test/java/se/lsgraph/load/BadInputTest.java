package se.lsgraph.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.apache.jena.sparql.core.Quad;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import se.lsgraph.store.GraphStore;
import se.lsgraph.support.TestStores;

/**
 * The bad-input corpus (src/test/resources/bad/expectations.tsv): every file is rejected with a
 * message naming the file, where in it and why, and the stored graph is unchanged.
 */
class BadInputTest {
    private static final Path BAD = Path.of("src/test/resources/bad");
    private static final Path MAPPINGS = Path.of("src/test/resources/load");

    private static GraphStore store;
    private static Set<Quad> before;

    @BeforeAll
    static void storeWithTheBundledGraph() {
        store = TestStores.bundled();
        before = TestStores.snapshot(store);
    }

    @AfterAll
    static void close() {
        store.close();
    }

    @TestFactory
    Stream<DynamicTest> everyBadFileIsRejectedAndTheStoreIsUnchanged() throws IOException {
        List<String[]> cases = Files.readAllLines(BAD.resolve("expectations.tsv")).stream()
                .filter(line -> !line.startsWith("#") && !line.isBlank())
                .map(line -> line.split("\t"))
                .toList();
        assertTrue(cases.size() >= 15, "the corpus has at least 15 files");
        return cases.stream().map(c -> DynamicTest.dynamicTest(c[0], () -> rejects(c[0], c[1], c[2], c[3])));
    }

    @Test
    void aMappingWithAnUnknownKeyIsRejectedBeforeAnyDataIsRead() {
        var e = assertThrows(InputRejectedException.class,
                () -> MappingFile.read(BAD.resolve("unknown-key.mapping.json")));
        assertEquals("unknown mapping key 'colour'", e.reason());
        assertTrue(e.getMessage().startsWith(BAD.resolve("unknown-key.mapping.json").toString()));
    }

    @Test
    void theBundledGraphsAndTheProvenanceGraphCannotBeReplacedByALoad() {
        Loader loader = new Loader(store, TestStores.validation(), null);
        Path valid = Path.of("src/test/resources/link/registry.ttl");
        for (String graph : List.of("doc-001", "ontology", "provenance")) {
            var e = assertThrows(InputRejectedException.class,
                    () -> loader.load(List.of(valid), se.lsgraph.vocab.Ids.graph(graph), null));
            assertTrue(e.getMessage().contains("cannot be replaced by a load"), e.getMessage());
        }
        var fromMapping = assertThrows(InputRejectedException.class, () -> new MappedLoad(store, TestStores.validation(), null)
                .load(List.of(MAPPINGS.resolve("municipalities.csv")), se.lsgraph.vocab.Ids.graph("doc-004"),
                        MappingFile.read(MAPPINGS.resolve("municipalities.mapping.json"))));
        assertTrue(fromMapping.getMessage().contains("a graph of the bundled graph"), fromMapping.getMessage());
        assertEquals(before, TestStores.snapshot(store));
    }

    private static void rejects(String file, String mappingName, String expected, String where) {
        Mapping mapping = mappingName.equals("-") ? null : MappingFile.read(MAPPINGS.resolve(mappingName));
        Loader loader = new Loader(store, TestStores.validation(), null);
        RuntimeException e = assertThrows(RuntimeException.class,
                () -> loader.load(List.of(BAD.resolve(file)), null, mapping));
        assertTrue(e instanceof InputRejectedException || e instanceof ValidationFailedException,
                "a rejection, not " + e);
        String message = e.getMessage();
        assertTrue(message.contains(expected), () -> "message should contain «" + expected + "» but was: " + message);
        if (e instanceof InputRejectedException rejected) {
            assertEquals(BAD.resolve(file).toString(), rejected.file());
            assertEquals(where, rejected.where() == null ? "none" : rejected.where(), "where in the file");
        } else {
            assertEquals("-", where, "a SHACL violation");
            assertTrue(message.contains("https://w3id.org/lsgraph/id/"), "names the resource: " + message);
        }
        assertEquals(before, TestStores.snapshot(store), "the stored graph is unchanged");
    }
}
