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

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.Quad;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

import se.lsgraph.load.guard.InputLimits;
import se.lsgraph.load.guard.JsonLdContexts;

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
        assertEquals(72, cases.size(), "the corpus's files");
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

    @Test
    void anEmptyFileReplacesItsGraphOnlyWithAllowEmpty() {
        Path empty = BAD.resolve("empty.nt");
        Node graph = se.lsgraph.vocab.Ids.graph("scratch-empty");
        Node s = NodeFactory.createURI("urn:lsgraph:test:s");
        try (GraphStore own = GraphStore.inMemory()) {
            own.write(dsg -> dsg.add(graph, s, s, s));
            Set<Quad> populated = TestStores.snapshot(own);
            var refused = assertThrows(InputRejectedException.class,
                    () -> new Loader(own, TestStores.validation(), null).load(List.of(empty), graph, null));
            assertEquals(empty + ": holds no triples; loading it would leave its graph empty (give --allow-empty if that is what you want)",
                    refused.getMessage());
            assertEquals(populated, TestStores.snapshot(own));

            new Loader(own, TestStores.validation(), null, new LoadOptions(true, InputLimits.DEFAULT))
                    .load(List.of(empty), graph, null);
            assertEquals(0, own.size(graph));
        }
    }

    @Test
    void aCsvWithAByteOrderMarkReadsAsTheSameCsvWithout(@TempDir Path dir) throws IOException {
        Mapping mapping = MappingFile.read(MAPPINGS.resolve("municipalities.mapping.json"));
        byte[] plain = Files.readAllBytes(MAPPINGS.resolve("municipalities.csv"));
        assertEquals('k', plain[0], "the golden CSV has no mark of its own");
        byte[] withMark = new byte[plain.length + 3];
        withMark[0] = (byte) 0xEF;
        withMark[1] = (byte) 0xBB;
        withMark[2] = (byte) 0xBF;
        System.arraycopy(plain, 0, withMark, 3, plain.length);
        Graph expected = org.apache.jena.riot.RDFDataMgr.loadGraph(MAPPINGS.resolve("municipalities.expected.ttl").toString());
        Graph fromExcel = MappedFileReader.read("excel.csv", withMark, mapping);
        assertEquals(15, fromExcel.size(), "three municipalities, five triples each");
        assertTrue(expected.isIsomorphicWith(fromExcel));
    }

    @Test
    void aCsvRowPastTheLimitIsRefusedBeforeTheParserHoldsIt(@TempDir Path dir) throws IOException {
        Path unclosed = dir.resolve("unclosed-quote.csv");
        Files.writeString(unclosed, "kod,namn,lan\n0126,\"Huddinge" + "a".repeat(5 << 20) + "\n");
        Mapping mapping = MappingFile.read(MAPPINGS.resolve("municipalities.mapping.json"));
        var refused = assertThrows(InputRejectedException.class,
                () -> new Loader(store, TestStores.validation(), null).load(List.of(unclosed), null, mapping));
        assertEquals("a row longer than 4194304 bytes (a quote that is never closed?); refused", refused.reason());
        assertEquals("line 2, column 4194305", refused.where());
        assertEquals(before, TestStores.snapshot(store));
    }

    @Test
    void aJsonLdContextOnTheAllowListIsReadFromItsLocalCopyAndNoOtherIs() throws Exception {
        var contexts = JsonLdContexts.of(java.util.Map.of("https://example.org/context.jsonld", "load/context.jsonld"));
        var document = contexts.loadDocument(java.net.URI.create("https://example.org/context.jsonld"), null);
        assertEquals("https://example.org/context.jsonld", document.getDocumentUrl().toString());
        var refused = assertThrows(com.apicatalog.jsonld.JsonLdError.class,
                () -> contexts.loadDocument(java.net.URI.create("https://schema.org/"), null));
        assertEquals("the remote @context <https://schema.org/> is not on the local allow-list "
                + "(lsgraph/jsonld-contexts/allow-list.properties); loads never fetch from the network", refused.getMessage());
    }

    private static void rejects(String file, String mappingName, String expected, String where) {
        Mapping mapping = mappingName.equals("-") ? null : MappingFile.read(MAPPINGS.resolve(mappingName));
        Loader loader = new Loader(store, TestStores.validation(), null);
        RuntimeException e = assertThrows(RuntimeException.class,
                () -> loader.load(List.of(BAD.resolve(file)), null, mapping));
        assertTrue(e instanceof InputRejectedException || e instanceof ValidationFailedException,
                "a rejection, not " + e);
        String message = e.getMessage();
        if (e instanceof InputRejectedException rejected) {
            assertEquals(expected, rejected.reason());
            assertEquals(BAD.resolve(file).toString(), rejected.file());
            assertEquals(where, rejected.where() == null ? "none" : rejected.where(), "where in the file");
        } else {
            assertTrue(message.contains(expected), () -> "message should contain «" + expected + "» but was: " + message);
            assertEquals("-", where, "a SHACL violation");
            assertTrue(message.contains("https://w3id.org/lsgraph/id/"), "names the resource: " + message);
        }
        assertEquals(before, TestStores.snapshot(store), "the stored graph is unchanged");
    }
}
