package se.lsgraph.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.time.Instant;
import java.util.Set;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.VOID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import se.lsgraph.catalog.CatalogGraph;
import se.lsgraph.catalog.CatalogRecord;
import se.lsgraph.support.Http;
import se.lsgraph.support.TestServer;
import se.lsgraph.support.TestStores;

/**
 * The stored catalogue graph, /void and SPARQL after writes over HTTP: one count everywhere, the
 * modified date moved, and the catalogue graph system-owned (no upload into it sticks).
 */
class CatalogAfterWritesTest {
    private static final String USER = "editor";
    private static final String PASSWORD = "correct-horse-battery";
    private static final String EDITS = "https://w3id.org/lsgraph/graph/catalog-after-writes";
    private static final String CATALOG = CatalogGraph.NAME.getURI();
    private static final ObjectMapper JSON = new ObjectMapper();

    @RegisterExtension
    static final TestServer.Extension WEB = TestServer.extension(b -> b.publicUrl("https://lsgraph.test.invalid")
            .allowUpdate(new Credentials(USER, PASSWORD)));

    @Test
    void anUpdateAndAnUploadAreCountedAlikeByTheStoredRecordVoidAndSparql() throws Exception {
        long before = storedTriples();
        Instant modifiedBefore = storedModified();
        assertEquals(before, sparqlCount());

        String insert = "INSERT DATA { GRAPH <" + EDITS + "> { <https://w3id.org/lsgraph/id/test/a> "
                + "<http://www.w3.org/2004/02/skos/core#prefLabel> \"Ett\"@sv , \"Två\"@sv } }";
        assertEquals(204, WEB.http().post("/lsgraph/update", "application/sparql-update", insert, USER, PASSWORD).statusCode());
        assertEquals(before + 2, storedTriples());
        assertEquals(before + 2, sparqlCount());
        assertEquals(before + 2, voidTriples());
        assertEquals(2, storedSubsetTriples(EDITS));
        Instant afterUpdate = storedModified();
        assertTrue(afterUpdate.isAfter(modifiedBefore), modifiedBefore + " then " + afterUpdate);
        assertEquals(afterUpdate, modifiedAtCatalog(), "/catalog gives the stored record's modified date");

        String three = "<https://w3id.org/lsgraph/id/test/b> <http://www.w3.org/2004/02/skos/core#prefLabel> \"Tre\"@sv , \"Fyra\"@sv , \"Fem\"@sv .";
        int put = WEB.http().put("/lsgraph/gsp-rw?graph=" + Http.encode(EDITS), "text/turtle", three, USER, PASSWORD).statusCode();
        assertTrue(put == 200 || put == 201 || put == 204, "status " + put);
        assertEquals(before + 3, storedTriples(), "the upload replaced the graph's 2 triples with 3");
        assertEquals(before + 3, sparqlCount());
        assertEquals(before + 3, voidTriples());
        assertEquals(3, storedSubsetTriples(EDITS));
        assertFalse(storedModified().isBefore(afterUpdate));

        assertEquals(204, WEB.http().post("/lsgraph/update", "application/sparql-update", "DROP GRAPH <" + EDITS + ">", USER, PASSWORD).statusCode());
        assertEquals(before, storedTriples());
        assertEquals(before, voidTriples());
        assertEquals(0, storedSubsetCount(EDITS), "the dropped graph has no subset left");
    }

    @Test
    void anUploadIntoTheCatalogueGraphIsRefusedAndChangesNothing() throws Exception {
        Set<Quad> before = TestStores.snapshot(WEB.store());
        var r = WEB.http().put("/lsgraph/gsp-rw?graph=" + Http.encode(CATALOG), "text/turtle",
                "<https://w3id.org/lsgraph/id/test/x> <http://purl.org/dc/terms/title> \"fake\" .", USER, PASSWORD);
        assertEquals(403, r.statusCode());
        JsonNode body = JSON.readTree(r.body());
        assertEquals(403, body.get("status").asInt());
        assertEquals("the graph " + CATALOG + " is the catalogue graph, which lsgraph writes itself after every change; "
                + "it cannot be uploaded to, replaced or deleted (nothing was changed)", body.get("error").asText());
        assertEquals(403, WEB.http().post("/lsgraph/gsp-rw?graph=" + Http.encode(CATALOG), "text/turtle",
                "<https://w3id.org/lsgraph/id/test/x> <http://purl.org/dc/terms/title> \"fake\" .", USER, PASSWORD).statusCode());
        assertEquals(before, TestStores.snapshot(WEB.store()));
    }

    @Test
    void anUpdateWritingIntoTheCatalogueGraphDoesNotStick() {
        String fake = "INSERT DATA { GRAPH <" + CATALOG + "> { <" + CatalogRecord.DATASET.getURI() + "> <" + VOID.triples.getURI() + "> 1 } }";
        assertEquals(204, WEB.http().post("/lsgraph/update", "application/sparql-update", fake, USER, PASSWORD).statusCode());
        assertEquals(1, storedCount("SELECT (COUNT(?n) AS ?c) WHERE { GRAPH <" + CATALOG + "> { <" + CatalogRecord.DATASET.getURI()
                + "> <" + VOID.triples.getURI() + "> ?n } }"), "one triple count: the record rewritten in the same transaction");
        assertEquals(sparqlCount(), storedTriples());
    }

    @Test
    void aDumpIsTheSameFileUntilAWriteChangesIt() {
        var first = WEB.http().get("/dumps/lsgraph.nq", "*/*");
        var second = WEB.http().get("/dumps/lsgraph.nq", "*/*");
        assertEquals(200, first.statusCode());
        String etag = first.headers().firstValue("ETag").orElseThrow();
        assertEquals(etag, second.headers().firstValue("ETag").orElseThrow(), "served from the same file");
        assertEquals(first.body(), second.body());
        assertEquals(first.headers().firstValue("Last-Modified"), second.headers().firstValue("Last-Modified"));

        String graph = "https://w3id.org/lsgraph/graph/catalog-after-writes-dump";
        String quad = "<https://w3id.org/lsgraph/id/test/dumped> <http://www.w3.org/2004/02/skos/core#prefLabel> \"Dumpad\"@sv <" + graph + "> .";
        assertEquals(204, WEB.http().post("/lsgraph/update", "application/sparql-update",
                "INSERT DATA { GRAPH <" + graph + "> { <https://w3id.org/lsgraph/id/test/dumped> "
                        + "<http://www.w3.org/2004/02/skos/core#prefLabel> \"Dumpad\"@sv } }", USER, PASSWORD).statusCode());
        try {
            var after = WEB.http().get("/dumps/lsgraph.nq", "*/*");
            assertFalse(etag.equals(after.headers().firstValue("ETag").orElseThrow()), "a write makes a new dump");
            assertEquals(first.body().lines().count() + 1, after.body().lines().count());
            assertTrue(after.body().lines().anyMatch(quad::equals), "the new dump holds the written quad");
        } finally {
            WEB.http().post("/lsgraph/update", "application/sparql-update", "DROP GRAPH <" + graph + ">", USER, PASSWORD);
        }
    }

    private static long storedTriples() {
        return storedCount("SELECT ?c WHERE { GRAPH <" + CATALOG + "> { <" + CatalogRecord.DATASET.getURI() + "> <" + VOID.triples.getURI() + "> ?c } }");
    }

    private static long storedSubsetTriples(String graph) {
        return storedCount("SELECT ?c WHERE { GRAPH <" + CATALOG + "> { ?subset <http://www.w3.org/ns/sparql-service-description#name> <"
                + graph + "> ; <" + VOID.triples.getURI() + "> ?c } }");
    }

    private static long storedSubsetCount(String graph) {
        return storedCount("SELECT (COUNT(?subset) AS ?c) WHERE { GRAPH <" + CATALOG + "> { ?subset "
                + "<http://www.w3.org/ns/sparql-service-description#name> <" + graph + "> } }");
    }

    private static Instant storedModified() {
        return Instant.parse(storedValue("SELECT ?c WHERE { GRAPH <" + CATALOG + "> { <" + CatalogRecord.DATASET.getURI() + "> <"
                + DCTerms.modified.getURI() + "> ?c } }"));
    }

    private static long sparqlCount() {
        return storedCount("SELECT (COUNT(*) AS ?c) WHERE { GRAPH ?g { ?s ?p ?o } FILTER(?g != <" + CATALOG + ">) }");
    }

    private static long voidTriples() {
        Graph v = parse(WEB.http().get("/void", "text/turtle").body());
        return ((Number) v.find(CatalogRecord.DATASET, VOID.triples.asNode(), Node.ANY).next().getObject().getLiteralValue()).longValue();
    }

    private static Instant modifiedAtCatalog() {
        Graph record = parse(WEB.http().get("/catalog", "text/turtle").body());
        return Instant.parse(record.find(CatalogRecord.DATASET, DCTerms.modified.asNode(), Node.ANY).next().getObject().getLiteralLexicalForm());
    }

    private static long storedCount(String select) {
        return Long.parseLong(storedValue(select));
    }

    private static String storedValue(String select) {
        String csv = WEB.http().query("/lsgraph/sparql", select, "text/csv").body();
        return csv.lines().skip(1).findFirst().orElseThrow().strip();
    }

    private static Graph parse(String turtle) {
        return RDFParser.create().source(new StringReader(turtle)).lang(Lang.TURTLE).toGraph();
    }
}
