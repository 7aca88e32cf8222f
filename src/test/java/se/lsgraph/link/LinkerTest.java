package se.lsgraph.link;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

import se.lsgraph.load.Loader;
import se.lsgraph.store.GraphStore;
import se.lsgraph.support.TestStores;
import se.lsgraph.vocab.Ids;

/** lsgraph link on a registry fixture: exact matches, ambiguities and misses, and nothing merged. */
class LinkerTest {
    private static final String ID = "https://w3id.org/lsgraph/id/";

    @Test
    void linksByIdentifierThenByNameAndReportsAmbiguitiesAndMisses() {
        try (GraphStore store = TestStores.bundled()) {
            new Loader(store, TestStores.validation(), null)
                    .load(List.of(Path.of("src/test/resources/link/registry.ttl")), Ids.graph("test-registry"), null);
            long before = store.graphNames().stream().mapToLong(store::size).sum();
            List<LinkResult> results = Linker.link(store, Ids.graph("test-registry"));
            assertEquals(List.of(
                    new LinkResult("https://ror.org/056d84691", "KI", LinkResult.Status.MATCH,
                            List.of(ID + "org/karolinska-institutet"), "identifier"),
                    new LinkResult(ID + "test-registry/kth", "Royal Institute of Technology", LinkResult.Status.MATCH,
                            List.of(ID + "org/kth"), "identifier"),
                    new LinkResult(ID + "test-registry/slso", "SLSO", LinkResult.Status.MATCH,
                            List.of(ID + "org/stockholms-lans-sjukvardsomrade"), "name"),
                    new LinkResult(ID + "test-registry/sos", "SODERSJUKHUSET AB", LinkResult.Status.MATCH,
                            List.of(ID + "org/sodersjukhuset"), "name"),
                    new LinkResult(ID + "test-registry/conflict", "Karolinska", LinkResult.Status.AMBIGUOUS,
                            List.of(ID + "org/karolinska-institutet", ID + "org/kth"), "identifiers disagree"),
                    new LinkResult(ID + "test-registry/chalmers", "Chalmers tekniska högskola", LinkResult.Status.MISS, List.of(), "")),
                    results);
            assertEquals(before, store.graphNames().stream().mapToLong(store::size).sum(), "nothing was merged");
        }
    }
}
