package se.lsgraph.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.jena.sparql.core.Quad;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.lsgraph.catalog.CatalogGraph;
import se.lsgraph.load.BundleInstaller;
import se.lsgraph.load.BundleSources;
import se.lsgraph.store.GraphStore;
import se.lsgraph.support.Http;
import se.lsgraph.support.TestStores;

/**
 * A SPARQL update that fails half-way over HTTP is aborted, the database reconnects before the
 * next write, and a following update that reads before it writes leaves the data whole.
 */
class FailedUpdateTest {
    @TempDir
    Path dir;

    @Test
    void aFailedUpdateChangesNothingAndTheNextUpdateWorks() {
        try (GraphStore store = GraphStore.open(dir)) {
            new BundleInstaller(store, null).ensureCurrent(BundleSources.fromClasspath());
            try (LsgraphServer server = LsgraphServer.builder(store).port(0)
                    .allowUpdate(new Credentials("editor", "pw-for-test"))
                    // Allowed, so that the LOAD fails inside the transaction, after the INSERT: a refused one is answered before it opens.
                    .allowLoad(java.util.List.of("file:///nonexistent/")).build().start()) {
                // Taken once the server has started, which writes the catalogue graph.
                Set<Quad> before = TestStores.snapshot(store);
                Http http = new Http(server.port());
                String failing = "INSERT DATA { GRAPH <https://w3id.org/lsgraph/graph/scratch> { "
                        + "<https://w3id.org/lsgraph/id/test/new-node> <https://w3id.org/lsgraph/id/test/p> \"a brand new literal\" } } ; "
                        + "LOAD <file:///nonexistent/lsgraph-test-file.ttl>";
                int status = http.post("/lsgraph/update", "application/sparql-update", failing, "editor", "pw-for-test").statusCode();
                assertTrue(status >= 400, "the failing update is reported as failed, got " + status);
                assertEquals(before, TestStores.snapshot(store), "nothing of the failed update is kept");

                String readingWrite = "INSERT { GRAPH <https://w3id.org/lsgraph/graph/scratch> { "
                        + "<https://w3id.org/lsgraph/id/test/count> <https://w3id.org/lsgraph/id/test/n> ?n } } "
                        + "WHERE { SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } }";
                int ok = http.post("/lsgraph/update", "application/sparql-update", readingWrite, "editor", "pw-for-test").statusCode();
                assertTrue(ok == 200 || ok == 204, "got " + ok);
                assertEquals(1, store.reconnectsAfterAbort());
                // The catalogue graph is rewritten with every write (its counts now include the new triple).
                Set<Quad> after = withoutCatalogGraph(TestStores.snapshot(store));
                Set<Quad> data = withoutCatalogGraph(before);
                assertEquals(data.size() + 1, after.size());
                assertTrue(after.containsAll(data));
            }
        }
    }

    private static Set<Quad> withoutCatalogGraph(Set<Quad> quads) {
        return quads.stream().filter(q -> !q.getGraph().equals(CatalogGraph.NAME)).collect(Collectors.toSet());
    }
}
