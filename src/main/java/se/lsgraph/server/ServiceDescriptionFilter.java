package se.lsgraph.server;

import java.io.IOException;
import java.util.Set;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.RDFWriter;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import se.lsgraph.store.GraphStore;
import se.lsgraph.vocab.SD;

/**
 * GET on a SPARQL query endpoint without a query answers with its SPARQL 1.1 Service Description
 * (Turtle unless another RDF format is asked for): the endpoint, SPARQL 1.1 Query, the result
 * formats, the union default graph and every named graph. Requests with a query pass on to Fuseki.
 */
final class ServiceDescriptionFilter implements Filter {
    private static final RdfNegotiation FORMATS = RdfNegotiation.rdf("text/turtle");
    private static final Set<String> PROTOCOL_PARAMETERS = Set.of("query", "graph", "default", "update");
    private static final String W3C_FORMATS = "http://www.w3.org/ns/formats/";
    private static final String VOID_DATASET = "http://rdfs.org/ns/void#Dataset";

    private final GraphStore store;
    private final String publicUrl;

    ServiceDescriptionFilter(GraphStore store, String publicUrl) {
        this.store = store;
        this.publicUrl = publicUrl;
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain) throws IOException, ServletException {
        HttpServletRequest req = (HttpServletRequest) request;
        HttpServletResponse resp = (HttpServletResponse) response;
        boolean read = "GET".equals(req.getMethod()) || "HEAD".equals(req.getMethod());
        if (!read || req.getParameterMap().keySet().stream().anyMatch(PROTOCOL_PARAMETERS::contains)) {
            chain.doFilter(request, response);
            return;
        }
        String base = publicUrl != null ? publicUrl : CatalogServlet.baseOf(req);
        String endpoint = base + req.getRequestURI();
        String mediaType = FORMATS.choose(req, resp, endpoint);
        if (mediaType == null)
            return;
        resp.setStatus(200);
        resp.setCharacterEncoding("UTF-8");
        resp.setContentType(mediaType + "; charset=utf-8");
        resp.getWriter().write(RDFWriter.source(describe(endpoint, base)).format(RdfNegotiation.formatOf(mediaType)).asString());
    }

    private Graph describe(String endpoint, String base) {
        Graph g = GraphFactory.createDefaultGraph();
        g.getPrefixMapping().setNsPrefix("sd", SD.NS).setNsPrefix("void", "http://rdfs.org/ns/void#");
        Node service = NodeFactory.createURI(endpoint + "#service");
        Node dataset = NodeFactory.createURI(endpoint + "#dataset");
        Node defaultGraph = NodeFactory.createURI(endpoint + "#default-graph");
        add(g, service, RDF.type.asNode(), SD.Service.asNode());
        add(g, service, SD.endpoint.asNode(), NodeFactory.createURI(endpoint));
        add(g, service, SD.supportedLanguage.asNode(), SD.SPARQL11Query.asNode());
        add(g, service, SD.feature.asNode(), SD.UnionDefaultGraph.asNode());
        for (String format : new String[] {"SPARQL_Results_JSON", "SPARQL_Results_XML", "SPARQL_Results_CSV", "SPARQL_Results_TSV",
                "Turtle", "JSON-LD", "RDF_XML", "N-Triples"})
            add(g, service, SD.resultFormat.asNode(), NodeFactory.createURI(W3C_FORMATS + format));
        add(g, service, SD.defaultDataset.asNode(), dataset);
        add(g, dataset, RDF.type.asNode(), SD.Dataset.asNode());
        add(g, dataset, RDF.type.asNode(), NodeFactory.createURI(VOID_DATASET));
        add(g, dataset, NodeFactory.createURI("http://www.w3.org/2000/01/rdf-schema#seeAlso"), NodeFactory.createURI(base + "/void"));
        add(g, dataset, SD.defaultGraph.asNode(), defaultGraph);
        add(g, defaultGraph, RDF.type.asNode(), SD.Graph.asNode());
        for (Node name : store.graphNames()) {
            Node named = NodeFactory.createURI(endpoint + "#graph-" + Integer.toHexString(name.getURI().hashCode()));
            add(g, dataset, SD.namedGraph.asNode(), named);
            add(g, named, RDF.type.asNode(), SD.NamedGraph.asNode());
            add(g, named, SD.name.asNode(), name);
        }
        return g;
    }

    private static void add(Graph g, Node s, Node p, Node o) {
        g.add(Triple.create(s, p, o));
    }
}
