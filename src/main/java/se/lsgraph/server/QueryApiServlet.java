package se.lsgraph.server;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.jena.query.QueryCancelledException;

import com.fasterxml.jackson.databind.ObjectMapper;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import se.lsgraph.query.NamedQuery;
import se.lsgraph.query.QueryCatalogue;
import se.lsgraph.query.QueryParam;
import se.lsgraph.query.QueryResult;
import se.lsgraph.query.QueryRunner;
import se.lsgraph.query.ResultFormat;
import se.lsgraph.store.GraphStore;

/**
 * The query catalogue over HTTP, for people who don't write SPARQL:
 * GET /api/queries lists the queries; GET /api/queries/{name}?param=value runs one
 * (JSON, or CSV with format=csv or Accept: text/csv). Errors are JSON messages, never stack traces.
 */
final class QueryApiServlet extends HttpServlet {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final transient GraphStore store;
    private final transient QueryCatalogue catalogue;

    QueryApiServlet(GraphStore store, QueryCatalogue catalogue) {
        this.store = store;
        this.catalogue = catalogue;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String path = req.getPathInfo();
        if (path == null || path.equals("/")) {
            sendJson(resp, 200, catalogue.list().stream().map(QueryApiServlet::describe).toList());
            return;
        }
        String name = path.substring(1);
        NamedQuery query = catalogue.get(name).orElse(null);
        if (query == null || name.contains("/")) {
            sendError(resp, 404, "no query named '" + name + "'");
            return;
        }
        if (query.params().stream().anyMatch(p -> p.name().endsWith("Endpoint"))) {
            sendError(resp, 400, "query '" + name + "' is federated (it asks another SPARQL endpoint) and runs from the "
                    + "command line only: lsgraph query " + name + " --param ...");
            return;
        }
        Map<String, String> params = new LinkedHashMap<>();
        req.getParameterMap().forEach((k, v) -> {
            if (!k.equals("format"))
                params.put(k, v[0]);
        });
        ResultFormat format;
        try {
            format = formatOf(req);
            QueryRunner.bind(query, params);
        } catch (IllegalArgumentException e) {
            sendError(resp, 400, e.getMessage());
            return;
        }
        QueryResult result;
        try {
            result = QueryRunner.run(store, query, params);
        } catch (QueryCancelledException e) {
            sendError(resp, 503, "query '" + name + "' timed out");
            return;
        }
        resp.setStatus(200);
        resp.setCharacterEncoding("UTF-8");
        resp.setContentType(format.mediaType() + "; charset=utf-8");
        format.write(query.name(), result, resp.getWriter());
    }

    private static ResultFormat formatOf(HttpServletRequest req) {
        String format = req.getParameter("format");
        if (format != null) {
            ResultFormat f = ResultFormat.of(format);
            if (f == ResultFormat.TABLE)
                throw new IllegalArgumentException("format must be json, csv or tsv");
            return f;
        }
        String accept = req.getHeader("Accept");
        if (accept != null && accept.contains("text/csv"))
            return ResultFormat.CSV;
        if (accept != null && accept.contains("text/tab-separated-values"))
            return ResultFormat.TSV;
        return ResultFormat.JSON;
    }

    private static Map<String, Object> describe(NamedQuery q) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", q.name());
        m.put("file", q.file());
        m.put("summary", q.summary());
        m.put("description", q.description());
        List<Map<String, Object>> params = new ArrayList<>();
        for (QueryParam p : q.params()) {
            Map<String, Object> pm = new LinkedHashMap<>();
            pm.put("name", p.name());
            pm.put("type", p.type().label());
            if (!p.choices().isEmpty())
                pm.put("choices", p.choices());
            pm.put("optional", p.optional());
            pm.put("example", p.example());
            pm.put("description", p.description());
            params.add(pm);
        }
        m.put("params", params);
        m.put("sparql", q.sparql());
        return m;
    }

    private static void sendError(HttpServletResponse resp, int status, String message) throws IOException {
        sendJson(resp, status, Map.of("status", status, "error", message));
    }

    private static void sendJson(HttpServletResponse resp, int status, Object body) throws IOException {
        resp.setStatus(status);
        resp.setCharacterEncoding("UTF-8");
        resp.setContentType("application/json; charset=utf-8");
        JSON.writeValue(resp.getWriter(), body);
    }
}
