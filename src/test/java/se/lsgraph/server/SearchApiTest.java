package se.lsgraph.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import se.lsgraph.support.Http;
import se.lsgraph.support.TestServer;

/**
 * /api/search of a running server: the index is built in the background at start and reports its
 * state; answers carry their language, what the region said, and on an empty answer the filter
 * values with counts; a build over its budget gives a clear 503, never a half-built answer.
 */
class SearchApiTest {
    @RegisterExtension
    static final TestServer.Extension WEB = TestServer.extension();

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String EXISTING_ENTRY_POINTS = """
            PREFIX lsg: <https://w3id.org/lsgraph/ontology#>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            SELECT (COUNT(DISTINCT ?e) AS ?n) WHERE {
              VALUES ?entryKind { lsg:Offering lsg:InnovationEnvironment }
              ?e a/rdfs:subClassOf* ?entryKind ; lsg:status <https://w3id.org/lsgraph/id/status/existing> }""";

    @Test
    void answersOnceTheBackgroundBuildIsReady() throws Exception {
        JsonNode status = awaitReady(WEB.http());
        assertEquals("ready", status.get("status").asText());

        JsonNode twins = search("tvillingregister");
        assertEquals("sv", twins.get("lang").asText());
        assertEquals("https://w3id.org/lsgraph/id/offering/svenska-tvillingregistret", twins.get("results").get(0).get("iri").asText());
        assertEquals("Swedish Twin Registry", twins.get("results").get(0).get("label").get("en").asText());

        JsonNode trials = search("clinical trials for our drug");
        assertEquals("en", trials.get("lang").asText());
        assertEquals("https://w3id.org/lsgraph/id/statement/huddinge-2020-006", trials.get("said").get(0).get("iri").asText());
        assertEquals("en", search("tvillingregister&lang=en").get("lang").asText(), "the language can be asked for");
    }

    @Test
    void anEmptyAnswerShowsWhereTheEntryPointsAre() throws Exception {
        awaitReady(WEB.http());
        JsonNode none = search("qwertyx");
        assertEquals(0, none.get("count").asInt());
        long existing = Long.parseLong(WEB.http().query("/lsgraph/sparql", EXISTING_ENTRY_POINTS, "text/csv").body().lines().skip(1).findFirst().orElseThrow().strip());
        JsonNode statusCounts = none.get("facets").get("status");
        long counted = 0;
        for (JsonNode c : statusCounts)
            if (c.get("value").get("value").asText().equals("https://w3id.org/lsgraph/id/status/existing"))
                counted = c.get("count").asLong();
        assertEquals(existing, counted, "every existing entry point is counted");

        JsonNode misspelt = search("tvilingregistret");
        assertEquals("https://w3id.org/lsgraph/id/offering/svenska-tvillingregistret", misspelt.get("results").get(0).get("iri").asText(),
                "compound pieces also carry a misspelling");
        JsonNode unknown = search("biobamk");
        assertEquals(0, unknown.get("count").asInt());
        assertEquals("biobamk", unknown.get("suggestions").get(0).get("word").asText());
        assertEquals("biobank", unknown.get("suggestions").get(0).get("nearest").get(0).asText());
    }

    @Test
    void aBuildOverItsBudgetAnswersWithAClearError() throws Exception {
        try (TestServer starved = TestServer.start(b -> b.searchBudget(Duration.ZERO))) {
            HttpResponse<String> r = null;
            for (int i = 0; i < 100; i++) {
                r = starved.http.get("/api/search?q=biobank", "application/json");
                if (r.body().contains("\"failed\""))
                    break;
                Thread.sleep(100);
            }
            assertEquals(503, r.statusCode());
            JsonNode body = JSON.readTree(r.body());
            assertEquals("failed", body.get("status").asText());
            assertTrue(body.get("error").asText().contains("longer than its budget"), body.toString());
            assertEquals("2", r.headers().firstValue("Retry-After").orElse(null));
            assertEquals(503, starved.http.get("/api/search/status", "application/json").statusCode());
        }
    }

    private static JsonNode search(String q) throws Exception {
        String query = q.contains("&") ? Http.encode(q.substring(0, q.indexOf('&'))) + q.substring(q.indexOf('&')) : Http.encode(q);
        HttpResponse<String> r = WEB.http().get("/api/search?q=" + query, "application/json");
        assertEquals(200, r.statusCode(), r.body());
        return JSON.readTree(r.body());
    }

    private static JsonNode awaitReady(Http http) throws Exception {
        for (int i = 0; i < 600; i++) {
            HttpResponse<String> r = http.get("/api/search/status", "application/json");
            if (r.statusCode() == 200)
                return JSON.readTree(r.body());
            Thread.sleep(100);
        }
        throw new AssertionError("the finder's index was not ready within 60 s");
    }
}
