package se.lsgraph.server.limits;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import se.lsgraph.support.TestServer;

/**
 * A sort or a group over a cartesian product is stopped by the heap watchdog, long before the
 * timeout, with a 503 that says why; a simple query answers meanwhile. The limit is set low (10 %
 * of this JVM's heap) so that the test needs seconds, not the gigabytes the default lets a query use.
 */
class MemoryGuardTest {
    private static final Duration TIMEOUT = Duration.ofSeconds(120);
    /** Rows of the product a streamed count reads: some seconds of work, next to no memory. */
    private static final long STREAMED_ROWS = 5_000_000;
    private static final String STOPPED = "{\"status\":503,\"error\":\"The query was stopped because the server's memory ran low "
            + "(over 10 % of the heap in use after garbage collection); no results were sent. ORDER BY or GROUP BY over "
            + "this many rows needs a narrower pattern\"}";

    @RegisterExtension
    static final TestServer.Extension WEB = TestServer.extension(b -> b.queryTimeout(TIMEOUT)
            .limits(ServerLimits.defaults(TIMEOUT).withMemoryLimitPercent(10)));

    @Test
    void anOrderByOverACartesianProductIsStoppedWithAMemoryMessage() throws Exception {
        assertStoppedForMemory("SELECT * WHERE { ?a ?b ?c . ?d ?e ?f } ORDER BY ?c ?f");
    }

    /**
     * Right after a stop, young collections still count the old regions the stopped sort filled; a
     * long query that holds nothing (a count streamed over a bounded product) must not be taken for
     * the culprit. Before FullHeapVerdict it was stopped for memory as soon as it had run a second.
     */
    @Test
    void aLongQueryThatHoldsNothingRightAfterAStopIsAnswered() throws Exception {
        assertStoppedForMemory("SELECT * WHERE { ?a ?b ?c . ?d ?e ?f } ORDER BY ?c ?f");
        var r = WEB.http().query("/lsgraph/sparql",
                "SELECT (COUNT(*) AS ?n) WHERE { { SELECT * WHERE { ?a ?b ?c . ?d ?e ?f } LIMIT " + STREAMED_ROWS + " } }", "text/csv");
        assertEquals(200, r.statusCode(), r.body());
        assertEquals("n\r\n" + STREAMED_ROWS + "\r\n", r.body());
    }

    @Test
    void anOrdinarySortIsAnswered() {
        var r = WEB.http().query("/lsgraph/sparql", "SELECT ?n WHERE { VALUES ?n { 3 1 2 } } ORDER BY ?n", "text/csv");
        assertEquals("n\r\n1\r\n2\r\n3\r\n", r.body());
    }

    private static void assertStoppedForMemory(String query) throws Exception {
        long start = System.nanoTime();
        var outcome = Canary.during(WEB.http(), () -> WEB.http().query("/lsgraph/sparql", query, "text/csv"));
        double seconds = (System.nanoTime() - start) / 1e9;
        assertEquals(503, outcome.abusive().statusCode(), outcome.abusive().body());
        assertEquals(STOPPED, outcome.abusive().body());
        assertTrue(seconds < TIMEOUT.toSeconds() / 2.0, "stopped after " + seconds + " s");
        assertEquals(0, outcome.errors(), outcome.firstError());
        assertTrue(outcome.asks() > 0, "the canary never asked");
    }
}
