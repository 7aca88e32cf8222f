package se.lsgraph.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Map;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import se.lsgraph.reconcile.ReconcileLimits;
import se.lsgraph.support.Browser;
import se.lsgraph.support.TestServer;
import se.lsgraph.vocab.Ids;

/** The W3C Reconciliation API at /reconcile: manifest, a batch of names, type filter, preview. */
class ReconcileTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    @RegisterExtension
    static final TestServer.Extension WEB = TestServer.extension(b -> b.reconcileLimits(new ReconcileLimits(10, 60)));

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

    @Test
    void aBatchOverTheLimitIsRefusedWith413NamingIt() throws Exception {
        StringBuilder eleven = new StringBuilder("{");
        for (int i = 0; i < 11; i++)
            eleven.append(i == 0 ? "" : ",").append("\"q").append(i).append("\":{\"query\":\"KTH\"}");
        HttpResponse<String> r = WEB.http().postForm("/reconcile", "queries", eleven.append("}").toString(), "application/json", null, null);
        assertEquals(413, r.statusCode());
        assertEquals("{\"status\":413,\"error\":\"this batch has 11 queries; this server answers at most 10 per request "
                + "(--reconcile-max-batch)\"}", r.body());
        String ten = eleven.toString().replace(",\"q10\":{\"query\":\"KTH\"}", "");
        assertEquals(200, WEB.http().postForm("/reconcile", "queries", ten, "application/json", null, null).statusCode(), "ten are answered");
        String ids = "[" + String.join(",", java.util.Collections.nCopies(11, "\"org/kth\"")) + "]";
        HttpResponse<String> extend = WEB.http().postForm("/reconcile", "extend", "{\"ids\":" + ids + ",\"properties\":[{\"id\":\"ror\"}]}",
                "application/json", null, null);
        assertEquals(413, extend.statusCode());
        assertEquals("{\"status\":413,\"error\":\"extend: this request has 11 ids; this server answers at most 10 per request "
                + "(--reconcile-max-batch)\"}", extend.body());
    }

    @Test
    void aQueryOrValueOverTheLengthLimitIsRefusedWith400NamingIt() throws Exception {
        String long61 = "K".repeat(61);
        HttpResponse<String> r = WEB.http().postForm("/reconcile", "queries", "{\"q0\":{\"query\":\"" + long61 + "\"}}", "application/json", null, null);
        assertEquals(400, r.statusCode());
        assertEquals("{\"status\":400,\"error\":\"query 'q0': the query text has 61 characters; this server takes at most 60 "
                + "(--reconcile-max-query-length)\"}", r.body());
        HttpResponse<String> value = WEB.http().postForm("/reconcile", "queries", "{\"q0\":{\"query\":\"KTH\",\"properties\":"
                + "[{\"pid\":\"place\",\"v\":\"" + long61 + "\"}]}}", "application/json", null, null);
        assertEquals(400, value.statusCode());
        assertEquals("{\"status\":400,\"error\":\"query 'q0': the value of place has 61 characters; this server takes at most 60 "
                + "(--reconcile-max-query-length)\"}", value.body());
        assertEquals(200, WEB.http().postForm("/reconcile", "queries", "{\"q0\":{\"query\":\"" + "K".repeat(60) + "\"}}",
                "application/json", null, null).statusCode(), "60 characters are answered");
    }

    @Test
    void aPreviewEscapesWhatTheDataSays() {
        Node graph = Ids.graph("reconcile-preview-test");
        Node org = NodeFactory.createURI(Ids.RESOURCE + "org/preview-test");
        WEB.store().write(dsg -> {
            dsg.add(graph, org, RDF.type.asNode(), NodeFactory.createURI("http://www.w3.org/ns/org#Organization"));
            dsg.add(graph, org, SKOS.prefLabel.asNode(), NodeFactory.createLiteralLang("<script>alert(1)</script> Testbolaget", "sv"));
        });
        try {
            HttpResponse<String> preview = WEB.http().get("/reconcile/preview?id=org/preview-test", "text/html");
            assertEquals(200, preview.statusCode());
            assertTrue(preview.body().contains("<a href=\"/id/org/preview-test\" target=\"_blank\" rel=\"noopener\">"
                    + "&lt;script&gt;alert(1)&lt;/script&gt; Testbolaget</a>"), preview.body());
            assertFalse(preview.body().contains("<script>"), "no markup from the data");
            assertTrue(preview.headers().firstValue("Content-Security-Policy").orElse("").contains("frame-ancestors *"),
                    "OpenRefine frames the preview");
            assertEquals(java.util.Optional.empty(), preview.headers().firstValue("X-Frame-Options"));
            HttpResponse<String> unknown = WEB.http().get("/reconcile/preview?id=" + se.lsgraph.support.Http.encode("<b>x</b>"), "text/html");
            assertEquals(404, unknown.statusCode());
            assertTrue(unknown.body().contains("<code>&lt;b&gt;x&lt;/b&gt;</code>"), unknown.body());
        } finally {
            WEB.store().write(dsg -> dsg.removeGraph(graph));
        }
    }

    @Test
    void thePreviewShowsTheCandidateInABrowser(@TempDir Path profile) {
        try (Browser browser = Browser.open(WEB.port(), "sv-SE", profile)) {
            browser.driver.manage().window().setSize(new org.openqa.selenium.Dimension(400, 200));
            browser.get("/reconcile/preview?id=org/karolinska-institutet");
            var link = browser.driver.findElement(org.openqa.selenium.By.cssSelector("strong a"));
            assertEquals("Karolinska Institutet", link.getText());
            assertEquals("http://127.0.0.1:" + WEB.port() + "/id/org/karolinska-institutet", link.getAttribute("href"));
            assertEquals("Karolinska Institutet", browser.driver.getTitle());
            browser.screenshot("reconcile-preview.png");
        }
    }
}
