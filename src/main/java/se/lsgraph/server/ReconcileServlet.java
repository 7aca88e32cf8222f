package se.lsgraph.server;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import se.lsgraph.reconcile.Candidate;
import se.lsgraph.reconcile.ReconcileLimits;
import se.lsgraph.reconcile.ReconcileProperty;
import se.lsgraph.reconcile.ReconcileQuery;
import se.lsgraph.reconcile.Reconciler;
import se.lsgraph.server.pages.Language;
import se.lsgraph.server.pages.SecurityHeaders;
import se.lsgraph.server.pages.Templates;
import se.lsgraph.store.GraphStore;
import se.lsgraph.vocab.Ids;

/**
 * The W3C Entity Reconciliation API (version 0.2, as OpenRefine uses it) at /reconcile: the
 * manifest without parameters; batches of queries ("queries": type as a string or a list, property
 * values that raise scores); data extension ("extend"); /preview?id=; the suggest services
 * /suggest/{entity,type,property}?prefix=; and /properties, the properties a sheet can pull in.
 * Entity ids are the IRIs' paths below https://w3id.org/lsgraph/id/.
 */
final class ReconcileServlet extends HttpServlet {
    private static final int DEFAULT_LIMIT = 3;
    private static final int MAX_LIMIT = 100;

    private final transient StoreDerived<Reconciler> reconciler;
    private final transient ReconcileLimits limits;

    ReconcileServlet(GraphStore store, ReconcileLimits limits) {
        this.reconciler = new StoreDerived<>(store, Reconciler::build);
        this.limits = limits;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        handle(req, resp);
    }

    @Override
    protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        handle(req, resp);
    }

    private void handle(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String path = req.getPathInfo() == null ? "" : req.getPathInfo();
        switch (path) {
            case "" -> reconcileOrDescribe(req, resp);
            case "/preview" -> preview(req, resp);
            case "/suggest/entity" -> JsonResponses.send(resp, 200,
                    ReconcileJson.suggestedEntities(reconciler.get().suggest(prefix(req), limit(req.getParameter("limit")))));
            case "/suggest/type" -> JsonResponses.send(resp, 200, ReconcileJson.suggestedTypes(reconciler.get().kinds().stream()
                    .filter(k -> startsWord(k.name(), prefix(req)) || k.iri().contains(prefix(req))).toList()));
            case "/suggest/property" -> JsonResponses.send(resp, 200, Map.of("result", ReconcileJson.properties(
                    ReconcileProperty.all().stream().filter(p -> startsWord(p.label(), prefix(req)) || p.id().startsWith(prefix(req))).toList())));
            case "/properties" -> proposeProperties(req, resp);
            default -> JsonResponses.error(resp, 404, "no reconciliation service at /reconcile" + path);
        }
    }

    private void reconcileOrDescribe(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        if (req.getParameter("extend") != null) {
            extend(req.getParameter("extend"), resp);
            return;
        }
        String queries = req.getParameter("queries");
        if (queries == null) {
            JsonResponses.send(resp, 200, ReconcileJson.manifest(CatalogServlet.baseOf(req)));
            return;
        }
        JsonNode batch = parse(queries, "queries", resp);
        if (batch == null)
            return;
        if (!batch.isObject()) {
            JsonResponses.error(resp, 400, "queries must be a JSON object of named queries");
            return;
        }
        if (batch.size() > limits.maxBatch()) {
            JsonResponses.error(resp, 413, "this batch has " + batch.size() + " queries; this server answers at most "
                    + limits.maxBatch() + " per request (--reconcile-max-batch)");
            return;
        }
        Map<String, Object> answers = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = batch.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> q = it.next();
            ReconcileQuery query;
            try {
                query = ReconcileRequests.query(q.getValue(), DEFAULT_LIMIT, MAX_LIMIT, limits.maxQueryLength());
            } catch (IllegalArgumentException e) {
                JsonResponses.error(resp, 400, "query '" + q.getKey() + "': " + e.getMessage());
                return;
            }
            answers.put(q.getKey(), Map.of("result", ReconcileJson.results(reconciler.get().reconcile(query))));
        }
        JsonResponses.send(resp, 200, answers);
    }

    private void extend(String text, HttpServletResponse resp) throws IOException {
        JsonNode request = parse(text, "extend", resp);
        if (request == null)
            return;
        try {
            List<String> ids = ReconcileRequests.strings(request.get("ids"), "ids");
            if (ids.size() > limits.maxBatch()) {
                JsonResponses.error(resp, 413, "extend: this request has " + ids.size() + " ids; this server answers at most "
                        + limits.maxBatch() + " per request (--reconcile-max-batch)");
                return;
            }
            List<ReconcileProperty> properties = new ArrayList<>();
            for (JsonNode p : ReconcileRequests.array(request.get("properties"), "properties")) {
                ReconcileProperty property = ReconcileProperty.ofId(p.path("id").asText(""));
                if (property == null)
                    throw new IllegalArgumentException("unknown property '" + p.path("id").asText("") + "' (known: "
                            + String.join(", ", ReconcileProperty.all().stream().map(ReconcileProperty::id).toList()) + ")");
                properties.add(property);
            }
            JsonResponses.send(resp, 200, ReconcileJson.extension(reconciler.get(), ids, properties));
        } catch (IllegalArgumentException e) {
            JsonResponses.error(resp, 400, "extend: " + e.getMessage());
        }
    }

    private void proposeProperties(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        Map<String, Object> body = new LinkedHashMap<>();
        if (req.getParameter("type") != null)
            body.put("type", req.getParameter("type"));
        body.put("properties", ReconcileJson.properties(ReconcileProperty.all()));
        JsonResponses.send(resp, 200, body);
    }

    /**
     * The preview OpenRefine shows in a frame of its own page (another origin): so this one answer
     * may be framed by any page, unlike every other page of the server.
     */
    private void preview(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String id = req.getParameter("id");
        Candidate c = id == null ? null : reconciler.get().candidate(Ids.RESOURCE + id);
        Language language = Language.of(req);
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("lang", language.code());
        model.put("id", id == null ? "" : id);
        model.put("candidate", c);
        if (c != null) {
            model.put("kinds", String.join(", ", c.kinds().stream().map(Candidate.Kind::name).toList()));
            model.put("names", String.join(" · ", c.names()));
        }
        resp.setHeader("Content-Security-Policy", SecurityHeaders.CONTENT_SECURITY_POLICY.replace("frame-ancestors 'none'", "frame-ancestors *"));
        resp.setHeader("X-Frame-Options", null);
        ResourcePageServlet.sendHtml(resp, c == null ? 404 : 200, Templates.bundled().render("reconcile/preview", language, model));
    }

    private static JsonNode parse(String text, String parameter, HttpServletResponse resp) throws IOException {
        try {
            JsonNode node = JsonResponses.JSON.readTree(text);
            if (node == null)
                JsonResponses.error(resp, 400, parameter + " is empty");
            return node;
        } catch (JsonProcessingException e) {
            JsonResponses.error(resp, 400, parameter + " is not JSON: " + e.getOriginalMessage());
            return null;
        }
    }

    private static String prefix(HttpServletRequest req) {
        return req.getParameter("prefix") == null ? "" : req.getParameter("prefix");
    }

    private static boolean startsWord(String text, String prefix) {
        return !prefix.isBlank() && (" " + text.toLowerCase()).contains(" " + prefix.toLowerCase());
    }

    private static int limit(String text) {
        try {
            return text == null ? 10 : Math.max(1, Math.min(MAX_LIMIT, Integer.parseInt(text)));
        } catch (NumberFormatException e) {
            return 10;
        }
    }
}
