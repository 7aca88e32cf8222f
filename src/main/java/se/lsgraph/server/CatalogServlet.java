package se.lsgraph.server;

import java.io.IOException;

import org.apache.jena.graph.Graph;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFWriter;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import se.lsgraph.catalog.CatalogRecord;
import se.lsgraph.store.GraphStore;

/**
 * GET /catalog: the DCAT-AP-SE catalogue record with its VoID description, as RDF/XML for
 * harvesting (Turtle or JSON-LD on request). GET /void gives only the VoID description, as Turtle.
 * Deployments set the public URL (serve --public-url) so that the record does not depend on requests.
 */
final class CatalogServlet extends HttpServlet {
    private final transient GraphStore store;
    private final String publicUrl;

    CatalogServlet(GraphStore store, String publicUrl) {
        this.store = store;
        this.publicUrl = publicUrl;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        Graph record = CatalogRecord.build(store, publicUrl != null ? publicUrl : baseOf(req));
        boolean voidOnly = req.getServletPath().equals("/void");
        if (voidOnly)
            record = CatalogRecord.voidOnly(record);
        String accept = req.getHeader("Accept") == null ? "" : req.getHeader("Accept");
        boolean turtle = accept.contains("text/turtle") || voidOnly;
        boolean jsonld = accept.contains("application/ld+json");
        RDFFormat format = jsonld ? RDFFormat.JSONLD11 : turtle ? RDFFormat.TURTLE_BLOCKS : RDFFormat.RDFXML_PRETTY;
        String mediaType = jsonld ? "application/ld+json" : turtle ? "text/turtle" : "application/rdf+xml";
        resp.setStatus(200);
        resp.setCharacterEncoding("UTF-8");
        resp.setContentType(mediaType + "; charset=utf-8");
        resp.setHeader("Vary", "Accept");
        resp.getWriter().write(RDFWriter.source(record).format(format).asString());
    }

    /** The request's own base URL, when no public URL is configured; a strange Host header falls back to localhost. */
    private static String baseOf(HttpServletRequest req) {
        String host = req.getServerName();
        if (host == null || !host.matches("[A-Za-z0-9.\\-]+|\\[[0-9A-Fa-f:.]+]"))
            host = "localhost";
        return req.getScheme() + "://" + host + ":" + req.getServerPort();
    }
}
