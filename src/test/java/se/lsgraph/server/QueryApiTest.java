package se.lsgraph.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import se.lsgraph.query.QueryCatalogue;
import se.lsgraph.support.Http;
import se.lsgraph.support.TestServer;

/** The catalogue over HTTP: list, run as JSON or CSV, 404 for unknown names, 400 for bad parameters. */
class QueryApiTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** consultation-topic-pairs with source=own and minBodies=1 on the bundled graph. */
    private static final int ROWS_OWN_ONE_BODY = 120;
    @RegisterExtension
    static final TestServer.Extension WEB = TestServer.extension();

    @Test
    void listsEveryQueryWithItsMetadata() throws Exception {
        HttpResponse<String> r = WEB.http().get("/api/queries", "application/json");
        assertEquals(200, r.statusCode());
        JsonNode list = JSON.readTree(r.body());
        assertEquals(QueryCatalogue.bundled().list().size(), list.size());
        JsonNode first = list.get(0);
        assertTrue(first.has("name") && first.has("summary") && first.has("params") && first.has("sparql"), r.body());
    }

    @Test
    void runsAQueryAsJsonAndAsCsv() throws Exception {
        String name = "organisation-search";
        HttpResponse<String> json = WEB.http().get("/api/queries/" + name + "?name=SLSO", "application/json");
        assertEquals(200, json.statusCode(), json.body());
        JsonNode doc = JSON.readTree(json.body());
        assertEquals(name, doc.get("query").asText());
        assertEquals(1, doc.get("rows").size(), json.body());
        assertEquals("Stockholms läns sjukvårdsområde", doc.get("rows").get(0).get("label").asText());
        assertEquals("https://w3id.org/lsgraph/id/org/stockholms-lans-sjukvardsomrade",
                doc.get("rows").get(0).get("organisation").asText());
        HttpResponse<String> csv = WEB.http().get("/api/queries/" + name + "?format=csv&name=SLSO", "*/*");
        assertEquals(200, csv.statusCode());
        assertTrue(csv.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"));
        assertEquals("label,matchedName,exactMatch,organisation,name", csv.body().lines().findFirst().orElse(""));
        assertEquals("Stockholms läns sjukvårdsområde,SLSO,true,https://w3id.org/lsgraph/id/org/stockholms-lans-sjukvardsomrade,SLSO",
                csv.body().lines().skip(1).findFirst().orElse(""));
    }

    @Test
    void unknownQueryIs404AndBadParametersAre400WithAMessage() throws Exception {
        HttpResponse<String> missing = WEB.http().get("/api/queries/no-such-query", "application/json");
        assertEquals(404, missing.statusCode());
        assertEquals("no query named 'no-such-query'", JSON.readTree(missing.body()).get("error").asText());

        HttpResponse<String> noParam = WEB.http().get("/api/queries/organisation-profile", "application/json");
        assertEquals(400, noParam.statusCode());
        assertTrue(JSON.readTree(noParam.body()).get("error").asText().startsWith("missing parameter 'organisation'"), noParam.body());

        HttpResponse<String> badIri = WEB.http().get("/api/queries/organisation-profile?organisation=" + Http.encode("not an iri"), "application/json");
        assertEquals(400, badIri.statusCode());
        assertTrue(JSON.readTree(badIri.body()).get("error").asText().startsWith("parameter 'organisation'"), badIri.body());

        HttpResponse<String> unknownParam = WEB.http().get("/api/queries/organisation-search?colour=blue&name=KTH", "application/json");
        assertEquals(400, unknownParam.statusCode());
        assertEquals("query 'organisation-search' has no parameter 'colour'", JSON.readTree(unknownParam.body()).get("error").asText());
    }

    @Test
    void theQueryTextWithValuesInPlaceGivesTheRowsOfTheApi() throws Exception {
        // consultation-topic-pairs reads ?source inside subqueries and ?minBodies in HAVING: a VALUES
        // block alone at the top of the text reached neither, and the workbench showed no rows.
        String params = "source=own&minBodies=1";
        HttpResponse<String> text = WEB.http().get("/api/queries/consultation-topic-pairs?format=sparql&" + params, "*/*");
        assertEquals(200, text.statusCode(), text.body());
        assertTrue(text.headers().firstValue("Content-Type").orElse("").startsWith("application/sparql-query"));
        assertTrue(text.body().contains("\"own\""), text.body());
        List<String> run = WEB.http().query("/lsgraph/sparql", text.body(), "text/csv").body().lines().toList();
        List<String> api = WEB.http().get("/api/queries/consultation-topic-pairs?format=csv&" + params, "*/*").body().lines().toList();
        assertEquals(ROWS_OWN_ONE_BODY + 1, api.size(), String.join("\n", api));
        assertEquals(api, run);
    }

    @Test
    void aBadValueOrFormatForTheQueryTextIs400WithAMessage() throws Exception {
        HttpResponse<String> badDate = WEB.http().get("/api/queries/decision-trail-timeline?format=sparql&from=yesterday", "*/*");
        assertEquals(400, badDate.statusCode());
        assertTrue(JSON.readTree(badDate.body()).get("error").asText().startsWith("parameter 'from'"), badDate.body());
        HttpResponse<String> badFormat = WEB.http().get("/api/queries/decision-trail-timeline?format=xml", "*/*");
        assertEquals(400, badFormat.statusCode());
        assertEquals("format must be json, csv, tsv or sparql (the query's text with the values in place), not 'xml'",
                JSON.readTree(badFormat.body()).get("error").asText());
    }
}
