package se.lsgraph.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.VOID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.lsgraph.load.Loader;
import se.lsgraph.store.GraphStore;
import se.lsgraph.support.TestStores;
import se.lsgraph.vocab.Ids;

/**
 * A restart on a store no one wrote to since the catalogue record was last written takes the VoID
 * counts from that record instead of counting every quad; any write the record did not follow (a
 * load from the command line, a generation switched in by a bulk load) makes the next start count
 * again. Either way the record's counts are exactly those of the store, on the real bundled graph.
 */
class CountsCheckpointTest {
    private static final String URL = "https://lsgraph.test.invalid";
    private static final Path TEST_BED = Path.of("src/test/resources/search/new-test-bed.ttl");
    private static final Node TEST_BED_GRAPH = Ids.graph("counts-checkpoint-test-bed");
    /** The file's 4 triples and the 9 of its load's record in the provenance graph. */
    private static final long LOADED = 4 + 9;

    @TempDir
    Path db;
    private long bundledQuads;

    /** The bundled graph in a database on disk, its record written once as a first serve writes it. */
    @BeforeEach
    void bundledDatabaseWithItsRecord() {
        List<Quad> bundle;
        try (GraphStore memory = TestStores.bundled()) {
            bundle = memory.read(dsg -> org.apache.jena.atlas.iterator.Iter.toList(dsg.find()));
        }
        try (GraphStore store = GraphStore.open(db)) {
            store.write(dsg -> bundle.forEach(dsg::add));
            bundledQuads = describedQuads(store);
            try (CatalogGraph first = CatalogGraph.keepCurrent(store, URL, CatalogSettings.NONE)) {
                assertFalse(first.countsFromStoredRecord(), "no record yet: counted");
            }
        }
    }

    @Test
    void aRestartOnAnUntouchedStoreTakesTheStoredCountsWhichAreTheStoresOwn() {
        try (GraphStore store = GraphStore.open(db); CatalogGraph catalog = CatalogGraph.keepCurrent(store, URL, CatalogSettings.NONE)) {
            assertTrue(catalog.countsFromStoredRecord());
            assertEquals(bundledQuads, recordedTriples(store));
            assertEquals(store.read(VoidCounts::count), store.read(dsg -> CurrentVoidCounts.of(store, dsg)), "as counted from scratch");
        }
    }

    @Test
    void aLoadWhileTheRecordIsKeptCurrentIsInTheCountsTheNextStartTakes() {
        try (GraphStore store = GraphStore.open(db); CatalogGraph catalog = CatalogGraph.keepCurrent(store, URL, CatalogSettings.NONE)) {
            new Loader(store, TestStores.validation(), null).load(List.of(TEST_BED), TEST_BED_GRAPH, null);
            assertEquals(bundledQuads + LOADED, recordedTriples(store));
            assertEquals(bundledQuads + LOADED, describedQuads(store));
        }
        try (GraphStore store = GraphStore.open(db); CatalogGraph catalog = CatalogGraph.keepCurrent(store, URL, CatalogSettings.NONE)) {
            assertTrue(catalog.countsFromStoredRecord(), "every write since the last start rewrote the record");
            assertEquals(bundledQuads + LOADED, recordedTriples(store));
            assertEquals(4L, store.read(dsg -> CurrentVoidCounts.of(store, dsg)).graphTriples().get(TEST_BED_GRAPH));
            assertEquals(store.read(VoidCounts::count), store.read(dsg -> CurrentVoidCounts.of(store, dsg)));
        }
    }

    @Test
    void aLoadFromTheCommandLineMakesTheNextStartCountAgain() {
        try (GraphStore store = GraphStore.open(db)) {
            new Loader(store, TestStores.validation(), null).load(List.of(TEST_BED), TEST_BED_GRAPH, null);
            assertEquals(bundledQuads, recordedTriples(store), "no catalogue was open: the stored record is as it was");
        }
        try (GraphStore store = GraphStore.open(db); CatalogGraph catalog = CatalogGraph.keepCurrent(store, URL, CatalogSettings.NONE)) {
            assertFalse(catalog.countsFromStoredRecord(), "the store moved past the recorded state");
            assertEquals(bundledQuads + LOADED, recordedTriples(store));
            assertEquals(bundledQuads + LOADED, describedQuads(store));
        }
        try (GraphStore store = GraphStore.open(db); CatalogGraph catalog = CatalogGraph.keepCurrent(store, URL, CatalogSettings.NONE)) {
            assertTrue(catalog.countsFromStoredRecord(), "the start after that found the record it wrote");
            assertEquals(bundledQuads + LOADED, recordedTriples(store));
        }
    }

    @Test
    void aGenerationSwitchedInWhileTheRecordIsKeptCurrentMakesTheNextStartCountAgain() {
        Node added = Ids.resource("test/counts-checkpoint-staged");
        try (GraphStore store = GraphStore.open(db); CatalogGraph catalog = CatalogGraph.keepCurrent(store, URL, CatalogSettings.NONE)) {
            // As a bulk load does: the store's quads (the stored record too) and one more, built beside it and switched in.
            List<Quad> quads = store.read(dsg -> org.apache.jena.atlas.iterator.Iter.toList(dsg.find()));
            Path staging = store.newStagingFolder();
            DatasetGraph next = DatabaseMgr.connectDatasetGraph(staging.toString());
            Txn.executeWrite(next, () -> {
                quads.forEach(next::add);
                next.add(TEST_BED_GRAPH, added, RDF.type.asNode(), NodeFactory.createURI("https://w3id.org/lsgraph/ontology#TestBed"));
            });
            TDBInternal.expel(next);
            store.installGeneration(staging);
            assertEquals(bundledQuads, recordedTriples(store), "the switch did not rewrite the record");
        }
        try (GraphStore store = GraphStore.open(db); CatalogGraph catalog = CatalogGraph.keepCurrent(store, URL, CatalogSettings.NONE)) {
            assertFalse(catalog.countsFromStoredRecord());
            assertEquals(bundledQuads + 1, recordedTriples(store));
        }
    }

    @Test
    void anUnreadableCheckpointIsCountedOver() throws IOException {
        Files.writeString(db.resolve(CountsCheckpoint.FILE), "write-state=\\u00zz\n");
        try (GraphStore store = GraphStore.open(db); CatalogGraph catalog = CatalogGraph.keepCurrent(store, URL, CatalogSettings.NONE)) {
            assertFalse(catalog.countsFromStoredRecord());
            assertEquals(bundledQuads, recordedTriples(store));
        }
    }

    @Test
    void aStoreInMemoryIsAlwaysCounted() {
        try (GraphStore store = TestStores.bundled()) {
            CatalogGraph.keepCurrent(store, URL, CatalogSettings.NONE).close();
            try (CatalogGraph again = CatalogGraph.keepCurrent(store, URL, CatalogSettings.NONE)) {
                assertFalse(again.countsFromStoredRecord());
                assertEquals(describedQuads(store), recordedTriples(store));
            }
        }
    }

    /** The void:triples of the dataset in the stored catalogue record. */
    private static long recordedTriples(GraphStore store) {
        return store.read(dsg -> ((Number) dsg.find(CatalogGraph.NAME, CatalogRecord.DATASET, VOID.triples.asNode(), Node.ANY)
                .next().getObject().getLiteralValue()).longValue());
    }

    /** The quads in every named graph but the catalogue graph, counted one by one. */
    private static long describedQuads(GraphStore store) {
        return store.read(dsg -> {
            long n = 0;
            for (var it = dsg.find(); it.hasNext(); ) {
                Quad q = it.next();
                if (!q.isDefaultGraph() && !q.getGraph().equals(CatalogGraph.NAME))
                    n++;
            }
            return n;
        });
    }
}
