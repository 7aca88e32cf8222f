package se.lsgraph.server;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import se.lsgraph.catalog.CatalogGraph;
import se.lsgraph.query.BoundQuery;
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
    private final transient BoundQuery resources = BoundQuery.bundled("sitemap-resources");

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
        List<String> urls = new ArrayList<>();
        urls.add(base + "/");
        urls.add(base + "/ontology");
        for (Binding b : store.read(dsg -> resources.select(dsg, Map.of("catalogGraph", CatalogGraph.NAME)))) {
            if (urls.size() >= MAX_URLS)
                break;
            urls.add(base + "/id/" + b.get(Var.alloc("resource")).getURI().substring(Ids.RESOURCE.length()));
        }
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
