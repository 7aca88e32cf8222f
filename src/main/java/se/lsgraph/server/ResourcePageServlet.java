package se.lsgraph.server;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFWriter;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingFactory;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.syntax.syntaxtransform.QueryTransformOps;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import se.lsgraph.query.BundledSparql;
import se.lsgraph.store.GraphStore;
import se.lsgraph.vocab.Ids;

/**
 * Serves every resource at the path of its IRI (/id/...): an HTML page for people (its statements
 * with labels, links, and the source of each statement), or Turtle / JSON-LD by content negotiation.
 * An IRI the graph does not know is a 404 page.
 */
final class ResourcePageServlet extends HttpServlet {
    private final transient GraphStore store;
    private final transient Query statements = QueryFactory.create(BundledSparql.text("resource-statements"));
    private final transient Query sources = QueryFactory.create(BundledSparql.text("resource-sources"));
    private final transient Query incoming = QueryFactory.create(BundledSparql.text("resource-incoming"));
    private final transient Query description = QueryFactory.create(BundledSparql.text("resource-description"));

    ResourcePageServlet(GraphStore store) {
        this.store = store;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String path = req.getPathInfo() == null ? "" : req.getPathInfo().substring(1);
        Node resource = NodeFactory.createURI(Ids.RESOURCE + path);
        List<Binding> rows = select(statements, resource);
        String accept = req.getHeader("Accept") == null ? "" : req.getHeader("Accept");
        if (rows.isEmpty()) {
            notFound(resp, Ids.RESOURCE + path);
            return;
        }
        if (accept.contains("text/turtle"))
            sendRdf(resp, resource, RDFFormat.TURTLE_PRETTY, "text/turtle");
        else if (accept.contains("application/ld+json"))
            sendRdf(resp, resource, RDFFormat.JSONLD11, "application/ld+json");
        else if (accept.contains("application/n-triples"))
            sendRdf(resp, resource, RDFFormat.NTRIPLES, "application/n-triples");
        else
            sendHtml(resp, 200, ResourcePage.render(resource, rows, select(sources, resource), select(incoming, resource)));
    }

    private void sendRdf(HttpServletResponse resp, Node resource, RDFFormat format, String mediaType) throws IOException {
        Query bound = QueryTransformOps.syntaxSubstitute(description, Map.of(Var.alloc("resource"), resource));
        Graph graph = store.read(dsg -> {
            try (QueryExec qe = QueryExec.dataset(dsg).query(bound).build()) {
                return qe.construct();
            }
        });
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

    private static void notFound(HttpServletResponse resp, String iri) throws IOException {
        sendHtml(resp, 404, ResourcePage.notFound(iri));
    }

    static void sendHtml(HttpServletResponse resp, int status, String html) throws IOException {
        resp.setStatus(status);
        resp.setCharacterEncoding("UTF-8");
        resp.setContentType("text/html; charset=utf-8");
        resp.setHeader("Vary", "Accept");
        resp.getWriter().write(html);
    }

    private List<Binding> select(Query query, Node resource) {
        Query bound = QueryTransformOps.syntaxSubstitute(query, Map.of(Var.alloc("resource"), resource));
        return store.read(dsg -> {
            List<Binding> out = new ArrayList<>();
            try (QueryExec qe = QueryExec.dataset(dsg).query(bound).build()) {
                qe.select().forEachRemaining(b -> out.add(BindingFactory.copy(b)));
            }
            return out;
        });
    }
}
