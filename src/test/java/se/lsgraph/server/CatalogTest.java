package se.lsgraph.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.net.http.HttpResponse;
import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.compose.Union;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import se.lsgraph.catalog.CatalogRecord;
import se.lsgraph.support.TestServer;
import se.lsgraph.support.TestStores;
import se.lsgraph.validate.ShapesValidator;
import se.lsgraph.vocab.Ids;

/** The harvestable catalogue record at /catalog: RDF/XML, DCAT-AP-SE shapes, VoID counts, no blank nodes. */
class CatalogTest {
    @RegisterExtension
    static final TestServer.Extension WEB = TestServer.extension(b -> b.publicUrl("https://lsgraph.test.invalid"));

    @Test
    void catalogIsServedAsRdfXmlAndPassesItsShapesWithoutBlankNodes() {
        HttpResponse<String> r = WEB.http().get("/catalog", "application/rdf+xml");
        assertEquals(200, r.statusCode());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/rdf+xml"));
        Graph record = RDFParser.create().source(new StringReader(r.body())).lang(Lang.RDFXML).toGraph();
        assertFalse(record.find().toList().stream().anyMatch(t -> t.getSubject().isBlank() || t.getObject().isBlank()),
                "no blank nodes");
        Graph shapes = TestStores.bundle().graphs().get(Ids.graph("shapes"));
        Graph ontology = TestStores.bundle().graphs().get(Ids.ONTOLOGY_GRAPH);
        List<ShapesValidator.Violation> violations = new ShapesValidator(shapes).validate(new Union(record, ontology));
        assertEquals(List.of(), violations);
        Node endpoint = NodeFactory.createURI("https://lsgraph.test.invalid/lsgraph/sparql");
        assertTrue(record.contains(Node.ANY, NodeFactory.createURI("http://www.w3.org/ns/dcat#endpointURL"), endpoint));
    }

    @Test
    void voidCountsMatchTheStore() {
        Graph record = CatalogRecord.build(WEB.store(), "https://lsgraph.test.invalid");
        long quads = WEB.store().read(dsg -> (long) dsg.stream().filter(q -> !q.isDefaultGraph()).count());
        Node triples = record.find(CatalogRecord.DATASET, NodeFactory.createURI("http://rdfs.org/ns/void#triples"), Node.ANY)
                .next().getObject();
        assertEquals(quads, ((Number) triples.getLiteralValue()).longValue());
        HttpResponse<String> v = WEB.http().get("/void", "text/turtle");
        assertEquals(200, v.statusCode());
        Graph voidOnly = RDFParser.create().source(new StringReader(v.body())).lang(Lang.TURTLE).toGraph();
        assertTrue(voidOnly.contains(CatalogRecord.DATASET, NodeFactory.createURI("http://rdfs.org/ns/void#sparqlEndpoint"),
                NodeFactory.createURI("https://lsgraph.test.invalid/lsgraph/sparql")));
        assertFalse(voidOnly.contains(Node.ANY, NodeFactory.createURI("http://www.w3.org/ns/dcat#endpointURL"), Node.ANY),
                "the VoID description holds no DCAT");
    }

    @Test
    void dumpsAreServedAndTheMissingOnesAre404() {
        HttpResponse<String> trig = WEB.http().get("/dumps/lsgraph.trig", "*/*");
        assertEquals(200, trig.statusCode());
        var dataset = RDFParser.create().source(new StringReader(trig.body())).lang(Lang.TRIG).toDatasetGraph();
        assertEquals(WEB.store().size(Ids.graph("doc-004")), dataset.getGraph(Ids.graph("doc-004")).size());
        assertEquals(404, WEB.http().get("/dumps/lsgraph.xls", "*/*").statusCode());
    }
}
