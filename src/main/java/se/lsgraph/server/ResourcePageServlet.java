package se.lsgraph.server;

import java.io.IOException;
import java.util.Map;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFWriter;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.syntax.syntaxtransform.QueryTransformOps;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import se.lsgraph.query.BundledSparql;
import se.lsgraph.store.GraphStore;
import se.lsgraph.vocab.Ids;

/**
 * Serves every resource at the path of its IRI (/id/...): Turtle / JSON-LD / N-Triples by content
 * negotiation, else the HTML page of its kind ({@link ResourcePage}). An IRI the graph does not know
 * is a 404 page.
 */
final class ResourcePageServlet extends HttpServlet {
    private final transient GraphStore store;
    private final transient ResourcePage page;
    private final transient Query description = QueryFactory.create(BundledSparql.text("resource-description"));

    ResourcePageServlet(GraphStore store) {
        this.store = store;
        this.page = new ResourcePage(store);
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String path = req.getPathInfo() == null ? "" : req.getPathInfo().substring(1);
        Node resource = NodeFactory.createURI(Ids.RESOURCE + path);
        String accept = req.getHeader("Accept") == null ? "" : req.getHeader("Accept");
        if (accept.contains("text/turtle"))
            sendRdf(resp, req, resource, RDFFormat.TURTLE_PRETTY, "text/turtle");
        else if (accept.contains("application/ld+json"))
            sendRdf(resp, req, resource, RDFFormat.JSONLD11, "application/ld+json");
        else if (accept.contains("application/n-triples"))
            sendRdf(resp, req, resource, RDFFormat.NTRIPLES, "application/n-triples");
        else
            page.send(req, resp, resource);
    }

    private void sendRdf(HttpServletResponse resp, HttpServletRequest req, Node resource, RDFFormat format, String mediaType)
            throws IOException {
        Query bound = QueryTransformOps.syntaxSubstitute(description, Map.of(Var.alloc("resource"), resource));
        Graph graph = store.read(dsg -> {
            try (QueryExec qe = QueryExec.dataset(dsg).query(bound).build()) {
                return qe.construct();
            }
        });
        if (graph.isEmpty()) {
            ResourcePage.notFound(req, resp, resource.getURI());
            return;
        }
        graph.getPrefixMapping().setNsPrefix("lsg", se.lsgraph.vocab.LSG.NS)
                .setNsPrefix("skos", "http://www.w3.org/2004/02/skos/core#")
                .setNsPrefix("dcterms", "http://purl.org/dc/terms/")
                .setNsPrefix("lsr", Ids.RESOURCE);
        String out = RDFWriter.source(graph).format(format).asString();
        resp.setStatus(200);
        resp.setCharacterEncoding("UTF-8");
        resp.setContentType(mediaType + "; charset=utf-8");
        resp.setHeader("Vary", "Accept");
        resp.getWriter().write(out);
    }

    static void sendHtml(HttpServletResponse resp, int status, String html) throws IOException {
        resp.setStatus(status);
        resp.setCharacterEncoding("UTF-8");
        resp.setContentType("text/html; charset=utf-8");
        resp.setHeader("Vary", "Accept");
        resp.getWriter().write(html);
    }
}
