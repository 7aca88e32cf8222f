package se.lsgraph.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import se.lsgraph.support.BundledStore;

/**
 * The harness of {@code lsgraph bench compare} on a small generated set (the bundled graph and one
 * renamed copy): every catalogue query gives as many rows on plain TDB2 as on RDF4J's memory store.
 */
class CompareHarnessTest {
    @RegisterExtension
    static final BundledStore STORE = new BundledStore();
    @TempDir
    static Path work;
    private static CompareData.Written written;
    private static CompareTdb2 tdb2;
    private static CompareRdf4j rdf4j;

    @BeforeAll
    static void loadBothStores() throws Exception {
        Path all = work.resolve("all.nq");
        CompareData data = CompareData.of(STORE.get());
        written = data.write(all, work.resolve("copies.nq"), data.bundledQuads() + 1);
        Map<String, String> queries = CompareCatalogue.texts();
        tdb2 = CompareTdb2.inMemory(all, queries);
        rdf4j = CompareRdf4j.memory(all, queries);
    }

    @AfterAll
    static void close() {
        tdb2.close();
        rdf4j.close();
    }

    @Test
    void oneCopyOfEverySourceButTheOntologyAndTheCatalogue() {
        assertEquals(1, written.copies());
        long copied = STORE.get().read(dsg -> dsg.stream()
                .filter(q -> !q.getGraph().equals(se.lsgraph.vocab.Ids.ONTOLOGY_GRAPH)
                        && !q.getGraph().equals(se.lsgraph.catalog.CatalogGraph.NAME)).count());
        assertEquals(written.bundled() + copied, written.quads());
        assertEquals(written.quads(), tdb2.size());
        assertEquals(written.quads(), rdf4j.size());
    }

    @TestFactory
    Stream<DynamicTest> everyQueryGivesAsManyRowsOnTdb2AsOnRdf4jMemory() {
        return CompareCatalogue.texts().keySet().stream().map(name -> DynamicTest.dynamicTest(name,
                () -> assertEquals(tdb2.rows(name), rdf4j.rows(name), name + ": rows on TDB2 (left) and RDF4J memory (right)")));
    }
}
