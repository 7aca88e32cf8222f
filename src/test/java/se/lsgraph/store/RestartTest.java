package se.lsgraph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Set;
import java.util.stream.Stream;

import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.Quad;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.lsgraph.load.BundleInstaller;
import se.lsgraph.load.BundleSources;
import se.lsgraph.support.TestStores;
import se.lsgraph.vocab.Ids;

/**
 * The database survives a restart unchanged, and a changed data file is picked up on the next start,
 * rewriting only its own graph.
 */
class RestartTest {
    @TempDir
    Path work;

    @Test
    void theDatabaseSurvivesARestartAndPicksUpAChangedDataFile() throws IOException {
        Path repo = work.resolve("repo");
        copyTree(Path.of("ontology"), repo.resolve("ontology"));
        copyTree(Path.of("data"), repo.resolve("data"));
        Path db = work.resolve("db");

        Set<Quad> first;
        try (GraphStore store = GraphStore.open(db)) {
            assertTrue(new BundleInstaller(store, null).ensureCurrent(BundleSources.fromDirectory(repo)));
            first = TestStores.snapshot(store);
        }
        try (GraphStore store = GraphStore.open(db)) {
            assertFalse(new BundleInstaller(store, null).ensureCurrent(BundleSources.fromDirectory(repo)),
                    "unchanged sources are not rebuilt");
            assertEquals(first, TestStores.snapshot(store));
        }

        String doc1Loaded = loadedAt(db, "doc-001");
        String doc4Loaded = loadedAt(db, "doc-004");
        Path file = repo.resolve("data/doc-004/strategy-aspects.ttl");
        String changed = Files.readString(file).replace("\"Beredskap\"@sv", "\"Krisberedskap\"@sv");
        Files.writeString(file, changed);
        try (GraphStore store = GraphStore.open(db)) {
            assertTrue(new BundleInstaller(store, null).ensureCurrent(BundleSources.fromDirectory(repo)));
            var label = NodeFactory.createLiteralLang("Krisberedskap", "sv");
            var old = NodeFactory.createLiteralLang("Beredskap", "sv");
            assertTrue((boolean) store.read(dsg -> dsg.contains(Ids.graph("doc-004"), Ids.resource("element/ls2026-C-2"),
                    org.apache.jena.vocabulary.SKOS.prefLabel.asNode(), label)));
            assertFalse((boolean) store.read(dsg -> dsg.contains(Ids.graph("doc-004"), Ids.resource("element/ls2026-C-2"),
                    org.apache.jena.vocabulary.SKOS.prefLabel.asNode(), old)));
        }
        assertEquals(doc1Loaded, loadedAt(db, "doc-001"), "a graph whose files did not change is not rewritten");
        assertFalse(doc4Loaded.equals(loadedAt(db, "doc-004")), "the changed graph is rewritten");
    }

    /** When the graph's load record says it was written. */
    private static String loadedAt(Path db, String source) {
        try (GraphStore store = GraphStore.open(db)) {
            return store.read(dsg -> dsg.find(Ids.PROVENANCE_GRAPH, Ids.resource("load/" + source),
                    se.lsgraph.vocab.PROV.endedAtTime.asNode(), org.apache.jena.graph.Node.ANY).next().getObject().getLiteralLexicalForm());
        }
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path p : (Iterable<Path>) walk::iterator) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p))
                    Files.createDirectories(target);
                else
                    Files.copy(p, target, StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }
}
