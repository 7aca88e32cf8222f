package se.lsgraph.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import se.lsgraph.support.TestServer;

/** The W3C Reconciliation API at /reconcile: manifest, a batch of names, type filter, preview. */
class ReconcileTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    @RegisterExtension
    static final TestServer.Extension WEB = TestServer.extension();

    @Test
    void manifestDescribesTheService() throws Exception {
        JsonNode m = JSON.readTree(WEB.http().get("/reconcile", "application/json").body());
        assertEquals("0.2", m.get("versions").get(0).asText());
        assertEquals("https://w3id.org/lsgraph/id/", m.get("identifierSpace").asText());
        assertEquals("http://www.w3.org/ns/org#Organization", m.get("defaultTypes").get(0).get("id").asText());
        assertTrue(m.get("preview").get("url").asText().endsWith("/reconcile/preview?id={{id}}"));
    }

    @Test
    void aBatchOfNamesAbbreviationsAndMisspellingsFindsTheRightBodies() throws Exception {
        Map<String, String> expected = Map.of(
                "Karolinska Institutet", "org/karolinska-institutet",
                "KTH", "org/kth",
                "Kungliga Tekniska högskolan", "org/kth",
                "SLSO", "org/stockholms-lans-sjukvardsomrade",
                "LIF", "org/lakemedelsindustriforeningen",
                "Karolinska Instiutet", "org/karolinska-institutet",
                "Sodersjukhuset AB", "org/sodersjukhuset",
                "Stockholms universitet", "org/stockholms-universitet",
                "Vårdförbund", "org/vardforbundet");
        StringBuilder queries = new StringBuilder("{");
        int i = 0;
        for (String name : expected.keySet())
            queries.append(i == 0 ? "" : ",").append("\"q").append(i++).append("\":{\"query\":")
                    .append(JSON.writeValueAsString(name)).append(",\"type\":\"http://www.w3.org/ns/org#Organization\"}");
        queries.append("}");
        HttpResponse<String> r = WEB.http().postForm("/reconcile", "queries", queries.toString(), "application/json", null, null);
        assertEquals(200, r.statusCode(), r.body());
        JsonNode answers = JSON.readTree(r.body());
        i = 0;
        for (Map.Entry<String, String> e : expected.entrySet()) {
            JsonNode top = answers.get("q" + i++).get("result").get(0);
            assertEquals(e.getValue(), top.get("id").asText(), e.getKey());
        }
        JsonNode exact = JSON.readTree(WEB.http().postForm("/reconcile", "queries",
                "{\"q\":{\"query\":\"KTH\"}}", "application/json", null, null).body()).get("q").get("result").get(0);
        assertTrue(exact.get("match").asBoolean(), "an exact name is a sure match");
        assertEquals(100.0, exact.get("score").asDouble());
        JsonNode fuzzy = JSON.readTree(WEB.http().postForm("/reconcile", "queries",
                "{\"q\":{\"query\":\"Karolinska Instiutet\"}}", "application/json", null, null).body()).get("q").get("result").get(0);
        assertFalse(fuzzy.get("match").asBoolean(), "a misspelling is a candidate, not a sure match");
    }

    @Test
    void badQueriesGetA400AndPreviewsWork() throws Exception {
        HttpResponse<String> bad = WEB.http().postForm("/reconcile", "queries", "{not json", "application/json", null, null);
        assertEquals(400, bad.statusCode());
        HttpResponse<String> preview = WEB.http().get("/reconcile/preview?id=org/kth", "text/html");
        assertEquals(200, preview.statusCode());
        assertTrue(preview.body().contains(">KTH</a>"), preview.body());
        assertEquals(404, WEB.http().get("/reconcile/preview?id=org/none", "text/html").statusCode());
    }
}
