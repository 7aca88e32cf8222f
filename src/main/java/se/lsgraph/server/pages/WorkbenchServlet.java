package se.lsgraph.server.pages;

import java.io.IOException;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import se.lsgraph.store.GraphStore;

/**
 * The SPARQL workbench (YASGUI) at /sparql, what it completes at /sparql/vocabulary.json, and the
 * old editor's address /sparql.html as a permanent redirect.
 */
public final class WorkbenchServlet extends HttpServlet {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final transient GraphStore store;
    private transient volatile String vocabulary;

    public WorkbenchServlet(GraphStore store) {
        this.store = store;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String path = req.getServletPath() + (req.getPathInfo() == null ? "" : req.getPathInfo());
        switch (path) {
            case "/sparql" -> PageWriter.send(req, resp, 200, "sparql", Map.of());
            case "/sparql/vocabulary.json" -> sendVocabulary(resp);
            case "/sparql.html" -> {
                resp.setStatus(HttpServletResponse.SC_MOVED_PERMANENTLY);
                resp.setHeader("Location", "/sparql" + (req.getQueryString() == null ? "" : "?" + req.getQueryString()));
            }
            default -> PageWriter.send(req, resp, 404, "not-found", Map.of("iri", req.getRequestURI()));
        }
    }

    private void sendVocabulary(HttpServletResponse resp) throws IOException {
        // The ontology only changes with a new build: computed once.
        if (vocabulary == null)
            vocabulary = JSON.writeValueAsString(WorkbenchVocabulary.of(store));
        resp.setCharacterEncoding("UTF-8");
        resp.setContentType("application/json; charset=utf-8");
        resp.getWriter().write(vocabulary);
    }
}
