package se.lsgraph.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFWriter;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import se.lsgraph.store.GraphStore;
import se.lsgraph.support.TestStores;
import se.lsgraph.vocab.Ids;

/**
 * The bundled open-data mappings (SCB codes, ROR v2, Wikidata SPARQL results, SweCRIS projects):
 * each real-shaped fixture in src/test/resources/opendata/NAME/ (a folder with an expected.ttl) becomes exactly
 * expected.ttl, and
 * loads into its own named graph with its provenance.
 */
class OpenDataMappingTest {
    private static final Path DIR = Path.of("src/test/resources/opendata");

    @TestFactory
    Stream<DynamicTest> everyFixtureBecomesExactlyItsExpectedGraph() throws IOException {
        List<Path> sources;
        try (Stream<Path> dirs = Files.list(DIR)) {
            sources = dirs.filter(d -> Files.exists(d.resolve("expected.ttl"))).sorted().toList();
        }
        assertEquals(List.of("ror-v2", "scb-counties", "scb-municipalities", "swecris-projects", "wikidata-sparql"),
                sources.stream().map(p -> p.getFileName().toString()).toList());
        return sources.stream().map(dir -> DynamicTest.dynamicTest(dir.getFileName().toString(), () -> {
            Mapping mapping = MappingFile.resolve(dir.getFileName().toString());
            Path input = Files.exists(dir.resolve("input.csv")) ? dir.resolve("input.csv") : dir.resolve("input.json");
            Graph actual = MappedFileReader.read(input.toString(), Files.readAllBytes(input), mapping);
            Graph expected = RDFDataMgr.loadGraph(dir.resolve("expected.ttl").toString());
            assertTrue(expected.isIsomorphicWith(actual), () -> "got:\n" + RDFWriter.source(actual).lang(Lang.TTL).asString());
        }));
    }

    @Test
    void countiesThenMunicipalitiesLoadIntoTheirGraphsWithProvenance() {
        try (GraphStore store = TestStores.bundled()) {
            var validation = TestStores.validation();
            MappedLoad load = new MappedLoad(store, validation, null);
            assertEquals(15, load.load(List.of(DIR.resolve("scb-counties/input.csv")), null, MappingFile.resolve("scb-counties")));
            assertEquals(36, load.load(List.of(DIR.resolve("scb-municipalities/input.csv")), null, MappingFile.resolve("scb-municipalities")));
            assertEquals(36, store.size(Ids.graph("scb-municipalities")));
            boolean recorded = store.read(dsg -> dsg.contains(Ids.PROVENANCE_GRAPH, Ids.resource("load/scb-municipalities"),
                    org.apache.jena.graph.NodeFactory.createURI("http://www.w3.org/ns/prov#generated"), Ids.graph("scb-municipalities")));
            assertTrue(recorded, "the load left its provenance record");
        }
    }
}
