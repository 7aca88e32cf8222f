package se.lsgraph.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.Quad;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.lsgraph.bench.SyntheticData;
import se.lsgraph.store.GraphStore;
import se.lsgraph.support.TestStores;
import se.lsgraph.validate.GraphValidation;
import se.lsgraph.validate.ShapesValidator;
import se.lsgraph.vocab.Ids;

/**
 * The streaming loader on a database on disk holding the bundled graph: a violation at the very
 * end of a large file aborts the one write transaction and leaves the store as it was, and replacing
 * a graph is checked against the resources of other graphs that depend on it.
 */
class StreamedLoadTest {
    private static final String PREFIXES = """
            @prefix skos: <http://www.w3.org/2004/02/skos/core#> .
            @prefix dcterms: <http://purl.org/dc/terms/> .
            @prefix org: <http://www.w3.org/ns/org#> .
            @prefix lsg: <https://w3id.org/lsgraph/ontology#> .
            """;

    @TempDir
    static Path dir;
    private static GraphStore store;
    private static GraphValidation validation;

    @BeforeAll
    static void bundledStoreOnDisk() {
        store = GraphStore.open(dir.resolve("db"));
        new BundleInstaller(store, null).ensureCurrent(BundleSources.fromClasspath());
        validation = TestStores.validation();
    }

    @AfterAll
    static void close() {
        store.close();
    }

    @Test
    void aViolationInTheLastLinesOfALargeFileLeavesTheStoreUnchanged() throws IOException {
        Path file = dir.resolve("synthetic-offerings.nt");
        long valid = SyntheticData.write(file, 5_000);
        Files.writeString(file, "<https://w3id.org/lsgraph/id/bench/org/last> <http://www.w3.org/2004/02/skos/core#prefLabel> \"Only English\"@en .\n"
                + "<https://w3id.org/lsgraph/id/bench/org/last> <http://purl.org/dc/terms/source> <https://w3id.org/lsgraph/id/bench/doc/s/1> .\n",
                StandardOpenOption.APPEND);
        Set<Quad> before = TestStores.snapshot(store);

        var e = assertThrows(ValidationFailedException.class, () -> loader().load(List.of(file), null, null));
        assertEquals(1, e.violations().size(), e.getMessage());
        assertEquals("https://w3id.org/lsgraph/id/bench/org/last", e.violations().get(0).focus());
        assertEquals("https://w3id.org/lsgraph/shapes#LabelledShape-swedish", e.violations().get(0).shape());
        assertEquals(before, TestStores.snapshot(store), "the aborted load left nothing behind");

        // The store takes the next load (the reconnect after the abort), and it is exactly the valid part.
        Path good = dir.resolve("synthetic-offerings-good.nt");
        assertEquals(valid, SyntheticData.write(good, 5_000));
        Map<Node, Long> written = loader().loadRdf(List.of(good), Ids.graph("synthetic-offerings"));
        assertEquals(Map.of(Ids.graph("synthetic-offerings"), valid), written);
        assertEquals(valid, store.size(Ids.graph("synthetic-offerings")));
        store.write(dsg -> dsg.deleteAny(Ids.graph("synthetic-offerings"), Node.ANY, Node.ANY, Node.ANY));
    }

    @Test
    void replacingAGraphIsCheckedAgainstTheResourcesOfOtherGraphsThatNeedIt() throws IOException {
        Path operators = dir.resolve("operators.ttl");
        Files.writeString(operators, PREFIXES + """
                <https://w3id.org/lsgraph/id/org/test-operator> a org:Organization ; skos:prefLabel "Testoperatör"@sv ; dcterms:source <https://w3id.org/lsgraph/id/doc/x> .
                """);
        Path facilities = dir.resolve("facilities.ttl");
        Files.writeString(facilities, PREFIXES + """
                <https://w3id.org/lsgraph/id/offering/test-lab> a lsg:PhysicalFacility ; skos:prefLabel "Testlabb"@sv ;
                    lsg:status <https://w3id.org/lsgraph/id/status/existing> ;
                    lsg:operatedBy <https://w3id.org/lsgraph/id/org/test-operator> ; dcterms:source <https://w3id.org/lsgraph/id/doc/x> .
                """);
        loader().load(List.of(operators), null, null);
        loader().load(List.of(facilities), null, null);
        Set<Quad> before = TestStores.snapshot(store);

        // The operator stays, but is no longer an organisation: the facility in the other graph breaks.
        Files.writeString(operators, PREFIXES + """
                <https://w3id.org/lsgraph/id/org/test-operator> skos:prefLabel "Testoperatör"@sv ; dcterms:source <https://w3id.org/lsgraph/id/doc/x> .
                """);
        var e = assertThrows(ValidationFailedException.class, () -> loader().load(List.of(operators), null, null));
        assertEquals(List.of("https://w3id.org/lsgraph/id/offering/test-lab"),
                e.violations().stream().map(v -> v.focus()).toList(), e.getMessage());
        assertTrue(e.violations().get(0).shape().contains("OfferingShape"), e.getMessage());
        assertEquals(before, TestStores.snapshot(store));

        // Removing the operator altogether breaks the facility the same way.
        Files.writeString(operators, PREFIXES + """
                <https://w3id.org/lsgraph/id/org/another-operator> a org:Organization ; skos:prefLabel "Annan operatör"@sv ; dcterms:source <https://w3id.org/lsgraph/id/doc/x> .
                """);
        var removed = assertThrows(ValidationFailedException.class, () -> loader().load(List.of(operators), null, null));
        assertEquals(List.of("https://w3id.org/lsgraph/id/offering/test-lab"),
                removed.violations().stream().map(v -> v.focus()).toList(), removed.getMessage());
        assertEquals(before, TestStores.snapshot(store));
    }

    @Test
    void anObjectThatBecomesATargetIsChecked() throws IOException {
        Path file = dir.resolve("literal-source.ttl");
        Files.writeString(file, PREFIXES + """
                <https://w3id.org/lsgraph/id/org/literal-source> a org:Organization ; skos:prefLabel "Källa som text"@sv ; dcterms:source "page 4" .
                """);
        var e = assertThrows(ValidationFailedException.class, () -> loader().load(List.of(file), null, null));
        assertEquals(List.of("\"page 4\""), e.violations().stream().map(v -> v.focus()).toList(), e.getMessage());
    }

    private static Loader loader() {
        return new Loader(store, validation, null);
    }

    /**
     * A SPARQL constraint looks past its focus node (a measure's years against its plan's), so the
     * touched nodes are not enough: shortening a plan in one graph breaks a measure in another graph
     * that the load never touched, and the load is refused; the store is unchanged.
     */
    @Test
    void aChangeThatBreaksAnUntouchedResourceOfAFarReachingShapeIsRefused() throws IOException {
        String plan = PREFIXES + """
                @prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
                <https://w3id.org/lsgraph/id/plan/far-reach-test> a lsg:ActionPlan ;
                    skos:prefLabel "Testplan för räckvidd"@sv ; dcterms:source <https://example.org/far-reach/plan> ;
                    lsg:startYear "2022"^^xsd:gYear ; lsg:endYear "%s"^^xsd:gYear .
                """;
        Path planFile = dir.resolve("far-reach-plan.ttl");
        Files.writeString(planFile, plan.formatted("2025"));
        Path measureFile = dir.resolve("far-reach-measure.ttl");
        Files.writeString(measureFile, PREFIXES + """
                @prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
                <https://w3id.org/lsgraph/id/measure/far-reach-test> a lsg:Measure ;
                    skos:prefLabel "Teståtgärd för räckvidd"@sv ; dcterms:source <https://example.org/far-reach/plan> ;
                    lsg:inActionPlan <https://w3id.org/lsgraph/id/plan/far-reach-test> ;
                    lsg:responsibleActor <https://w3id.org/lsgraph/id/org/region-stockholm> ;
                    lsg:serves <https://w3id.org/lsgraph/id/need/ls2021-4.2-1> ;
                    lsg:startYear "2023"^^xsd:gYear ; lsg:endYear "2024"^^xsd:gYear .
                """);
        Node planGraph = Ids.graph("far-reach-plan");
        Node measureGraph = Ids.graph("far-reach-measure");
        try {
            assertEquals(5L, loader().loadRdf(List.of(planFile), planGraph).get(planGraph));
            assertEquals(8L, loader().loadRdf(List.of(measureFile), measureGraph).get(measureGraph));
            Set<Quad> before = TestStores.snapshot(store);

            Files.writeString(planFile, plan.formatted("2022"));
            var e = assertThrows(ValidationFailedException.class, () -> loader().loadRdf(List.of(planFile), planGraph));
            assertEquals(List.of("The measure's year 2023 is outside its action plan's period 2022–2022",
                    "The measure's year 2024 is outside its action plan's period 2022–2022"),
                    e.violations().stream().map(ShapesValidator.Violation::message).toList());
            for (ShapesValidator.Violation v : e.violations()) {
                assertEquals("https://w3id.org/lsgraph/id/measure/far-reach-test", v.focus());
                assertEquals("https://w3id.org/lsgraph/shapes#MeasureShape", v.shape());
            }
            assertEquals(before, TestStores.snapshot(store), "the refused load left nothing behind");
        } finally {
            store.write(dsg -> {
                dsg.deleteAny(planGraph, Node.ANY, Node.ANY, Node.ANY);
                dsg.deleteAny(measureGraph, Node.ANY, Node.ANY, Node.ANY);
                dsg.deleteAny(Ids.PROVENANCE_GRAPH, Ids.resource("load/far-reach-plan"), Node.ANY, Node.ANY);
                dsg.deleteAny(Ids.PROVENANCE_GRAPH, Ids.resource("load/far-reach-measure"), Node.ANY, Node.ANY);
            });
        }
    }
}
