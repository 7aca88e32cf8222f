package se.lsgraph.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import se.lsgraph.query.QueryCatalogue;
import se.lsgraph.store.GraphStore;
import se.lsgraph.support.Http;
import se.lsgraph.support.TestStores;

/** The catalogue over HTTP: list, run as JSON or CSV, 404 for unknown names, 400 for bad parameters. */
class QueryApiTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static GraphStore store;
    private static LsgraphServer server;
    private static Http http;

    @BeforeAll
    static void start() {
        store = TestStores.bundled();
        server = LsgraphServer.builder(store).port(0).build().start();
        http = new Http(server.port());
    }

    @AfterAll
    static void stop() {
        server.close();
        store.close();
    }

    @Test
    void listsEveryQueryWithItsMetadata() throws Exception {
        HttpResponse<String> r = http.get("/api/queries", "application/json");
        assertEquals(200, r.statusCode());
        JsonNode list = JSON.readTree(r.body());
        assertEquals(QueryCatalogue.bundled().list().size(), list.size());
        JsonNode first = list.get(0);
        assertTrue(first.has("name") && first.has("summary") && first.has("params") && first.has("sparql"), r.body());
    }

    @Test
    void runsAQueryAsJsonAndAsCsv() throws Exception {
        String name = "priority-areas-of-aspect";
        HttpResponse<String> json = http.get("/api/queries/" + name + "?aspect="
                + Http.encode("https://w3id.org/lsgraph/id/element/ls2026-C"), "application/json");
        assertEquals(200, json.statusCode(), json.body());
        JsonNode doc = JSON.readTree(json.body());
        assertEquals(name, doc.get("query").asText());
        assertEquals(2, doc.get("rows").size(), json.body());
        HttpResponse<String> csv = http.get("/api/queries/" + name + "?format=csv&aspect="
                + Http.encode("https://w3id.org/lsgraph/id/element/ls2026-C"), "*/*");
        assertEquals(200, csv.statusCode());
        assertTrue(csv.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"));
        assertTrue(csv.body().contains("Klimat och miljö"), csv.body());
        assertTrue(csv.body().contains("Beredskap"), csv.body());
    }

    @Test
    void unknownQueryIs404AndBadParametersAre400WithAMessage() throws Exception {
        HttpResponse<String> missing = http.get("/api/queries/no-such-query", "application/json");
        assertEquals(404, missing.statusCode());
        assertEquals("no query named 'no-such-query'", JSON.readTree(missing.body()).get("error").asText());

        HttpResponse<String> noParam = http.get("/api/queries/priority-areas-of-aspect", "application/json");
        assertEquals(400, noParam.statusCode());
        assertTrue(JSON.readTree(noParam.body()).get("error").asText().startsWith("missing parameter 'aspect'"), noParam.body());

        HttpResponse<String> badIri = http.get("/api/queries/priority-areas-of-aspect?aspect=" + Http.encode("not an iri"), "application/json");
        assertEquals(400, badIri.statusCode());
        assertTrue(JSON.readTree(badIri.body()).get("error").asText().startsWith("parameter 'aspect'"), badIri.body());

        HttpResponse<String> unknownParam = http.get("/api/queries/priority-areas-of-aspect?colour=blue&aspect="
                + Http.encode("https://w3id.org/lsgraph/id/element/ls2026-C"), "application/json");
        assertEquals(400, unknownParam.statusCode());
        assertEquals("query 'priority-areas-of-aspect' has no parameter 'colour'", JSON.readTree(unknownParam.body()).get("error").asText());
    }
}
