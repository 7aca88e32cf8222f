package se.lsgraph.server;

import java.io.IOException;

import org.apache.jena.graph.NodeFactory;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import se.lsgraph.store.GraphStore;
import se.lsgraph.vocab.Ids;

/**
 * Serves every resource at the path of its IRI (/id/...) as the HTML page of its kind
 * ({@link ResourcePage}); an IRI the graph does not know is a 404 page. RDF formats are negotiated
 * before this servlet, by {@link ResourceNegotiationFilter}, which hands only HTML requests on.
 */
final class ResourcePageServlet extends HttpServlet {
    private final transient ResourcePage page;

    ResourcePageServlet(GraphStore store) {
        this.page = new ResourcePage(store);
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String path = req.getPathInfo() == null ? "" : req.getPathInfo().substring(1);
        page.send(req, resp, NodeFactory.createURI(Ids.RESOURCE + path));
    }

    static void sendHtml(HttpServletResponse resp, int status, String html) throws IOException {
        resp.setStatus(status);
        resp.setCharacterEncoding("UTF-8");
        resp.setContentType("text/html; charset=utf-8");
        resp.setHeader("Vary", "Accept");
        resp.getWriter().write(html);
    }
}
