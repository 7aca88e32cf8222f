package se.lsgraph.server.limits;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;

import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.Quad;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.lsgraph.server.Credentials;
import se.lsgraph.store.GraphStore;
import se.lsgraph.support.TestServer;
import se.lsgraph.support.TestStores;
import se.lsgraph.vocab.Ids;

/** Updates run under the timeout and leave the graph unchanged when stopped; password guessing is throttled. */
class UpdateLimitsTest {
    private static final String USER = "editor";
    private static final String PASSWORD = "pw-for-test";

    private static TestServer start() {
        return TestServer.start(b -> b.queryTimeout(Duration.ofSeconds(3)).allowUpdate(new Credentials(USER, PASSWORD)));
    }

    /**
     * On a store on disk, as in production: an in-memory TDB2 store cannot be reconnected after an
     * aborted write (its data would be lost, so RecoveringDatasetGraph leaves it as the abort left
     * it), which is not the recovery this test is about; Jena's in-memory block storage is a
     * simulation of a disk for tests.
     */
    @Test
    void anUpdateOverTheTimeoutIsStoppedChangesNothingAndTheStoreRecovers(@TempDir Path dir) throws Exception {
        try (TestServer web = TestServer.startOn(GraphStore.open(dir),
                b -> b.queryTimeout(Duration.ofSeconds(3)).allowUpdate(new Credentials(USER, PASSWORD)))) {
            Set<Quad> before = TestStores.snapshot(web.store);
            String update = "INSERT { GRAPH <https://w3id.org/lsgraph/graph/scratch> { ?a <urn:lsgraph:test:p> ?i } } "
                    + "WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }";
            long start = System.nanoTime();
            var outcome = Canary.during(web.http, () -> web.http.post("/lsgraph/update", "application/sparql-update", update, USER, PASSWORD));
            double seconds = (System.nanoTime() - start) / 1e9;
            assertEquals(503, outcome.abusive().statusCode(), outcome.abusive().body());
            assertEquals("{\"status\":503,\"error\":\"The update ran past the timeout of 3 s and was cancelled; nothing was changed\"}",
                    outcome.abusive().body());
            assertTrue(seconds < 3 + 5, "stopped after " + seconds + " s");
            assertEquals(0, outcome.errors(), outcome.firstError());
            // Not held behind the update (which runs 3 s): how fast the canary is belongs in the abuse benchmark.
            assertTrue(outcome.worstLatency().toMillis() < 3000, "canary waited " + outcome.worstLatency());
            assertEquals(before, TestStores.snapshot(web.store));

            var next = web.http.post("/lsgraph/update", "application/sparql-update",
                    "INSERT DATA { GRAPH <https://w3id.org/lsgraph/graph/scratch> { <urn:lsgraph:test:s> <urn:lsgraph:test:p> 1 } }",
                    USER, PASSWORD);
            assertEquals(204, next.statusCode(), next.body());
            assertEquals(1, web.store.reconnectsAfterAbort(), "the cancelled update was followed by one reconnect");
            assertEquals(1, web.store.size(Ids.graph("scratch")));
        }
    }

    @Test
    void loadReadsOnlyIrisUnderAnAllowedPrefix(@TempDir Path dir) {
        Path allowedFolder = Path.of("src/test/resources/link").toAbsolutePath();
        String prefix = allowedFolder.toUri().toString();
        // On disk: the refused LOAD aborts its write transaction, and the next write must follow a reconnect.
        try (TestServer web = TestServer.startOn(GraphStore.open(dir),
                b -> b.allowUpdate(new Credentials(USER, PASSWORD)).allowLoad(List.of(prefix)))) {
            Set<Quad> before = TestStores.snapshot(web.store);
            var refused = web.http.post("/lsgraph/update", "application/sparql-update",
                    "LOAD <file:///etc/hostname> INTO GRAPH <https://w3id.org/lsgraph/graph/scratch>", USER, PASSWORD);
            assertEquals(400, refused.statusCode(), refused.body());
            assertTrue(refused.body().contains("LOAD <file:///etc/hostname> is refused: its IRI is not under an allowed prefix ["
                    + prefix + "]"), refused.body());
            assertEquals(before, TestStores.snapshot(web.store));
            assertEquals(0, web.store.reconnectsAfterAbort(), "refused before the write transaction began: nothing to abort");

            String registry = allowedFolder.resolve("registry.ttl").toUri().toString();
            var loaded = web.http.post("/lsgraph/update", "application/sparql-update",
                    "LOAD <" + registry + "> INTO GRAPH <https://w3id.org/lsgraph/graph/scratch>", USER, PASSWORD);
            assertEquals(204, loaded.statusCode(), loaded.body());
            assertEquals(RDFDataMgr.loadGraph(registry).size(), web.store.size(Ids.graph("scratch")));
        }
    }

    /** A refused LOAD opens no write transaction, so the next write does not wait for a long read to reconnect. */
    @Test
    void aWriteAfterARefusedLoadDoesNotWaitForALongRead(@TempDir Path dir) throws Exception {
        try (TestServer web = TestServer.startOn(GraphStore.open(dir),
                b -> b.queryTimeout(Duration.ofSeconds(3)).allowUpdate(new Credentials(USER, PASSWORD)))) {
            var longRead = java.util.concurrent.CompletableFuture.supplyAsync(
                    () -> web.http.query("/lsgraph/sparql", "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f }", "text/csv"));
            var refused = web.http.post("/lsgraph/update", "application/sparql-update",
                    "LOAD <file:///etc/hostname> INTO GRAPH <https://w3id.org/lsgraph/graph/scratch>", USER, PASSWORD);
            long start = System.nanoTime();
            var write = web.http.post("/lsgraph/update", "application/sparql-update",
                    "INSERT DATA { GRAPH <https://w3id.org/lsgraph/graph/scratch> { <urn:lsgraph:test:s> <urn:lsgraph:test:p> 1 } }",
                    USER, PASSWORD);
            double seconds = (System.nanoTime() - start) / 1e9;
            boolean readStillRunning = !longRead.isDone();
            assertEquals(400, refused.statusCode(), refused.body());
            assertEquals("LOAD <file:///etc/hostname> is refused: this endpoint allows no LOAD (serve --allow-load PREFIX)\n", refused.body());
            assertEquals(204, write.statusCode(), write.body());
            assertTrue(readStillRunning, "the long read was still running when the write was answered (" + seconds + " s)");
            assertEquals(503, longRead.get().statusCode(), longRead.get().body());
            assertEquals(0, web.store.reconnectsAfterAbort());
            assertEquals(1, web.store.size(Ids.graph("scratch")));
        }
    }

    @Test
    void anUpdateThatDoesNotParseInTimeOrAtAllIsRefusedBeforeWriting() {
        try (TestServer web = start()) {
            Set<Quad> before = TestStores.snapshot(web.store);
            String huge = "# " + "x".repeat(10_000_000) + "\nINSERT DATA { GRAPH <https://w3id.org/lsgraph/graph/scratch> { "
                    + "<urn:lsgraph:test:s> <urn:lsgraph:test:p> 1 } }";
            long start = System.nanoTime();
            var tooLong = web.http.post("/lsgraph/update", "application/sparql-update", huge, USER, PASSWORD);
            double seconds = (System.nanoTime() - start) / 1e9;
            assertEquals(400, tooLong.statusCode(), tooLong.body());
            assertEquals("The update text took longer than the timeout of 3 s to parse; nothing was changed\n", tooLong.body());
            assertTrue(seconds < 3 + 5, "refused after " + seconds + " s");
            assertEquals(before, TestStores.snapshot(web.store));

            var refused = web.http.post("/lsgraph/update", "application/sparql-update", "INSERT DATA { <urn:a> <urn:b> }", USER, PASSWORD);
            assertEquals(400, refused.statusCode(), refused.body());
            assertEquals(before, TestStores.snapshot(web.store));
            assertTrue(refused.body().startsWith("Encountered \" \"}\" \"} \"\" at line 1, column 31.\nWas expecting one of:"), refused.body());
            var form = web.http.postForm("/lsgraph/update", "update",
                    "INSERT DATA { GRAPH <https://w3id.org/lsgraph/graph/scratch> { <urn:lsgraph:test:s> <urn:lsgraph:test:p> 1 } }",
                    "*/*", USER, PASSWORD);
            assertTrue(form.statusCode() == 200 || form.statusCode() == 204, form.statusCode() + " " + form.body());
            assertEquals(1, web.store.size(Ids.graph("scratch")));
        }
    }

    @Test
    void withoutAnAllowListEveryLoadIsRefused() {
        assertEquals("LOAD <https://example.org/data.ttl> is refused: this endpoint allows no LOAD (serve --allow-load PREFIX)",
                LoadAllowList.refusal("https://example.org/data.ttl", List.of()));
        assertEquals(null, LoadAllowList.refusal("https://example.org/data.ttl", List.of("https://example.org/")));
    }

    @Test
    void afterFiveWrongPasswordsTheClientMustWait() {
        try (TestServer web = start()) {
            Set<Quad> before = TestStores.snapshot(web.store);
            String update = "INSERT DATA { GRAPH <https://w3id.org/lsgraph/graph/scratch> { <urn:lsgraph:test:s> <urn:lsgraph:test:p> 1 } }";
            for (int i = 0; i < AuthenticationThrottle.ALLOWED_FAILURES; i++)
                assertEquals(401, web.http.post("/lsgraph/update", "application/sparql-update", update, USER, "wrong" + i).statusCode());
            var refused = web.http.post("/lsgraph/update", "application/sparql-update", update, USER, PASSWORD);
            assertEquals(429, refused.statusCode(), refused.body());
            assertEquals("60", refused.headers().firstValue("Retry-After").orElse(""));
            assertEquals("{\"status\":429,\"error\":\"Too many failed logins from this address; try again in 60 s\"}", refused.body());
            assertEquals(before, TestStores.snapshot(web.store));
            assertEquals(200, web.http.query("/lsgraph/sparql", "ASK { ?s ?p ?o }", "text/csv").statusCode(),
                    "anonymous reads are not throttled");
        }
    }
}
