package se.lsgraph.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
import se.lsgraph.load.guard.InputLimits;
import se.lsgraph.store.GraphStore;
import se.lsgraph.support.TestStores;
import se.lsgraph.validate.GraphValidation;
import se.lsgraph.vocab.Ids;

/**
 * The staged bulk load ({@link BulkRdfLoad}, forced here for small files) on a database on disk
 * holding the bundled graph: it replaces only its graph and keeps every other quad, a violation in
 * its last lines leaves the store and its generation folders exactly as they were, the violations
 * it finds (validated on every core) are those a streamed load finds, and what a crash
 * mid-build leaves behind is ignored and removed when the store is next opened.
 */
class BulkLoadTest {
    private static final LoadOptions ALWAYS_STAGED = new LoadOptions(false, InputLimits.DEFAULT, 0);
    private static final Node GRAPH = Ids.graph("bulk-offerings");

    @TempDir
    static Path dir;
    private static Path db;
    private static GraphStore store;
    private static GraphValidation validation;

    @BeforeAll
    static void bundledStoreOnDisk() {
        db = dir.resolve("db");
        store = GraphStore.open(db);
        new BundleInstaller(store, null).ensureCurrent(BundleSources.fromClasspath());
        validation = TestStores.validation();
    }

    @AfterAll
    static void close() {
        store.close();
    }

    @Test
    void aStagedLoadReplacesItsGraphKeepsTheRestAndRecordsItsProvenance() throws IOException {
        Path file = dir.resolve("bulk-offerings.nt");
        long valid = SyntheticData.write(file, 2_000);
        Set<Quad> before = TestStores.snapshot(store);

        Map<Node, Long> written = loader().loadRdf(List.of(file), GRAPH);
        assertEquals(Map.of(GRAPH, valid), written);
        assertEquals(valid, store.size(GRAPH));
        Set<Quad> after = TestStores.snapshot(store);
        for (Quad q : before)
            if (!q.getGraph().equals(Ids.PROVENANCE_GRAPH))
                assertTrue(after.contains(q), "kept " + q);
        Boolean provenance = store.read(dsg -> dsg.contains(Ids.PROVENANCE_GRAPH, Node.ANY, Node.ANY, Node.ANY));
        assertTrue(provenance);
        assertEquals(List.of("Data-0002"), generations(), "the build became the next generation, the old one deleted");
        assertFalse(Files.exists(db.resolve("lsgraph-staging")));

        // Loading it again replaces the graph rather than adding to it.
        assertEquals(Map.of(GRAPH, valid), loader().loadRdf(List.of(file), GRAPH));
        assertEquals(valid, store.size(GRAPH));
        assertEquals(List.of("Data-0003"), generations());
    }

    @Test
    void aViolationInTheLastLinesLeavesTheStoreAndItsGenerationUnchanged() throws IOException {
        Path file = dir.resolve("bulk-bad.nt");
        SyntheticData.write(file, 2_000);
        Files.writeString(file, "<https://w3id.org/lsgraph/id/bench/org/last> <http://www.w3.org/2004/02/skos/core#prefLabel> \"Only English\"@en .\n"
                + "<https://w3id.org/lsgraph/id/bench/org/last> <http://purl.org/dc/terms/source> <https://w3id.org/lsgraph/id/bench/doc/s/1> .\n",
                StandardOpenOption.APPEND);
        Set<Quad> before = TestStores.snapshot(store);
        List<String> generationsBefore = generations();

        var e = assertThrows(ValidationFailedException.class, () -> loader().loadRdf(List.of(file), Ids.graph("bulk-bad")));
        assertEquals(1, e.violations().size(), e.getMessage());
        assertEquals("https://w3id.org/lsgraph/id/bench/org/last", e.violations().get(0).focus());
        assertEquals("https://w3id.org/lsgraph/shapes#LabelledShape-swedish", e.violations().get(0).shape());
        assertEquals(before, TestStores.snapshot(store));
        assertEquals(generationsBefore, generations());
        assertFalse(Files.exists(db.resolve("lsgraph-staging")), "the rejected build is deleted");
    }

    @Test
    void aStagedLoadFindsTheSameViolationsAsAStreamedLoadOfTheSameFile() throws IOException {
        Path file = dir.resolve("bulk-many-bad.nt");
        SyntheticData.write(file, 2_000);
        StringBuilder bad = new StringBuilder();
        for (int i = 1; i <= 12; i++)
            bad.append("<https://w3id.org/lsgraph/id/bench/org/bad-").append(i)
                    .append("> <http://www.w3.org/2004/02/skos/core#prefLabel> \"Only English\"@en .\n")
                    .append("<https://w3id.org/lsgraph/id/bench/org/bad-").append(i)
                    .append("> <http://purl.org/dc/terms/source> <https://w3id.org/lsgraph/id/bench/doc/s/1> .\n");
        Files.writeString(file, bad, StandardOpenOption.APPEND);
        Set<Quad> before = TestStores.snapshot(store);
        Node target = Ids.graph("bulk-many-bad");

        var staged = assertThrows(ValidationFailedException.class, () -> loader().loadRdf(List.of(file), target));
        var streamed = assertThrows(ValidationFailedException.class,
                () -> new Loader(store, validation, null).loadRdf(List.of(file), target));
        assertEquals(12, staged.violations().size(), staged.getMessage());
        assertEquals(streamed.violations(), staged.violations());
        for (int i = 1; i <= 12; i++) {
            String focus = "https://w3id.org/lsgraph/id/bench/org/bad-" + i;
            assertTrue(staged.violations().stream().anyMatch(v -> v.focus().equals(focus)
                    && v.shape().equals("https://w3id.org/lsgraph/shapes#LabelledShape-swedish")), focus);
        }
        assertEquals(before, TestStores.snapshot(store));
        assertFalse(Files.exists(db.resolve("lsgraph-staging")));
    }

    @Test
    void aBuildLeftByACrashIsIgnoredAndRemovedOnTheNextOpen() throws IOException {
        Path other = dir.resolve("crashed-db");
        Path file = dir.resolve("crash-offerings.nt");
        long valid = SyntheticData.write(file, 500);
        try (GraphStore s = GraphStore.open(other)) {
            new BundleInstaller(s, null).ensureCurrent(BundleSources.fromClasspath());
            new Loader(s, validation, null).loadRdf(List.of(file), GRAPH);
        }
        // A bulk load killed mid-build leaves a half-written database in the staging folder.
        Path staging = Files.createDirectories(other.resolve("lsgraph-staging").resolve("Data-0001"));
        Files.write(staging.resolve("SPO.dat"), new byte[4096]);
        try (GraphStore reopened = GraphStore.open(other)) {
            assertEquals(valid, reopened.size(GRAPH));
            assertFalse(Files.exists(other.resolve("lsgraph-staging")));
        }
    }

    private static Loader loader() {
        return new Loader(store, validation, null, ALWAYS_STAGED);
    }

    private static List<String> generations() throws IOException {
        try (var children = Files.list(db)) {
            return children.map(p -> p.getFileName().toString()).filter(n -> n.startsWith("Data-")).sorted().toList();
        }
    }
}
