package se.lsgraph.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.net.http.HttpResponse;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import se.lsgraph.support.Http;
import se.lsgraph.support.TestServer;

/** Resource pages at the path of their IRI, content negotiation, 404s, escaping, and the search API. */
class ResourcePagesTest {
    private static final String KTA = "https://w3id.org/lsgraph/id/offering/karolinska-trial-alliance";
    private static final String MOBILE_TRIAL_STAFF = "https://w3id.org/lsgraph/id/offering/ambulerande-personal-och-provarexpertis";
    @RegisterExtension
    static final TestServer.Extension WEB = TestServer.extension();

    @Test
    void htmlPageShowsLabelsLinksAndCitations() {
        HttpResponse<String> r = WEB.http().getWith("/id/offering/karolinska-trial-alliance", "Accept", "text/html", "Accept-Language", "sv");
        assertEquals(200, r.statusCode());
        String html = r.body();
        assertTrue(html.contains("<h1 lang=\"sv\">Karolinska Trial Alliance</h1>"), html);
        assertTrue(html.contains("<dd><a href=\"/id/status/existing\" lang=\"sv\">finns</a><sup class=\"cites\">"
                + "<a href=\"#cite-3\" aria-label=\"källa 3\">3</a><a href=\"#cite-4\" aria-label=\"källa 4\">4</a></sup></dd>"), html);
        assertTrue(html.contains("<cite><a href=\"/id/doc/ls-strategy-2021\" lang=\"sv\">Life Science-strategi för Stockholmsregionen</a></cite>:"), html);
        assertTrue(html.contains("<a href=\"/id/doc/ls-strategy-2021/s/4.1\" lang=\"sv\">4.1 Världsledande tillgång till strukturerade hälsodata och vårdprocessdata</a>"), html);
        assertTrue(html.contains("<summary>Kurateringsanteckningar (2)</summary>"), "curation notes behind a disclosure");
        assertFalse(html.contains("doc-001"), "no internal graph ids as sources");
        assertTrue(html.contains("<script type=\"application/ld+json\">{\"@context\":\"https://schema.org\",\"@type\":\"Service\","
                + "\"@id\":\"https://w3id.org/lsgraph/id/offering/karolinska-trial-alliance\",\"name\":\"Karolinska Trial Alliance\"}</script>"), html);
    }

    @Test
    void turtleAndJsonLdByContentNegotiation() throws Exception {
        Node kta = NodeFactory.createURI(KTA);
        HttpResponse<String> ttl = WEB.http().get("/id/offering/karolinska-trial-alliance", "text/turtle");
        assertEquals(200, ttl.statusCode());
        assertTrue(ttl.headers().firstValue("Content-Type").orElse("").startsWith("text/turtle"));
        Graph g = RDFParser.create().source(new StringReader(ttl.body())).lang(Lang.TURTLE).toGraph();
        assertTrue(g.contains(kta, RDF.type.asNode(), NodeFactory.createURI("https://w3id.org/lsgraph/ontology#PhysicalFacility")));
        assertTrue(g.contains(kta, SKOS.prefLabel.asNode(), NodeFactory.createLiteralLang("Karolinska Trial Alliance", "sv")));

        HttpResponse<String> jsonld = WEB.http().get("/id/offering/karolinska-trial-alliance", "application/ld+json");
        assertEquals(200, jsonld.statusCode());
        Graph j = RDFParser.create().source(new StringReader(jsonld.body())).lang(Lang.JSONLD).toGraph();
        assertTrue(j.isIsomorphicWith(g), "JSON-LD and Turtle say the same");
    }

    @Test
    void anUnknownIriIsA404PageAndMarkupIsEscaped() {
        HttpResponse<String> r = WEB.http().get("/id/org/%3Cscript%3Ealert(1)%3C/script%3E", "text/html");
        assertEquals(404, r.statusCode());
        assertTrue(r.body().contains("&lt;script&gt;alert(1)&lt;/script&gt;"), r.body());
        assertFalse(r.body().contains("<script>alert(1)</script>"), r.body());
    }

    @Test
    void sparqlTextQueryUsesTheSameStemmingIndex() {
        HttpResponse<String> r = WEB.http().query("/lsgraph/sparql", """
                PREFIX text: <http://jena.apache.org/text#>
                PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
                PREFIX lsg: <https://w3id.org/lsgraph/ontology#>
                SELECT DISTINCT ?s WHERE { ?s text:query (skos:prefLabel "tvillingregistret" "lang:sv") ; a lsg:Register }
                """, "text/csv");
        assertEquals(200, r.statusCode(), r.body());
        assertEquals("s\r\nhttps://w3id.org/lsgraph/id/offering/svenska-tvillingregistret\r\n", r.body());
    }

    @Test
    void searchApiRanksAndFiltersAndRejectsBadLimits() throws Exception {
        ObjectMapper json = new ObjectMapper();
        // Of the offerings that offer clinical trials, only one is proposed rather than existing.
        HttpResponse<String> r = WEB.http().get("/api/search?q=" + Http.encode("kliniska prövningar") + "&status=proposed", "application/json");
        assertEquals(200, r.statusCode());
        JsonNode body = json.readTree(r.body());
        assertEquals(1, body.get("count").asInt());
        assertEquals(MOBILE_TRIAL_STAFF, body.get("results").get(0).get("iri").asText());
        HttpResponse<String> markup = WEB.http().get("/api/search?q=" + Http.encode("<script>alert(1)</script>"), "application/json");
        assertEquals(200, markup.statusCode());
        assertEquals("<script>alert(1)</script>", json.readTree(markup.body()).get("q").asText());
        HttpResponse<String> bad = WEB.http().get("/api/search?q=x&limit=lots", "application/json");
        assertEquals(400, bad.statusCode());
        assertEquals("limit must be a number, not 'lots'", json.readTree(bad.body()).get("error").asText());
        HttpResponse<String> facets = WEB.http().get("/api/search/facets", "application/json");
        assertTrue(json.readTree(facets.body()).get("status").size() >= 3, facets.body());
    }
}
