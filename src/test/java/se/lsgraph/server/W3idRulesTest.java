package se.lsgraph.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import se.lsgraph.catalog.W3idRules;
import se.lsgraph.support.RewriteRules;
import se.lsgraph.support.TestServer;
import se.lsgraph.vocab.Ids;

/**
 * docs/w3id/.htaccess sends each kind of lsgraph IRI to the right server path: the rules are applied
 * to one IRI of each kind, and the server answers the target with the thing the IRI names.
 */
class W3idRulesTest {
    private static final String PLACEHOLDER = W3idRules.PLACEHOLDER_URL;

    @RegisterExtension
    static final TestServer.Extension WEB = TestServer.extension();

    @Test
    void everyKindOfIriReachesTheServerPathThatServesIt() throws Exception {
        RewriteRules rules = new RewriteRules(Path.of("docs", "w3id", ".htaccess"));
        Map<String, String> expected = new LinkedHashMap<>();
        expected.put("", "/");
        expected.put("id/org/kth", "/id/org/kth");
        expected.put("ontology", "/ontology");
        expected.put("ontology/0.1.0", "/ontology/0.1.0");
        expected.put("graph/doc-001", "/lsgraph/data?graph=https%3A%2F%2Fw3id.org%2Flsgraph%2Fgraph%2Fdoc-001");
        expected.put("shapes", "/lsgraph/data?graph=https%3A%2F%2Fw3id.org%2Flsgraph%2Fgraph%2Fshapes");
        expected.put("sparql", "/lsgraph/sparql");
        expected.put("catalog", "/catalog");
        expected.put("void", "/void");
        for (Map.Entry<String, String> e : expected.entrySet()) {
            RewriteRules.Redirect r = rules.apply(e.getKey());
            assertEquals(PLACEHOLDER + e.getValue(), r == null ? null : r.location(), "https://w3id.org/lsgraph/" + e.getKey());
            assertEquals(e.getKey().equals("sparql") ? 307 : 303, r.status(), e.getKey());
        }
        assertEquals(expected.size(), rules.rules().size(), "one rule per IRI kind, each tested");

        assertTrue(get("/id/org/kth", "text/html").body().contains("KTH"));
        assertTrue(get("/ontology", "text/html").body().contains("id=\"Offering\""), "term anchors");
        assertEquals(200, get("/ontology/0.1.0", "text/turtle").statusCode());
        HttpResponse<String> graph = get(expected.get("graph/doc-001"), "text/turtle");
        assertEquals(WEB.store().size(Ids.graph("doc-001")), RDFParser.fromString(graph.body(), Lang.TURTLE).toGraph().size());
        assertEquals(WEB.store().size(Ids.graph("shapes")),
                RDFParser.fromString(get(expected.get("shapes"), "text/turtle").body(), Lang.TURTLE).toGraph().size());
        assertEquals(200, get("/lsgraph/sparql?query=ASK%7B%7D", "application/sparql-results+json").statusCode());
        assertEquals(200, get("/catalog", "application/rdf+xml").statusCode());
        assertEquals(200, get("/void", "text/turtle").statusCode());
        assertEquals(200, get("/", "text/html").statusCode());
    }

    @Test
    void theRulesAreWrittenForTheDeploymentsPublicUrlAndTheDocsCopyIsTheirPlaceholderVersion(@TempDir Path dir) throws Exception {
        assertEquals(W3idRules.forServer(PLACEHOLDER), Files.readString(Path.of("docs", "w3id", ".htaccess")),
                "docs/w3id/.htaccess is what w3id-rules writes for the placeholder URL");
        Path deployed = dir.resolve(".htaccess");
        Files.writeString(deployed, W3idRules.forServer("https://lsgraph.example.org:8443/kg/"));
        RewriteRules rules = new RewriteRules(deployed);
        assertEquals("https://lsgraph.example.org:8443/kg/id/org/kth", rules.apply("id/org/kth").location());
        assertEquals("https://lsgraph.example.org:8443/kg/lsgraph/sparql", rules.apply("sparql").location());
        assertEquals("https://lsgraph.example.org:8443/kg/", rules.apply("").location());
        assertFalse(Files.readString(deployed).contains("lsgraph.invalid"), "no placeholder left");
        var e = assertThrows(IllegalArgumentException.class, () -> W3idRules.forServer("lsgraph.example.org"));
        assertEquals("not a usable public URL (http(s)://host[:port][/path]): lsgraph.example.org", e.getMessage());
    }

    @Test
    void theCommandWritesTheRulesAndRefusesABadUrl(@TempDir Path dir) throws Exception {
        Path file = dir.resolve(".htaccess");
        java.io.StringWriter out = new java.io.StringWriter(), err = new java.io.StringWriter();
        int code = se.lsgraph.cli.Main.run(new java.io.PrintWriter(out), new java.io.PrintWriter(err),
                "w3id-rules", "--public-url", "https://lsgraph.example.org", "--output", file.toString());
        assertEquals(0, code, err.toString());
        assertEquals(W3idRules.forServer("https://lsgraph.example.org"), Files.readString(file));
        int bad = se.lsgraph.cli.Main.run(new java.io.PrintWriter(out), new java.io.PrintWriter(err),
                "w3id-rules", "--public-url", "ftp://lsgraph.example.org");
        assertTrue(bad != 0, "a bad URL is refused");
        assertTrue(err.toString().contains("not a usable public URL (http(s)://host[:port][/path]): ftp://lsgraph.example.org"), err.toString());
    }

    private static HttpResponse<String> get(String path, String accept) {
        HttpResponse<String> r = WEB.http().get(path, accept);
        assertEquals(200, r.statusCode(), path);
        return r;
    }
}
