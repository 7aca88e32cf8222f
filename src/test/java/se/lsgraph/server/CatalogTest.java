package se.lsgraph.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.compose.Union;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.vocabulary.VOID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import se.lsgraph.catalog.CatalogGraph;
import se.lsgraph.catalog.CatalogRecord;
import se.lsgraph.catalog.CatalogSettings;
import se.lsgraph.catalog.DatasetCounts;
import se.lsgraph.support.TestServer;
import se.lsgraph.support.TestStores;
import se.lsgraph.validate.ShapesValidator;
import se.lsgraph.vocab.Ids;

/** The catalogue record at /catalog and the VoID at /void: lsgraph's shapes, one count everywhere, settings. */
class CatalogTest {
    private static final String BASE = "https://lsgraph.test.invalid";
    private static final Node VCARD_EMAIL = NodeFactory.createURI("http://www.w3.org/2006/vcard/ns#hasEmail");

    @RegisterExtension
    static final TestServer.Extension WEB = TestServer.extension(b -> b.publicUrl(BASE));

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
        // Links in the merged graph, checked against data/: 14 organisations with a ROR ID (identifiers.ttl and
        // the ROR open data), 12 resources with a Wikidata item, 8 places with a GeoNames feature, and 318 SCB
        // codes: the SCB registry's 290 municipalities and 21 counties plus the 7 codes in identifiers.ttl.
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

    private static long number(Graph g, Node s, Node p) {
        return ((Number) g.find(s, p, Node.ANY).next().getObject().getLiteralValue()).longValue();
    }

    private static Graph parse(String body, Lang lang) {
        return RDFParser.create().source(new StringReader(body)).lang(lang).toGraph();
    }
}
