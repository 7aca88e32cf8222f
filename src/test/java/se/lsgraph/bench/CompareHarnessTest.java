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
        rdf4j = CompareRdf4j.memory(all, queries).timeout(5);
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

    /**
     * Queries RDF4J 5.2 cannot answer here: it gives up at its time limit on the first three (its plans
     * for them, not the data, are the problem: the same queries take milliseconds on TDB2) and rejects the
     * last, whose parameter Jena's substitution turns into {@code (CONST AS ?area)} in both SELECT and
     * GROUP BY (RDF4J reads that as the alias used twice). They may fail on RDF4J, but never with other rows.
     */
    private static final java.util.Set<String> RDF4J_CANNOT = java.util.Set.of("organisation-documents",
            "disagreement-target-years", "quantities-by-area", "measures-by-area");

    @TestFactory
    Stream<DynamicTest> everyQueryGivesAsManyRowsOnTdb2AsOnRdf4jMemory() {
        return CompareCatalogue.texts().keySet().stream().map(name -> DynamicTest.dynamicTest(name, () -> {
            long onTdb2 = tdb2.rows(name);
            long onRdf4j;
            try {
                onRdf4j = rdf4j.rows(name);
            } catch (RuntimeException e) {
                if (!RDF4J_CANNOT.contains(name))
                    throw e;
                return;
            }
            assertEquals(onTdb2, onRdf4j, name + ": rows on TDB2 (left) and RDF4J memory (right)");
        }));
    }
}
