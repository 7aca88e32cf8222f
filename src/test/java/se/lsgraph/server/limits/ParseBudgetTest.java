package se.lsgraph.server.limits;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import se.lsgraph.support.TestServer;

/** Parsing a query counts against its timeout: a 10 MB comment (minutes of parsing) is refused when the time is up. */
class ParseBudgetTest {
    private static final Duration TIMEOUT = Duration.ofSeconds(2);

    @RegisterExtension
    static final TestServer.Extension WEB = TestServer.extension(b -> b.queryTimeout(TIMEOUT));

    @Test
    void aQueryWhoseParsingOutlivesTheTimeoutIsRefused() throws Exception {
        String huge = "# " + "x".repeat(10_000_000) + "\nASK {}";
        long start = System.nanoTime();
        var outcome = Canary.during(WEB.http(), () -> WEB.http().post("/lsgraph/sparql", "application/sparql-query", huge, null, null));
        double seconds = (System.nanoTime() - start) / 1e9;
        assertEquals(400, outcome.abusive().statusCode(), outcome.abusive().body());
        assertEquals("Parse error: The query text took longer than the timeout of 2 s to parse; it was not run\n", outcome.abusive().body());
        assertTrue(seconds < TIMEOUT.toSeconds() + 2, "refused after " + seconds + " s");
        assertEquals(0, outcome.errors(), outcome.firstError());
    }

    @Test
    void parseErrorsStillNameTheirPosition() {
        var r = WEB.http().query("/lsgraph/sparql", "SELECT * WHERE { ?s ?p }", "text/csv");
        assertEquals(400, r.statusCode());
        assertEquals("Parse error: Encountered \" \"}\" \"} \"\" at line 1, column 24.", r.body().strip());
    }

    @Test
    void aLongButOrdinaryQueryIsAnswered() {
        String comment = "# " + "x".repeat(20_000) + "\n";
        var r = WEB.http().post("/lsgraph/sparql", "application/sparql-query", comment + "ASK { }", null, null);
        assertEquals(200, r.statusCode(), r.body());
    }
}
