package se.lsgraph.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.compose.Union;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.VOID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import se.lsgraph.catalog.CatalogGraph;
import se.lsgraph.catalog.CatalogRecord;
import se.lsgraph.catalog.CatalogSettings;
import se.lsgraph.catalog.DatasetCounts;
import se.lsgraph.support.Http;
import se.lsgraph.support.TestServer;
import se.lsgraph.support.TestStores;
import se.lsgraph.validate.ShapesValidator;
import se.lsgraph.vocab.Ids;

/**
 * The catalogue record at /catalog and the VoID at /void: lsgraph's shapes, one count everywhere, settings;
 * after writes over HTTP, the stored record, /void and SPARQL still agree, the modified date moved, and the
 * catalogue graph stays system-owned (no upload into it sticks); a dump is the same file until a write.
 */
class CatalogTest {
    private static final String BASE = "https://lsgraph.test.invalid";
    private static final Node VCARD_EMAIL = NodeFactory.createURI("http://www.w3.org/2006/vcard/ns#hasEmail");

    private static final String USER = "editor";
    private static final String PASSWORD = "correct-horse-battery";
    private static final String EDITS = "https://w3id.org/lsgraph/graph/catalog-after-writes";
    private static final String CATALOG = CatalogGraph.NAME.getURI();
    private static final ObjectMapper JSON = new ObjectMapper();

    // Updates allowed: the stored record, /void and SPARQL are checked after writes too.
    @RegisterExtension
    static final TestServer.Extension WEB = TestServer.extension(b -> b.publicUrl(BASE).allowUpdate(new Credentials(USER, PASSWORD)));

    @Test
    void catalogIsServedAsRdfXmlAndPassesLsgraphsShapesWithoutBlankNodes() {
        HttpResponse<String> r = WEB.http().get("/catalog", "application/rdf+xml");
        assertEquals(200, r.statusCode());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/rdf+xml"));
        Graph record = parse(r.body(), Lang.RDFXML);
        assertFalse(record.find().toList().stream().anyMatch(t -> t.getSubject().isBlank() || t.getObject().isBlank()),
                "no blank nodes");
        Graph shapes = TestStores.bundle().graphs().get(Ids.graph("shapes"));
        Graph ontology = TestStores.bundle().graphs().get(Ids.ONTOLOGY_GRAPH);
        // Without catalogue settings, lsgraph's shapes miss exactly what only a deployment can say.
        assertEquals(List.of("A contact point needs vcard:fn", "A publisher needs foaf:name", "A publisher needs its type (ADMS publisher type)"),
                new ShapesValidator(shapes).validate(new Union(record, ontology)).stream().map(ShapesValidator.Violation::message).sorted().toList());
        assertTrue(record.contains(Node.ANY, NodeFactory.createURI("http://www.w3.org/ns/dcat#endpointURL"),
                NodeFactory.createURI(BASE + "/lsgraph/sparql")));
    }

    @Test
    void withoutSettingsTheRecordNamesNoContactAndSaysWhatIsMissing() {
        Graph record = parse(WEB.http().get("/catalog", "text/turtle").body(), Lang.TURTLE);
        assertFalse(record.contains(Node.ANY, VCARD_EMAIL, Node.ANY), "no invented contact");
        assertEquals(List.of("publisher.name", "publisher.type", "contact.email", "publisher.organisation-number"),
                CatalogSettings.NONE.missingMandatory().stream().map(m -> m.substring(0, m.indexOf(' '))).toList());
    }

    @Test
    void badSettingsAreRejectedNamingTheKey(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("catalog.properties");
        Files.writeString(file, "publisher.name=Testorganisationen\ncontact.email=not-an-address\n");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> CatalogSettings.read(file));
        assertEquals(file + ": contact.email is not an e-mail address: 'not-an-address'", e.getMessage());
        Files.writeString(file, "publisher.organisation-number=202100-2974\n");
        e = assertThrows(IllegalArgumentException.class, () -> CatalogSettings.read(file));
        assertTrue(e.getMessage().contains("publisher.organisation-number is not a Swedish organisation number"), e.getMessage());
        Files.writeString(file, "contact.mail=data@lsgraph.test.invalid\n");
        e = assertThrows(IllegalArgumentException.class, () -> CatalogSettings.read(file));
        assertTrue(e.getMessage().startsWith(file + ": unknown key 'contact.mail'"), e.getMessage());
    }

    @Test
    void voidStartupSparqlAndEveryDumpCountTheSameTriples() {
        Graph v = parse(WEB.http().get("/void", "text/turtle").body(), Lang.TURTLE);
        long voidTriples = number(v, CatalogRecord.DATASET, VOID.triples.asNode());
        long nquads = WEB.http().get("/dumps/lsgraph.nq", "*/*").body().lines().filter(l -> !l.isBlank()).count();
        DatasetGraph trig = RDFParser.create().source(new StringReader(WEB.http().get("/dumps/lsgraph.trig", "*/*").body()))
                .lang(Lang.TRIG).toDatasetGraph();
        DatasetGraph jsonld = RDFParser.create().source(new StringReader(WEB.http().get("/dumps/lsgraph.jsonld", "*/*").body()))
                .lang(Lang.JSONLD).toDatasetGraph();
        String sparql = "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } FILTER(?g != <" + CatalogGraph.NAME.getURI() + ">) }";
        String csv = WEB.http().query("/lsgraph/sparql", sparql, "text/csv").body();
        assertEquals(voidTriples, nquads);
        assertEquals(voidTriples, trig.stream().count());
        assertEquals(0, trig.getDefaultGraph().size(), "the TriG dump has no default graph repeating the named graphs");
        assertEquals(voidTriples, jsonld.stream().count());
        assertEquals(voidTriples, Long.parseLong(csv.lines().skip(1).findFirst().orElseThrow().strip()));
        assertEquals(voidTriples, DatasetCounts.of(WEB.store()).quads());
    }

    @Test
    void voidHasASubsetPerNamedGraphPartitionsAndLinksets() {
        Graph v = parse(WEB.http().get("/void", "text/turtle").body(), Lang.TURTLE);
        Node sdName = NodeFactory.createURI("http://www.w3.org/ns/sparql-service-description#name");
        Map<String, Long> perGraph = new TreeMap<>();
        v.find(Node.ANY, sdName, Node.ANY).forEachRemaining(t -> perGraph.put(t.getObject().getURI(),
                number(v, t.getSubject(), VOID.triples.asNode())));
        Map<String, Long> expected = new TreeMap<>();
        for (Node g : WEB.store().graphNames())
            if (!g.equals(CatalogGraph.NAME))
                expected.put(g.getURI(), WEB.store().size(g));
        assertEquals(expected, perGraph);
        // Links counted by hand in data/identifiers/identifiers.ttl: 12 organisations with a ROR ID,
        // 11 resources with a Wikidata item, 8 places with a GeoNames feature, 7 SCB codes (2 counties, 5 municipalities);
        // plus data/opendata/: 2 more ROR matches (Folktandvården Stockholms län, Regeringen), the Wikidata item of
        // Regeringen's ROR record, and the SCB codes of all 21 counties and 290 municipalities.
        Map<String, Long> links = new TreeMap<>();
        for (String target : List.of("ror", "wikidata", "geonames", "scb"))
            links.put(target, number(v, NodeFactory.createURI(CatalogRecord.DATASET.getURI() + "/linkset/" + target), VOID.triples.asNode()));
        assertEquals(Map.of("ror", 14L, "wikidata", 12L, "geonames", 8L, "scb", 318L), links);
        String organisations = WEB.http().query("/lsgraph/sparql", "SELECT (COUNT(DISTINCT ?o) AS ?n) WHERE { GRAPH ?g { ?o a <http://www.w3.org/ns/org#Organization> } "
                + "FILTER(?g != <" + CatalogGraph.NAME.getURI() + ">) }", "text/csv").body();
        Node partition = v.find(Node.ANY, VOID._class.asNode(), NodeFactory.createURI("http://www.w3.org/ns/org#Organization")).next().getSubject();
        assertEquals(Long.parseLong(organisations.lines().skip(1).findFirst().orElseThrow().strip()),
                number(v, partition, VOID.entities.asNode()));
        assertTrue(v.contains(Node.ANY, VOID.property.asNode(), NodeFactory.createURI("http://www.w3.org/2004/02/skos/core#prefLabel")));
    }

    @Test
    void theRecordIsInItsOwnNamedGraphOfTheSparqlStore() {
        String ask = "ASK { GRAPH <" + CatalogGraph.NAME.getURI() + "> { <" + CatalogRecord.CATALOG.getURI()
                + "> a <http://www.w3.org/ns/dcat#Catalog> . <" + CatalogRecord.DATASET.getURI() + "> <" + VOID.triples.getURI() + "> ?n } }";
        assertTrue(WEB.http().query("/lsgraph/sparql", ask, "application/sparql-results+json").body().contains("true"));
    }

    @Test
    void dumpsThatDoNotExistAre404() {
        assertEquals(404, WEB.http().get("/dumps/lsgraph.xls", "*/*").statusCode());
    }

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
        Graph v = parse(WEB.http().get("/void", "text/turtle").body(), Lang.TURTLE);
        return ((Number) v.find(CatalogRecord.DATASET, VOID.triples.asNode(), Node.ANY).next().getObject().getLiteralValue()).longValue();
    }

    private static Instant modifiedAtCatalog() {
        Graph record = parse(WEB.http().get("/catalog", "text/turtle").body(), Lang.TURTLE);
        return Instant.parse(record.find(CatalogRecord.DATASET, DCTerms.modified.asNode(), Node.ANY).next().getObject().getLiteralLexicalForm());
    }

    private static long storedCount(String select) {
        return Long.parseLong(storedValue(select));
    }

    private static String storedValue(String select) {
        String csv = WEB.http().query("/lsgraph/sparql", select, "text/csv").body();
        return csv.lines().skip(1).findFirst().orElseThrow().strip();
    }

    
    private static long number(Graph g, Node s, Node p) {
        return ((Number) g.find(s, p, Node.ANY).next().getObject().getLiteralValue()).longValue();
    }

    private static Graph parse(String body, Lang lang) {
        return RDFParser.create().source(new StringReader(body)).lang(lang).toGraph();
    }
}
