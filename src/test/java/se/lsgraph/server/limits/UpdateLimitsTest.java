package se.lsgraph.server.limits;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Set;

import org.apache.jena.sparql.core.Quad;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Test;

import se.lsgraph.server.Credentials;
import se.lsgraph.support.TestServer;
import se.lsgraph.support.TestStores;

/** Updates run under the timeout and leave the graph unchanged when stopped; password guessing is throttled. */
class UpdateLimitsTest {
    private static final String USER = "editor";
    private static final String PASSWORD = "pw-for-test";

    private static TestServer start() {
        return TestServer.start(b -> b.queryTimeout(Duration.ofSeconds(3)).allowUpdate(new Credentials(USER, PASSWORD)));
    }

    // Off until the defect it exposed is fixed (issue 15): in one of two clean CI runs, the next test's
    // fresh in-memory store then failed its first write with TDB2's "newPosition < 0" B+tree error
    // (log: "Aborted write on an in-memory database: not reconnecting").
    @Disabled("an update cancelled by the timeout was followed by a TDB2 B+tree failure in the next store; see issue 15")
    @Test
    void anUpdateOverTheTimeoutIsStoppedAndChangesNothing() throws Exception {
        try (TestServer web = start()) {
            Set<Quad> before = TestStores.snapshot(web.store);
            String update = "INSERT { GRAPH <https://w3id.org/lsgraph/graph/scratch> { ?a <urn:lsgraph:test:p> ?i } } "
                    + "WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }";
            long start = System.nanoTime();
            var outcome = Canary.during(web.http, () -> web.http.post("/lsgraph/update", "application/sparql-update", update, USER, PASSWORD));
            double seconds = (System.nanoTime() - start) / 1e9;
            assertTrue(outcome.abusive().statusCode() >= 500, outcome.abusive().statusCode() + " " + outcome.abusive().body());
            assertTrue(seconds < 12, "stopped after " + seconds + " s");
            assertEquals(0, outcome.errors(), outcome.firstError());
            assertTrue(outcome.worstLatency().toMillis() < 1000, "canary waited " + outcome.worstLatency());
            assertEquals(before, TestStores.snapshot(web.store));
        }
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
