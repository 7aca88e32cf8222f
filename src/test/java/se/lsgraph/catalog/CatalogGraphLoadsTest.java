package se.lsgraph.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.apache.jena.sparql.core.Quad;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import se.lsgraph.load.InputRejectedException;
import se.lsgraph.load.Loader;
import se.lsgraph.load.MappedLoad;
import se.lsgraph.load.MappingFile;
import se.lsgraph.store.GraphStore;
import se.lsgraph.support.TestStores;

/** The catalogue graph is system-owned: no load (RDF, mapped CSV, a TriG naming it) writes it, and the store stays as it was. */
class CatalogGraphLoadsTest {
    private static final String REFUSAL = "https://w3id.org/lsgraph/graph/catalog: is the catalogue graph, which lsgraph writes "
            + "itself (the catalogue record and VoID of the other graphs), and cannot be written by a load; load into another graph (--graph)";

    private static GraphStore store;
    private static Set<Quad> before;

    @BeforeAll
    static void storeWithItsCatalogueGraph() {
        store = TestStores.bundled();
        CatalogGraph.keepCurrent(store, "https://lsgraph.test.invalid", CatalogSettings.NONE).close();
        before = TestStores.snapshot(store);
    }

    @AfterAll
    static void close() {
        store.close();
    }

    @Test
    void anRdfLoadIntoTheCatalogueGraphIsRefused() {
        Loader loader = new Loader(store, TestStores.validation(), null);
        var e = assertThrows(InputRejectedException.class,
                () -> loader.load(List.of(Path.of("src/test/resources/link/registry.ttl")), CatalogGraph.NAME, null));
        assertEquals(REFUSAL, e.getMessage());
        assertEquals(before, TestStores.snapshot(store));
    }

    @Test
    void aTrigFileNamingTheCatalogueGraphIsRefusedWhole() {
        Loader loader = new Loader(store, TestStores.validation(), null);
        var e = assertThrows(InputRejectedException.class,
                () -> loader.load(List.of(Path.of("src/test/resources/catalog-graph/into-catalog-graph.trig")), null, null));
        assertEquals(REFUSAL, e.getMessage());
        assertEquals(before, TestStores.snapshot(store), "not even the file's other graph was written");
    }

    @Test
    void aMappedLoadIntoTheCatalogueGraphIsRefused() {
        var e = assertThrows(InputRejectedException.class, () -> new MappedLoad(store, TestStores.validation(), null)
                .load(List.of(Path.of("src/test/resources/load/municipalities.csv")), CatalogGraph.NAME,
                        MappingFile.read(Path.of("src/test/resources/load/municipalities.mapping.json"))));
        assertEquals(REFUSAL, e.getMessage());
        assertEquals(before, TestStores.snapshot(store));
    }
}
