package se.lsgraph.server;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.syntax.syntaxtransform.QueryTransformOps;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import se.lsgraph.catalog.CatalogGraph;
import se.lsgraph.query.BundledSparql;
import se.lsgraph.store.GraphStore;
import se.lsgraph.vocab.Ids;

/**
 * For search engines: /robots.txt (pages welcome, the SPARQL endpoint and the APIs not crawled,
 * where the sitemap is) and /sitemap.xml (the sitemaps.org protocol: every resource page and the
 * ontology documentation, on this server).
 */
final class CrawlerServlet extends HttpServlet {
    private static final String SITEMAP_NS = "http://www.sitemaps.org/schemas/sitemap/0.9";
    /** The sitemaps.org limit of URLs in one sitemap file. */
    private static final int MAX_URLS = 50_000;

    private final transient GraphStore store;
    private final String publicUrl;
    private final transient Query resources = QueryFactory.create(BundledSparql.text("sitemap-resources"));

    CrawlerServlet(GraphStore store, String publicUrl) {
        this.store = store;
        this.publicUrl = publicUrl;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String base = publicUrl != null ? publicUrl : CatalogServlet.baseOf(req);
        resp.setStatus(200);
        resp.setCharacterEncoding("UTF-8");
        if (req.getServletPath().equals("/robots.txt")) {
            resp.setContentType("text/plain; charset=utf-8");
            resp.getWriter().write(String.join("\n", "User-agent: *", "Allow: /", "Disallow: " + LsgraphServer.DATASET + "/",
                    "Disallow: /api/", "Disallow: /reconcile", "Disallow: /dumps/", "Sitemap: " + base + "/sitemap.xml", ""));
            return;
        }
        resp.setContentType("application/xml; charset=utf-8");
        try {
            writeSitemap(resp.getWriter(), pages(base));
        } catch (XMLStreamException e) {
            throw new IOException(e);
        }
    }

    private List<String> pages(String base) {
        Query bound = QueryTransformOps.syntaxSubstitute(resources, Map.of(Var.alloc("catalogGraph"), CatalogGraph.NAME));
        List<String> urls = new ArrayList<>();
        urls.add(base + "/");
        urls.add(base + "/ontology");
        store.read(dsg -> {
            try (QueryExec qe = QueryExec.dataset(dsg).query(bound).build()) {
                qe.select().forEachRemaining(b -> {
                    Node r = b.get(Var.alloc("resource"));
                    if (urls.size() < MAX_URLS)
                        urls.add(base + "/id/" + r.getURI().substring(Ids.RESOURCE.length()));
                });
            }
            return null;
        });
        return urls;
    }

    private static void writeSitemap(Writer out, List<String> urls) throws XMLStreamException {
        XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
        xml.writeStartDocument("UTF-8", "1.0");
        xml.writeStartElement("urlset");
        xml.writeDefaultNamespace(SITEMAP_NS);
        for (String url : urls) {
            xml.writeStartElement("url");
            xml.writeStartElement("loc");
            xml.writeCharacters(url);
            xml.writeEndElement();
            xml.writeEndElement();
        }
        xml.writeEndElement();
        xml.writeEndDocument();
        xml.flush();
    }
}
