package se.lsgraph.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Set;

import org.apache.jena.sparql.core.Quad;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import se.lsgraph.support.Http;
import se.lsgraph.support.TestServer;
import se.lsgraph.support.TestStores;

/** Without --allow-update the server has no way to change the graph; heavy queries time out. */
class ReadOnlyServerTest {
    @RegisterExtension
    static final TestServer.Extension WEB = TestServer.extension(b -> b.queryTimeout(Duration.ofSeconds(1)));

    @Test
    void updatesAndUploadsAreRefused() {
        Set<Quad> before = TestStores.snapshot(WEB.store());
        String update = "DROP ALL";
        for (String path : new String[] {"/lsgraph/update", "/lsgraph", "/lsgraph/sparql", "/lsgraph/gsp-rw"}) {
            int status = WEB.http().post(path, "application/sparql-update", update, null, null).statusCode();
            assertTrue(status >= 400 && status < 500, path + " answered " + status);
        }
        int put = WEB.http().post("/lsgraph/data?default", "text/turtle", "<urn:a> <urn:b> <urn:c> .", null, null).statusCode();
        assertTrue(put >= 400 && put < 500, "upload answered " + put);
        assertEquals(before, TestStores.snapshot(WEB.store()));
    }

    @Test
    void queriesFromTheWebCannotMakeTheServerFetchOtherUrls() {
        var r = WEB.http().query("/lsgraph/sparql", "SELECT * WHERE { SERVICE <http://127.0.0.1:9/sparql> { ?s ?p ?o } }", "text/csv");
        assertTrue(r.statusCode() >= 400, "SERVICE refused, got " + r.statusCode() + " " + r.body());
        var api = WEB.http().get("/api/queries/wikidata-inception-and-website?wikidataEndpoint=" + Http.encode("http://127.0.0.1:9/sparql"),
                "application/json");
        assertEquals(400, api.statusCode());
        assertTrue(api.body().contains("is federated"), api.body());
    }

    @Test
    void aHeavyQueryIsStoppedByTheTimeout() {
        long start = System.nanoTime();
        var r = WEB.http().query("/lsgraph/sparql",
                "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }", "text/csv");
        double seconds = (System.nanoTime() - start) / 1e9;
        assertEquals(503, r.statusCode(), r.body());
        assertTrue(seconds < 20, "stopped after " + seconds + " s");
    }
}
