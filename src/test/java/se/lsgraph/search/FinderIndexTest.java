package se.lsgraph.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.exec.UpdateExec;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.lsgraph.load.BundleInstaller;
import se.lsgraph.load.BundleSources;
import se.lsgraph.store.GraphStore;
import se.lsgraph.vocab.Ids;
import se.lsgraph.vocab.LSG;

/**
 * The finder's index persists in the database folder: a restart uses it without reading the store,
 * a write makes the next build rewrite only the hits it changed, and a build over its budget fails
 * with a clear message instead of serving a half-built index.
 */
class FinderIndexTest {
    private static final Node NEW_OFFERING = Ids.resource("offering/finder-index-test-sekvenseringslabb");
    private static final Node TEST_GRAPH = Ids.graph("finder-index-test");
    private static final String KTA = Ids.RESOURCE + "offering/karolinska-trial-alliance";
    private static final Path RENAME = Path.of("src/test/resources/search/rename-offering.rq");


    @Test
    void survivesARestartAndReflectsAWrite(@TempDir Path db) throws Exception {
        List<String> firstPhases = new ArrayList<>();
        String firstTop;
        try (GraphStore store = GraphStore.open(db)) {
            new BundleInstaller(store, null).ensureCurrent(BundleSources.fromClasspath());
            Finder first = build(store, db, firstPhases);
            firstTop = top(first, "tvillingregister");
            first.release();
        }
        assertEquals(List.of("checking", "reading entry points", "reading what the region said", "indexing", "ready"),
                firstPhases.stream().distinct().toList());
        assertEquals(Ids.RESOURCE + "offering/svenska-tvillingregistret", firstTop);

        List<String> restartPhases = new ArrayList<>();
        long[] written = new long[1];
        try (GraphStore store = GraphStore.open(db)) {
            Finder finder = FinderBuilder.build(store, FinderIndex.of(db), BuildBudget.of(Duration.ofMinutes(1)), p -> {
                restartPhases.add(p.phase());
                written[0] = p.done();
            });
            assertEquals(firstTop, top(finder, "tvillingregister"), "the persisted index answers as before");
            finder.release();
            assertEquals(List.of("checking", "ready"), restartPhases, "a current persisted index is used without reading the store");
            assertEquals(0, written[0]);

            store.write(dsg -> {
                dsg.add(TEST_GRAPH, NEW_OFFERING, RDF.type.asNode(), NodeFactory.createURI(LSG.NS + "TestBed"));
                dsg.add(TEST_GRAPH, NEW_OFFERING, SKOS.prefLabel.asNode(), NodeFactory.createLiteralLang("Sekvenseringslabbet i provet", "sv"));
            });
            List<Long> writtenAfterWrite = new ArrayList<>();
            Finder updated = FinderBuilder.build(store, FinderIndex.of(db), BuildBudget.of(Duration.ofMinutes(1)), p -> {
                if (p.phase().equals("ready"))
                    writtenAfterWrite.add(p.done());
            });
            assertEquals(NEW_OFFERING.getURI(), top(updated, "sekvenseringslabb"), "found by a part of its compound name");
            assertEquals(List.of(1L), writtenAfterWrite, "only the new hit is written");
            updated.release();

            // A SPARQL update that renames one offering: the store tells which subjects the commit
            // changed, so only that hit is re-read (no other hit is built from the offering's name).
            try (FinderIndex index = FinderIndex.of(db); PendingChanges changes = PendingChanges.collect(store)) {
                String rename = Files.readString(RENAME);
                store.write(dsg -> UpdateExec.dataset(dsg).update(rename).execute());
                FinderBuilder.IndexUpdate renamed = FinderBuilder.update(store, index, budget(), changes.take(), p -> {});
                assertEquals(false, renamed.wholeStore());
                assertEquals(Set.of(KTA), renamed.reread());
                assertEquals(1, renamed.written());
            }
        }
        List<String> afterRename = new ArrayList<>();
        try (GraphStore store = GraphStore.open(db)) {
            Finder finder = FinderBuilder.build(store, FinderIndex.of(db), budget(), p -> afterRename.add(p.phase()));
            assertEquals(List.of("checking", "ready"), afterRename, "the updated index is current after a restart");
            SearchAnswer answer = finder.find(SearchRequest.of("prövningsalliansen"));
            assertEquals(KTA, answer.results().get(0).iri());
            assertEquals("Prövningsalliansen Karolinska", answer.results().get(0).label().sv());
            finder.release();
        }
    }

    /**
     * A rename made while no server runs (a command-line update: the same write path, with no one
     * collecting changes) leaves every graph size and the provenance as they were; the store's
     * write state still tells the next start that the persisted index is stale.
     */
    @Test
    void aRenameWhileNoServerRanIsFoundAfterRestart(@TempDir Path db) throws Exception {
        try (GraphStore store = GraphStore.open(db)) {
            new BundleInstaller(store, null).ensureCurrent(BundleSources.fromClasspath());
            build(store, db, new ArrayList<>()).release();
        }
        try (GraphStore store = GraphStore.open(db)) {
            String rename = Files.readString(RENAME);
            store.write(dsg -> UpdateExec.dataset(dsg).update(rename).execute());
        }
        List<String> phases = new ArrayList<>();
        try (GraphStore store = GraphStore.open(db)) {
            Finder finder = build(store, db, phases);
            assertTrue(phases.contains("indexing"), "the stale index is rebuilt: " + phases);
            SearchAnswer answer = finder.find(SearchRequest.of("prövningsalliansen"));
            assertEquals(KTA, answer.results().get(0).iri());
            assertEquals("Prövningsalliansen Karolinska", answer.results().get(0).label().sv());
            finder.release();
        }
    }

    /** Renaming the twin whose name a place filter shows re-reads the hits in that place and shows the new name. */
    @Test
    void aTwinPlacesRenameRereadsTheHitsThatShowIt(@TempDir Path db) throws Exception {
        String stockholmsLan = Ids.RESOURCE + "place/stockholms-lan";
        try (GraphStore store = GraphStore.open(db); FinderIndex index = FinderIndex.of(db)) {
            new BundleInstaller(store, null).ensureCurrent(BundleSources.fromClasspath());
            FinderBuilder.update(store, index, budget(), null, p -> {});
            assertEquals("Stockholms län", index.facetLabels().get("place").get(stockholmsLan).sv());
            try (PendingChanges changes = PendingChanges.collect(store)) {
                String rename = Files.readString(Path.of("src/test/resources/search/rename-county.rq"));
                store.write(dsg -> UpdateExec.dataset(dsg).update(rename).execute());
                FinderBuilder.IndexUpdate renamed = FinderBuilder.update(store, index, budget(), changes.take(), p -> {});
                assertEquals(false, renamed.wholeStore());
                assertTrue(renamed.reread().contains(KTA), "KTA lies in Stockholms län");
            }
            assertEquals("Stockholms län (omdöpt i provet)", index.facetLabels().get("place").get(stockholmsLan).sv());
        }
    }

    private static BuildBudget budget() {
        return BuildBudget.of(Duration.ofMinutes(1));
    }

    @Test
    void aBuildOverItsBudgetFailsClearly() {
        try (GraphStore store = GraphStore.inMemory()) {
            new BundleInstaller(store, null).ensureCurrent(BundleSources.fromClasspath());
            BuildBudget.BuildBudgetExceededException e = assertThrows(BuildBudget.BuildBudgetExceededException.class,
                    () -> FinderBuilder.build(store, FinderIndex.inMemory(), BuildBudget.of(Duration.ZERO), p -> {}));
            assertTrue(e.getMessage().contains("longer than its budget"), e.getMessage());
        }
    }

    private static Finder build(GraphStore store, Path db, List<String> phases) {
        return FinderBuilder.build(store, FinderIndex.of(db), BuildBudget.of(Duration.ofMinutes(1)), p -> phases.add(p.phase()));
    }

    private static String top(Finder finder, String need) {
        return finder.find(SearchRequest.of(need)).results().get(0).iri();
    }
}
