package se.lsgraph.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import se.lsgraph.support.TestServer;

/**
 * Protocol hygiene and openness: CORS on read-only paths only (with preflight), never on update;
 * TRACE refused everywhere; the service description without a query; content negotiation with
 * q-values and 406; dumps with length, validators, conditional and range requests.
 */
class ProtocolTest {
    private static final String ORIGIN = "http://127.0.0.2:8080";
    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @RegisterExtension
    static final TestServer.Extension WEB = TestServer.extension(b -> b.allowUpdate(new Credentials("editor", "pw-for-test")));

    private static HttpResponse<String> send(String method, String path, String... headers) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + WEB.port() + path))
                .method(method, HttpRequest.BodyPublishers.noBody());
        if (headers.length > 0)
            b.headers(headers);
        try {
            return CLIENT.send(b.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static Optional<String> header(HttpResponse<?> r, String name) {
        return r.headers().firstValue(name);
    }

    @Test
    void readOnlyEndpointsAllowOtherOriginsAndUpdateDoesNot() {
        for (String path : List.of("/lsgraph/sparql", "/lsgraph/query", "/lsgraph/data", "/lsgraph/get", "/api/queries", "/id/org/kth",
                "/catalog", "/void", "/dumps/lsgraph.nq", "/reconcile")) {
            HttpResponse<String> preflight = send("OPTIONS", path, "Origin", ORIGIN, "Access-Control-Request-Method", "POST",
                    "Access-Control-Request-Headers", "Content-Type");
            assertEquals(Optional.of(ORIGIN), header(preflight, "Access-Control-Allow-Origin"), "preflight of " + path);
            HttpResponse<String> get = send("GET", path, "Origin", ORIGIN);
            assertEquals(Optional.of(ORIGIN), header(get, "Access-Control-Allow-Origin"), "GET " + path);
        }
        for (String path : List.of("/lsgraph/update", "/lsgraph/gsp-rw")) {
            HttpResponse<String> preflight = send("OPTIONS", path, "Origin", ORIGIN, "Access-Control-Request-Method", "POST");
            assertEquals(Optional.empty(), header(preflight, "Access-Control-Allow-Origin"), "no CORS on " + path);
        }
    }

    @Test
    void traceIsRefusedEverywhere() {
        // (/lsgraph/update asks for credentials first: 401 before any method is considered.)
        for (String path : List.of("/", "/lsgraph/sparql", "/catalog", "/id/org/kth", "/reconcile", "/api/search", "/dumps/lsgraph.nq")) {
            HttpResponse<String> r = send("TRACE", path);
            assertEquals(405, r.statusCode(), path);
            assertEquals("{\"status\":405,\"error\":\"TRACE is not allowed\"}", r.body(), path);
        }
    }

    @Test
    void aQuerylessGetDescribesTheService() {
        HttpResponse<String> r = send("GET", "/lsgraph/sparql", "Accept", "text/turtle");
        assertEquals(200, r.statusCode(), r.body());
        assertTrue(header(r, "Content-Type").orElse("").startsWith("text/turtle"));
        var g = org.apache.jena.riot.RDFParser.fromString(r.body(), org.apache.jena.riot.Lang.TURTLE).toGraph();
        var endpoint = org.apache.jena.graph.NodeFactory.createURI("http://127.0.0.1:" + WEB.port() + "/lsgraph/sparql");
        assertTrue(g.contains(org.apache.jena.graph.Node.ANY, se.lsgraph.vocab.SD.endpoint.asNode(), endpoint), r.body());
        long named = g.find(org.apache.jena.graph.Node.ANY, se.lsgraph.vocab.SD.namedGraph.asNode(), org.apache.jena.graph.Node.ANY).toList().size();
        assertEquals(WEB.store().graphNames().size(), named);
        assertEquals(200, send("GET", "/lsgraph/sparql?query=ASK%7B%7D", "Accept", "application/sparql-results+json").statusCode());
    }

    @Test
    void negotiationHonoursQValuesAndAnswers406() {
        HttpResponse<String> jsonld = send("GET", "/catalog", "Accept", "text/turtle;q=0.5, application/ld+json;q=0.9");
        assertTrue(header(jsonld, "Content-Type").orElse("").startsWith("application/ld+json"), jsonld.headers().toString());
        assertTrue(jsonld.headers().allValues("Link").contains("<http://127.0.0.1:" + WEB.port() + "/catalog>; rel=\"alternate\"; type=\"text/turtle\""),
                jsonld.headers().toString());
        assertEquals(406, send("GET", "/catalog", "Accept", "application/pdf").statusCode());
        assertEquals(406, send("GET", "/void", "Accept", "text/html").statusCode());
    }

    @Test
    void dumpsHaveLengthValidatorsAndAnswerConditionalAndRangeRequests() {
        HttpResponse<String> full = send("GET", "/dumps/lsgraph.nq");
        assertEquals(200, full.statusCode());
        long length = Long.parseLong(header(full, "Content-Length").orElseThrow());
        assertEquals(full.body().getBytes(java.nio.charset.StandardCharsets.UTF_8).length, length);
        String etag = header(full, "ETag").orElseThrow();
        String modified = header(full, "Last-Modified").orElseThrow();
        assertEquals(304, send("GET", "/dumps/lsgraph.nq", "If-None-Match", etag).statusCode());
        assertEquals(304, send("GET", "/dumps/lsgraph.nq", "If-Modified-Since", modified).statusCode());
        HttpResponse<String> part = send("GET", "/dumps/lsgraph.nq", "Range", "bytes=0-99");
        assertEquals(206, part.statusCode());
        assertEquals(Optional.of("bytes 0-99/" + length), header(part, "Content-Range"));
        byte[] first = java.util.Arrays.copyOf(full.body().getBytes(java.nio.charset.StandardCharsets.UTF_8), 100);
        assertEquals(new String(first, java.nio.charset.StandardCharsets.UTF_8), part.body());
        assertEquals(416, send("GET", "/dumps/lsgraph.nq", "Range", "bytes=" + (length + 10) + "-").statusCode());
    }
    @Test
    void resourcesNegotiateEveryRdfFormatWithLinkHeadersAnd406() {
        HttpResponse<String> rdfxml = send("GET", "/id/org/kth", "Accept", "application/rdf+xml");
        assertTrue(header(rdfxml, "Content-Type").orElse("").startsWith("application/rdf+xml"), rdfxml.headers().toString());
        var g = org.apache.jena.riot.RDFParser.fromString(rdfxml.body(), org.apache.jena.riot.Lang.RDFXML).toGraph();
        assertTrue(g.contains(org.apache.jena.graph.NodeFactory.createURI("https://w3id.org/lsgraph/id/org/kth"),
                org.apache.jena.graph.Node.ANY, org.apache.jena.graph.Node.ANY));
        HttpResponse<String> turtle = send("GET", "/id/org/kth", "Accept", "text/html;q=0.2, text/turtle;q=0.8");
        assertTrue(header(turtle, "Content-Type").orElse("").startsWith("text/turtle"), "q-values decide");
        HttpResponse<String> html = send("GET", "/id/org/kth", "Accept", "text/html, text/turtle;q=0.5");
        assertTrue(header(html, "Content-Type").orElse("").startsWith("text/html"));
        assertEquals(List.of("<https://w3id.org/lsgraph/id/org/kth>; rel=\"alternate\"; type=\"text/html\"",
                "<https://w3id.org/lsgraph/id/org/kth>; rel=\"alternate\"; type=\"text/turtle\"",
                "<https://w3id.org/lsgraph/id/org/kth>; rel=\"alternate\"; type=\"application/ld+json\"",
                "<https://w3id.org/lsgraph/id/org/kth>; rel=\"alternate\"; type=\"application/rdf+xml\"",
                "<https://w3id.org/lsgraph/id/org/kth>; rel=\"alternate\"; type=\"application/n-triples\""),
                html.headers().allValues("Link"));
        assertTrue(header(send("GET", "/id/org/kth", "Accept", "application/n-triples"), "Content-Type").orElse("").startsWith("application/n-triples"));
        assertEquals(406, send("GET", "/id/org/kth", "Accept", "application/pdf").statusCode());
        assertEquals(404, send("GET", "/id/org/no-such-body", "Accept", "text/turtle").statusCode());
    }

    @Test
    void robotsNameTheSitemapWhichListsEveryResourcePage() {
        String base = "http://127.0.0.1:" + WEB.port();
        HttpResponse<String> robots = send("GET", "/robots.txt");
        assertTrue(robots.body().contains("Sitemap: " + base + "/sitemap.xml\n"), robots.body());
        assertTrue(robots.body().contains("Disallow: /lsgraph/\n"), robots.body());
        HttpResponse<String> sitemap = send("GET", "/sitemap.xml");
        assertEquals(200, sitemap.statusCode());
        String count = "SELECT (COUNT(DISTINCT ?s) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } FILTER(?g != <https://w3id.org/lsgraph/graph/catalog>) "
                + "FILTER(isIRI(?s) && STRSTARTS(STR(?s), \"https://w3id.org/lsgraph/id/\")) }";
        long resources = Long.parseLong(WEB.http().query("/lsgraph/sparql", count, "text/csv").body().lines().skip(1).findFirst().orElseThrow().strip());
        assertEquals(resources + 2, sitemap.body().split("<loc>", -1).length - 1, "the start page, the ontology and every resource page");
        assertTrue(sitemap.body().contains("<loc>" + base + "/id/org/kth</loc>"));
    }

    @Test
    void fusekisErrorsAreJsonForJsonClientsWithTheProtocolsStatus() {
        HttpResponse<String> syntax = WEB.http().query("/lsgraph/sparql", "SELEKT * WHERE {}", "application/sparql-results+json");
        assertEquals(400, syntax.statusCode());
        assertTrue(header(syntax, "Content-Type").orElse("").startsWith("application/json"));
        assertEquals("{\"status\":400,\"error\":\"Parse error: Lexical error at line 1, column 7.  Encountered: '32' (32), "
                + "after prefix \\\"SELEKT\\\"\"}", syntax.body());
        HttpResponse<String> plain = WEB.http().query("/lsgraph/sparql", "SELEKT * WHERE {}", "text/csv");
        assertEquals(400, plain.statusCode());
        assertEquals("Parse error: Lexical error at line 1, column 7.  Encountered: '32' (32), after prefix \"SELEKT\"\n", plain.body(),
                "a client not asking for JSON keeps Fuseki's text");

        HttpResponse<String> update = WEB.http().postForm("/lsgraph/update", "update", "INSERT DATTA {}", "application/json", "editor", "pw-for-test");
        assertEquals(400, update.statusCode());
        assertEquals("{\"status\":400,\"error\":\"Lexical error at line 1, column 13.  Encountered: '32' (32), after prefix \\\"DATTA\\\"\"}",
                update.body());

        HttpResponse<String> noGraph = WEB.http().get("/lsgraph/data?graph=" + se.lsgraph.support.Http.encode("https://w3id.org/lsgraph/graph/nope"),
                "application/ld+json");
        assertEquals(404, noGraph.statusCode());
        assertEquals("{\"status\":404,\"error\":\"No such graph: <https://w3id.org/lsgraph/graph/nope>\"}", noGraph.body());

        // Fuseki's timeout parameter (capped by the server's) cuts a catastrophic regex after 1 s.
        String regex = "SELECT ?m WHERE { BIND(REGEX(\"" + "a".repeat(40) + "!\", \"^((a+)\\\\2?)+$\") AS ?m) }";
        HttpResponse<String> timeout = WEB.http().get("/lsgraph/sparql?timeout=1&query=" + se.lsgraph.support.Http.encode(regex),
                "application/sparql-results+json");
        assertEquals(503, timeout.statusCode());
        assertEquals("{\"status\":503,\"error\":\"Query timed out\"}", timeout.body());
    }
}
