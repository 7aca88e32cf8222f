package se.lsgraph.server.limits;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import se.lsgraph.support.TestServer;

/** A query cut by the timeout never looks like a whole answer: a 503 while it is small, an aborted body after. */
class CancelledResultsTest {
    @RegisterExtension
    static final TestServer.Extension WEB = TestServer.extension(b -> b.queryTimeout(Duration.ofSeconds(3)));

    /**
     * One row at once, then nothing, slowly: the answer has begun when the timeout cancels it (a
     * query cancelled before its first row gets Fuseki's own 503).
     */
    private static final String SLOW_AFTER_ONE_ROW = "SELECT ?a WHERE { { BIND(1 AS ?a) } UNION "
            + "{ ?a ?b ?c . ?d ?e ?f FILTER(CONCAT(STR(?c), STR(?f)) = \"none\") } }";

    @Test
    void aQueryCancelledBeforeItsFirstMegabyteGetsA503InEveryFormat() throws Exception {
        String expected = "{\"status\":503,\"error\":\"The query ran past the timeout of 3 s and was cancelled; no results were sent\"}";
        var outcome = Canary.during(WEB.http(), () -> WEB.http().query("/lsgraph/sparql", SLOW_AFTER_ONE_ROW, "application/sparql-results+json"));
        assertEquals(503, outcome.abusive().statusCode(), outcome.abusive().body());
        assertEquals(expected, outcome.abusive().body());
        assertEquals(0, outcome.errors(), outcome.firstError());
        // Not held behind the 3 s query; how fast the canary is belongs in the abuse benchmark.
        assertTrue(outcome.worstLatency().toMillis() < 3000, "canary waited " + outcome.worstLatency());
        for (String accept : new String[] {"text/csv", "application/sparql-results+xml"}) {
            var cut = WEB.http().query("/lsgraph/sparql", SLOW_AFTER_ONE_ROW, accept);
            assertEquals(503, cut.statusCode(), accept + ": " + cut.body());
        }
    }

    @Test
    void aQueryCancelledAfterItsFirstMegabyteEndsInAnIncompleteResponse() {
        var e = assertThrows(IllegalStateException.class,
                () -> WEB.http().query("/lsgraph/sparql", "SELECT * WHERE { ?a ?b ?c . ?d ?e ?f }", "text/csv"));
        assertTrue(e.getCause() instanceof IOException, "the client sees the body cut: " + e.getCause());
        assertEquals(200, WEB.http().query("/lsgraph/sparql", "ASK { ?s ?p ?o }", "text/csv").statusCode());
    }
}
