package se.lsgraph.server;

import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.Map;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.RDFWriter;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import se.lsgraph.query.BoundQuery;
import se.lsgraph.store.GraphStore;
import se.lsgraph.vocab.Ids;
import se.lsgraph.vocab.LSG;

/**
 * The format decision for /id/*: Jena's ConNeg picks HTML, Turtle, JSON-LD, RDF/XML or N-Triples
 * by the Accept header's q-values (406 for anything else), every answer carries Vary and Link
 * headers to the alternates, RDF is written here, and HTML is handed on to the resource page
 * renderer (as a request that asks for HTML only, so it cannot choose differently).
 */
final class ResourceNegotiationFilter implements Filter {
    private static final RdfNegotiation FORMATS = RdfNegotiation.htmlAndRdf();

    private final GraphStore store;
    private final BoundQuery description = BoundQuery.bundled("resource-description");

    ResourceNegotiationFilter(GraphStore store) {
        this.store = store;
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain) throws IOException, ServletException {
        HttpServletRequest req = (HttpServletRequest) request;
        HttpServletResponse resp = (HttpServletResponse) response;
        if (!"GET".equals(req.getMethod()) && !"HEAD".equals(req.getMethod())) {
            chain.doFilter(request, response);
            return;
        }
        String path = req.getPathInfo() == null ? req.getRequestURI().substring("/id/".length()) : req.getPathInfo().substring(1);
        String mediaType = FORMATS.choose(req, resp, Ids.RESOURCE + path);
        if (mediaType == null)
            return;
        Graph graph = RdfNegotiation.HTML.equals(mediaType) ? null : describe(NodeFactory.createURI(Ids.RESOURCE + path));
        if (graph == null || graph.isEmpty()) {
            chain.doFilter(new AcceptOnly(req, RdfNegotiation.HTML), response);
            return;
        }
        resp.setStatus(200);
        resp.setCharacterEncoding("UTF-8");
        resp.setContentType(mediaType + "; charset=utf-8");
        resp.getWriter().write(RDFWriter.source(graph).format(RdfNegotiation.formatOf(mediaType)).asString());
    }

    private Graph describe(Node resource) {
        Graph graph = store.read(dsg -> description.construct(dsg, Map.of("resource", resource)));
        graph.getPrefixMapping().setNsPrefix("lsg", LSG.NS)
                .setNsPrefix("skos", "http://www.w3.org/2004/02/skos/core#")
                .setNsPrefix("dcterms", "http://purl.org/dc/terms/")
                .setNsPrefix("lsr", Ids.RESOURCE);
        return graph;
    }

    /** The same request, asking for one media type only. */
    private static final class AcceptOnly extends HttpServletRequestWrapper {
        private final String accept;

        AcceptOnly(HttpServletRequest request, String accept) {
            super(request);
            this.accept = accept;
        }

        @Override
        public String getHeader(String name) {
            return "Accept".equalsIgnoreCase(name) ? accept : super.getHeader(name);
        }

        @Override
        public Enumeration<String> getHeaders(String name) {
            return "Accept".equalsIgnoreCase(name) ? Collections.enumeration(java.util.List.of(accept)) : super.getHeaders(name);
        }
    }
}
