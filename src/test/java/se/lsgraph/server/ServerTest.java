package se.lsgraph.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Set;

import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.Quad;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import se.lsgraph.support.Http;
import se.lsgraph.support.TestServer;
import se.lsgraph.support.TestStores;
import se.lsgraph.vocab.Ids;

/** The embedded server on a free loopback port, with the bundled graph, and update enabled for one user. */
class ServerTest {
    private static final String PRIORITY_AREAS_OF_C = """
            PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
            SELECT ?label WHERE {
              ?area skos:broader <https://w3id.org/lsgraph/id/element/ls2026-C> ; skos:prefLabel ?label .
              FILTER(lang(?label) = "sv")
            } ORDER BY ?label""";

    @RegisterExtension
    static final TestServer.Extension WEB = TestServer.extension(b -> b.allowUpdate(new Credentials("editor", "correct-horse-battery")));

    @Test
    void answersAQueryWithTheExactResultAsCsv() {
        HttpResponse<String> r = WEB.http().query("/lsgraph/sparql", PRIORITY_AREAS_OF_C, "text/csv");
        assertEquals(200, r.statusCode());
        assertEquals("label\r\nBeredskap\r\nKlimat och miljö\r\n", r.body());
    }

    @Test
    void answersInJsonXmlAndTsv() {
        HttpResponse<String> json = WEB.http().postForm("/lsgraph/sparql", "query", PRIORITY_AREAS_OF_C,
                "application/sparql-results+json", null, null);
        assertEquals(200, json.statusCode());
        assertEquals(List.of("Beredskap", "Klimat och miljö"), labels(json.body(), org.apache.jena.riot.ResultSetMgr::read,
                org.apache.jena.riot.resultset.ResultSetLang.RS_JSON));
        HttpResponse<String> xml = WEB.http().query("/lsgraph/query", PRIORITY_AREAS_OF_C, "application/sparql-results+xml");
        assertEquals(List.of("Beredskap", "Klimat och miljö"), labels(xml.body(), org.apache.jena.riot.ResultSetMgr::read,
                org.apache.jena.riot.resultset.ResultSetLang.RS_XML));
        HttpResponse<String> tsv = WEB.http().query("/lsgraph", PRIORITY_AREAS_OF_C, "text/tab-separated-values");
        assertEquals("?label\n\"Beredskap\"@sv\n\"Klimat och miljö\"@sv\n", tsv.body());
    }

    private interface ResultReader {
        org.apache.jena.query.ResultSet read(java.io.InputStream in, org.apache.jena.riot.Lang lang);
    }

    private static List<String> labels(String body, ResultReader reader, org.apache.jena.riot.Lang lang) {
        var rs = reader.read(new java.io.ByteArrayInputStream(body.getBytes(java.nio.charset.StandardCharsets.UTF_8)), lang);
        List<String> out = new java.util.ArrayList<>();
        rs.forEachRemaining(row -> out.add(row.getLiteral("label").getLexicalForm()));
        return out;
    }

    @Test
    void constructAnswersInTurtleAndJsonLd() {
        String construct = """
                PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
                CONSTRUCT { ?a skos:broader ?c } WHERE { ?a skos:broader ?c . ?c skos:notation "C" }""";
        HttpResponse<String> ttl = WEB.http().query("/lsgraph/sparql", construct, "text/turtle");
        assertEquals(2, parse(ttl.body(), Lang.TURTLE).size());
        HttpResponse<String> jsonld = WEB.http().query("/lsgraph/sparql", construct, "application/ld+json");
        assertEquals(2, parse(jsonld.body(), Lang.JSONLD).size());
    }

    @Test
    void graphStoreProtocolReadsOneNamedGraph() {
        var name = Ids.graph("doc-004");
        HttpResponse<String> r = WEB.http().get("/lsgraph/data?graph=" + Http.encode(name.getURI()), "text/turtle");
        assertEquals(200, r.statusCode());
        assertEquals(WEB.store().size(name), parse(r.body(), Lang.TURTLE).size());
    }

    @Test
    void updateWithoutOrWithWrongCredentialsIsRefusedAndChangesNothing() {
        Set<Quad> before = TestStores.snapshot(WEB.store());
        String update = "INSERT DATA { GRAPH <https://w3id.org/lsgraph/graph/doc-004> { "
                + "<https://w3id.org/lsgraph/id/org/intruder> <http://www.w3.org/2004/02/skos/core#prefLabel> \"Inkräktare\"@sv } }";
        assertEquals(401, WEB.http().post("/lsgraph/update", "application/sparql-update", update, null, null).statusCode());
        assertEquals(401, WEB.http().post("/lsgraph/update", "application/sparql-update", update, "editor", "wrong").statusCode());
        assertEquals(401, WEB.http().post("/lsgraph/update", "application/sparql-update", update, "intruder", "correct-horse-battery").statusCode());
        int datasetLevel = WEB.http().post("/lsgraph", "application/sparql-update", update, null, null).statusCode();
        assertTrue(datasetLevel >= 400 && datasetLevel < 500, "dataset-level update refused, got " + datasetLevel);
        int upload = WEB.http().post("/lsgraph/gsp-rw?graph=" + Http.encode("https://w3id.org/lsgraph/graph/doc-004"),
                "text/turtle", "<https://w3id.org/lsgraph/id/org/intruder> <http://www.w3.org/2004/02/skos/core#prefLabel> \"x\"@sv .",
                null, null).statusCode();
        assertEquals(401, upload);
        assertEquals(before, TestStores.snapshot(WEB.store()));
    }

    @Test
    void updateWithTheRightCredentialsIsApplied() {
        String graph = "https://w3id.org/lsgraph/graph/server-test";
        String insert = "INSERT DATA { GRAPH <" + graph + "> { <https://w3id.org/lsgraph/id/test/a> <https://w3id.org/lsgraph/id/test/p> 1 } }";
        var r = WEB.http().post("/lsgraph/update", "application/sparql-update", insert, "editor", "correct-horse-battery");
        assertTrue(r.statusCode() == 200 || r.statusCode() == 204, "status " + r.statusCode() + " " + r.body());
        assertEquals(1, WEB.store().size(Ids.graph("server-test")));
        var drop = WEB.http().post("/lsgraph/update", "application/sparql-update", "DROP GRAPH <" + graph + ">",
                "editor", "correct-horse-battery");
        assertTrue(drop.statusCode() == 200 || drop.statusCode() == 204);
        assertEquals(0, WEB.store().size(Ids.graph("server-test")));
    }

    @Test
    void searchAndReconciliationSeeAnUpdateAtOnce() throws Exception {
        String graph = "https://w3id.org/lsgraph/graph/server-test-reconcile";
        var json = new com.fasterxml.jackson.databind.ObjectMapper();
        String query = "{\"q\":{\"query\":\"Nyinsatt testorganisation\"}}";
        assertEquals(0, json.readTree(WEB.http().postForm("/reconcile", "queries", query, "application/json", null, null).body())
                .get("q").get("result").size());
        String insert = "INSERT DATA { GRAPH <" + graph + "> { <https://w3id.org/lsgraph/id/org/test-reconcile-new> a "
                + "<http://www.w3.org/ns/org#Organization> ; <http://www.w3.org/2004/02/skos/core#prefLabel> \"Nyinsatt testorganisation\"@sv } }";
        assertEquals(204, WEB.http().post("/lsgraph/update", "application/sparql-update", insert, "editor", "correct-horse-battery").statusCode());
        try {
            var top = json.readTree(WEB.http().postForm("/reconcile", "queries", query, "application/json", null, null).body())
                    .get("q").get("result").get(0);
            assertEquals("org/test-reconcile-new", top.get("id").asText());
        } finally {
            WEB.http().post("/lsgraph/update", "application/sparql-update", "DROP GRAPH <" + graph + ">", "editor", "correct-horse-battery");
        }
    }

    @Test
    void theAdminApiIsNotThere() {
        int delete = WEB.http().delete("/$/datasets/lsgraph").statusCode();
        assertTrue(delete == 404 || delete == 405, "anonymous dataset delete refused, got " + delete);
        assertEquals(404, WEB.http().get("/$/datasets", "application/json").statusCode());
        assertEquals(200, WEB.http().query("/lsgraph/sparql", PRIORITY_AREAS_OF_C, "text/csv").statusCode());
    }

    @Test
    void aBadQueryGetsAClearMessageAndNoStackTrace() {
        HttpResponse<String> r = WEB.http().query("/lsgraph/sparql", "SELECT ?x WHERE { ?x ", "text/csv");
        assertEquals(400, r.statusCode());
        assertTrue(r.body().contains("Parse error") || r.body().contains("Encountered"), r.body());
        assertFalse(r.body().contains("at org.apache"), r.body());
    }

    @Test
    void servesTheQueryEditor() {
        HttpResponse<String> r = WEB.http().get("/", "text/html");
        assertEquals(200, r.statusCode());
        assertTrue(r.body().contains("<input id=\"q\" name=\"q\" type=\"search\""), r.body());
        HttpResponse<String> old = WEB.http().get("/sparql.html", "text/html");
        assertEquals(301, old.statusCode());
        assertEquals("/sparql", old.headers().firstValue("Location").orElse(""));
        HttpResponse<String> workbench = WEB.http().get("/sparql", "text/html");
        assertTrue(workbench.body().contains("<div id=\"yasgui\" data-endpoint=\"/lsgraph/sparql\""), workbench.body());
        assertEquals(200, WEB.http().get("/assets/pages/sparql.js", "*/*").statusCode());
    }

    private static Graph parse(String body, Lang lang) {
        return RDFParser.create().source(new StringReader(body)).lang(lang).toGraph();
    }
}
