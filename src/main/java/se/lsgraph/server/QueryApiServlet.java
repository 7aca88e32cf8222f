package se.lsgraph.server;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.jena.query.Query;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingFactory;

import com.fasterxml.jackson.databind.ObjectMapper;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import se.lsgraph.query.NamedQuery;
import se.lsgraph.query.QueryCatalogue;
import se.lsgraph.query.QueryParam;
import se.lsgraph.query.QueryRunner;
import se.lsgraph.query.ResultFormat;
import se.lsgraph.query.RowStream;
import se.lsgraph.store.GraphStore;

/**
 * The query catalogue over HTTP, for people who don't write SPARQL:
 * GET /api/queries lists the queries; GET /api/queries/{name}?param=value runs one
 * (compact JSON, or CSV/TSV with format=csv|tsv or the Accept header), at most the row limit's rows:
 * JSON ends with {@code "truncated": true|false}, CSV and TSV carry the header
 * {@value #TRUNCATED_HEADER}. With format=sparql it answers the query's text with the values in
 * place instead of running it, as the workbench opens it. Errors are JSON messages, never stack traces.
 */
final class QueryApiServlet extends HttpServlet {
    static final String TRUNCATED_HEADER = "Lsgraph-Truncated";
    static final String LIMIT_HEADER = "Lsgraph-Row-Limit";
    private static final ObjectMapper JSON = new ObjectMapper();
    /** The format that answers the bound query's text rather than its rows. */
    static final String QUERY_TEXT = "sparql";

    private final transient GraphStore store;
    private final transient QueryCatalogue catalogue;
    private final long rowLimit;

    QueryApiServlet(GraphStore store, QueryCatalogue catalogue, long rowLimit) {
        this.store = store;
        this.catalogue = catalogue;
        this.rowLimit = rowLimit;
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
        boolean text = QUERY_TEXT.equalsIgnoreCase(req.getParameter("format"));
        Query bound;
        ResultFormat format;
        try {
            format = text ? null : formatOf(req);
            bound = QueryRunner.parse(query, params);
        } catch (IllegalArgumentException e) {
            sendError(resp, 400, e.getMessage());
            return;
        }
        if (text) {
            sendQueryText(resp, bound);
            return;
        }
        resp.setHeader(LIMIT_HEADER, Long.toString(rowLimit));
        try {
            if (format == ResultFormat.JSON)
                streamJson(resp, query.name(), bound);
            else
                sendDelimited(resp, format, query.name(), bound);
        } catch (QueryCancelledException e) {
            if (!resp.isCommitted())
                sendError(resp, 503, "query '" + name + "' timed out");
        }
    }

    /**
     * The text the store would run: each value in place of its variable, as the API binds it (a
     * VALUES block alone at the top would not reach a variable inside a subquery).
     */
    private static void sendQueryText(HttpServletResponse resp, Query bound) throws IOException {
        resp.setStatus(200);
        resp.setCharacterEncoding("UTF-8");
        resp.setContentType("application/sparql-query; charset=utf-8");
        resp.getWriter().write(bound.serialize());
    }

    /**
     * JSON goes out row by row while the query runs; if the query fails after the first bytes went
     * out, the document still ends well-formed, with an "error" member.
     */
    private void streamJson(HttpServletResponse resp, String name, Query bound) throws IOException {
        resp.setStatus(200);
        resp.setCharacterEncoding("UTF-8");
        resp.setContentType(ResultFormat.JSON.mediaType() + "; charset=utf-8");
        Writer out = resp.getWriter();
        RowStream[] stream = {null};
        try {
            boolean truncated = QueryRunner.stream(store, bound, rowLimit,
                    columns -> stream[0] = RowStream.open(ResultFormat.JSON, name, columns, out), row -> stream[0].row(row));
            stream[0].end(truncated, null);
        } catch (QueryCancelledException e) {
            if (stream[0] == null)
                throw e;
            stream[0].end(true, "query '" + name + "' timed out");
        }
    }

    /**
     * CSV and TSV have no room for a note after the rows, so the rows (at most the row limit) are
     * gathered first and the header {@value #TRUNCATED_HEADER} says whether rows were left out.
     */
    private void sendDelimited(HttpServletResponse resp, ResultFormat format, String name, Query bound) throws IOException {
        List<Binding> rows = new ArrayList<>();
        List<List<String>> columns = new ArrayList<>();
        boolean truncated = QueryRunner.stream(store, bound, rowLimit, columns::add, row -> rows.add(BindingFactory.copy(row)));
        resp.setStatus(200);
        resp.setCharacterEncoding("UTF-8");
        resp.setContentType(format.mediaType() + "; charset=utf-8");
        resp.setHeader(TRUNCATED_HEADER, Boolean.toString(truncated));
        RowStream stream = RowStream.open(format, name, columns.get(0), resp.getWriter());
        rows.forEach(stream::row);
        stream.end(truncated, null);
    }

    private static ResultFormat formatOf(HttpServletRequest req) {
        String format = req.getParameter("format");
        if (format != null) {
            ResultFormat f;
            try {
                f = ResultFormat.of(format);
            } catch (IllegalArgumentException unknown) {
                f = ResultFormat.TABLE;
            }
            if (f == ResultFormat.TABLE)
                throw new IllegalArgumentException("format must be json, csv, tsv or " + QUERY_TEXT + " (the query's text with the values in place), not '" + format + "'");
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
