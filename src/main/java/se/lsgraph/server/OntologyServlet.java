package se.lsgraph.server;

import java.io.IOException;
import java.util.Map;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.riot.RDFWriter;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import se.lsgraph.server.pages.Language;
import se.lsgraph.server.pages.PageWriter;
import se.lsgraph.store.GraphStore;
import se.lsgraph.vocab.Ids;
import se.lsgraph.vocab.LSG;

/**
 * GET /ontology (and /ontology/VERSION, the version IRI): the ontology. People get its
 * documentation, generated from the ontology graph (every term at its own anchor, so each term IRI
 * https://w3id.org/lsgraph/ontology#Term lands on its entry); RDF clients get the ontology graph in
 * the format they ask for. /ontology.ttl is the Turtle.
 */
final class OntologyServlet extends HttpServlet {
    private static final RdfNegotiation FORMATS = RdfNegotiation.htmlAndRdf();

    private final transient GraphStore store;

    OntologyServlet(GraphStore store) {
        this.store = store;
    }

    /** The ontology's owl:versionInfo, as ontology/core/ontology.ttl states it. */
    private String version() {
        return store.read(dsg -> {
            var found = dsg.getGraph(Ids.ONTOLOGY_GRAPH).find(NodeFactory.createURI(LSG.ONTOLOGY), OWL.versionInfo.asNode(), Node.ANY);
            return found.hasNext() ? found.next().getObject().getLiteralLexicalForm() : "";
        });
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String rest = req.getPathInfo() == null ? "" : req.getPathInfo();
        String version = version();
        boolean turtleFile = req.getServletPath().equals("/ontology.ttl");
        if (!rest.isEmpty() && !rest.equals("/" + version)) {
            JsonResponses.error(resp, 404, "no ontology version '" + rest.substring(1) + "' (this is " + version + ")");
            return;
        }
        String mediaType = turtleFile ? "text/turtle" : FORMATS.choose(req, resp, CatalogServlet.baseOf(req) + "/ontology");
        if (mediaType == null)
            return;
        if (RdfNegotiation.HTML.equals(mediaType)) {
            PageWriter.send(req, resp, 200, "ontology/ontology", Map.of("terms", OntologyDocs.terms(store, Language.of(req)),
                    "version", version));
            return;
        }
        Graph ontology = store.read(dsg -> {
            Graph copy = org.apache.jena.sparql.graph.GraphFactory.createDefaultGraph();
            dsg.getGraph(Ids.ONTOLOGY_GRAPH).find().forEachRemaining(copy::add);
            copy.getPrefixMapping().setNsPrefixes(dsg.getGraph(Ids.ONTOLOGY_GRAPH).getPrefixMapping());
            return copy;
        });
        resp.setStatus(200);
        resp.setCharacterEncoding("UTF-8");
        resp.setContentType(mediaType + "; charset=utf-8");
        resp.getWriter().write(RDFWriter.source(ontology).format(RdfNegotiation.formatOf(mediaType)).asString());
    }
}
