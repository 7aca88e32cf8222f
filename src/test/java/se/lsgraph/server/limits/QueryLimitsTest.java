package se.lsgraph.server.limits;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Set;

import org.apache.jena.sparql.core.Quad;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import se.lsgraph.support.TestServer;
import se.lsgraph.support.TestStores;

/** Anonymous requests stay inside the budget: body size, regex time, no classes loaded by name; a simple query keeps answering. */
class QueryLimitsTest {
    private static final long MAX_BYTES = 64 * 1024;

    @RegisterExtension
    static final TestServer.Extension WEB = TestServer.extension(b -> b.queryTimeout(Duration.ofSeconds(3))
            .limits(ServerLimits.defaults(Duration.ofSeconds(3)).withMaxRequestBytes(MAX_BYTES)));

    @Test
    void aBodyOverTheLimitIsRefusedWith413() throws Exception {
        Set<Quad> before = TestStores.snapshot(WEB.store());
        String huge = "# " + "x".repeat((int) MAX_BYTES) + "\nASK {}";
        var outcome = Canary.during(WEB.http(), () -> WEB.http().post("/lsgraph/sparql", "application/sparql-query", huge, null, null));
        assertEquals(413, outcome.abusive().statusCode(), outcome.abusive().body());
        assertEquals("{\"status\":413,\"error\":\"The request body has " + (huge.length())
                + " bytes; this server accepts at most 65536 bytes (--max-request-size)\"}", outcome.abusive().body());
        assertEquals(0, outcome.errors(), outcome.firstError());
        assertTrue(outcome.worstLatency().toMillis() < 1000, "canary waited " + outcome.worstLatency());
        assertEquals(before, TestStores.snapshot(WEB.store()));
    }

    @Test
    void aBodyJustUnderTheLimitIsAnswered() {
        String comment = "# " + "x".repeat((int) MAX_BYTES - 20) + "\nASK {}";
        var r = WEB.http().post("/lsgraph/sparql", "application/sparql-query", comment, null, null);
        assertEquals(200, r.statusCode(), r.body());
    }

    @Test
    void aCatastrophicRegexIsStoppedByTheTimeout() throws Exception {
        String query = "SELECT ?m WHERE { BIND(REGEX(\"" + "a".repeat(40) + "!\", \"^((a+)\\\\2?)+$\") AS ?m) }";
        long start = System.nanoTime();
        var outcome = Canary.during(WEB.http(), () -> WEB.http().query("/lsgraph/sparql", query, "text/csv"));
        double seconds = (System.nanoTime() - start) / 1e9;
        assertEquals(503, outcome.abusive().statusCode(), outcome.abusive().body());
        assertTrue(seconds < 12, "stopped after " + seconds + " s");
        assertEquals(0, outcome.errors(), outcome.firstError());
        assertTrue(outcome.worstLatency().toMillis() < 1000, "canary waited " + outcome.worstLatency());
    }

    @Test
    void regexAndReplaceStillAnswerOrdinaryQueries() {
        var r = WEB.http().query("/lsgraph/sparql",
                "SELECT ?m ?r WHERE { BIND(REGEX(\"Karolinska Institutet\"@sv, \"^karo\", \"i\") AS ?m) "
                        + "BIND(REPLACE(\"Uppsala universitet\", \"u(ni)\", \"U$1\") AS ?r) }", "text/csv");
        assertEquals("m,r\r\ntrue,Uppsala Universitet\r\n", r.body());
    }

    @Test
    void javaFunctionIrisLoadNoClass() {
        var r = WEB.http().query("/lsgraph/sparql",
                "SELECT ?x WHERE { BIND(<java:se.lsgraph.server.limits.LoadedByName>(\"a\") AS ?x) }", "text/csv");
        assertEquals(200, r.statusCode(), r.body());
        assertEquals("x\r\n\r\n", r.body());
        assertFalse(LoadedByName.Loads.loaded, "the class named in the query was loaded");
    }
}
