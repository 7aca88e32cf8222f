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
import se.lsgraph.reconcile.Reconciler;
import se.lsgraph.store.GraphStore;
import se.lsgraph.vocab.Ids;

/**
 * The W3C Entity Reconciliation API (version 0.2, as OpenRefine uses it) at /reconcile: the service
 * manifest without parameters, batches of name queries with "queries", and entity previews at
 * /reconcile/preview?id=. Entity ids are the IRIs' paths below https://w3id.org/lsgraph/id/.
 */
final class ReconcileServlet extends HttpServlet {
    private static final int DEFAULT_LIMIT = 3;
    private static final int MAX_QUERIES = 1000;

    private final transient StoreDerived<Reconciler> reconciler;

    ReconcileServlet(GraphStore store) {
        this.reconciler = new StoreDerived<>(store, Reconciler::build);
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
        if ("/preview".equals(req.getPathInfo())) {
            preview(req, resp);
            return;
        }
        String queries = req.getParameter("queries");
        if (queries == null) {
            JsonResponses.send(resp, 200, manifest(baseOf(req)));
            return;
        }
        JsonNode batch;
        try {
            batch = JsonResponses.JSON.readTree(queries);
        } catch (JsonProcessingException e) {
            JsonResponses.error(resp, 400, "queries is not JSON: " + e.getOriginalMessage());
            return;
        }
        if (batch == null || !batch.isObject() || batch.size() > MAX_QUERIES) {
            JsonResponses.error(resp, 400, "queries must be a JSON object of at most " + MAX_QUERIES + " named queries");
            return;
        }
        Map<String, Object> answers = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = batch.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> q = it.next();
            JsonNode text = q.getValue().get("query");
            if (text == null || !text.isTextual()) {
                JsonResponses.error(resp, 400, "query '" + q.getKey() + "' has no \"query\" text");
                return;
            }
            String type = q.getValue().hasNonNull("type") ? q.getValue().get("type").asText() : null;
            int limit = q.getValue().hasNonNull("limit") ? Math.max(1, Math.min(100, q.getValue().get("limit").asInt())) : DEFAULT_LIMIT;
            answers.put(q.getKey(), Map.of("result", results(text.asText(), type, limit)));
        }
        JsonResponses.send(resp, 200, answers);
    }

    private List<Map<String, Object>> results(String query, String type, int limit) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (Reconciler.Result r : reconciler().reconcile(query, type, limit)) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", idOf(r.candidate().iri()));
            m.put("name", r.candidate().name());
            m.put("type", r.candidate().kinds().stream().map(k -> Map.of("id", k.iri(), "name", k.name())).toList());
            m.put("score", r.score());
            m.put("match", r.match());
            out.add(m);
        }
        return out;
    }

    private void preview(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String id = req.getParameter("id");
        Candidate c = id == null ? null : reconciler().candidate(Ids.RESOURCE + id);
        if (c == null) {
            ResourcePageServlet.sendHtml(resp, 404, "<p>Okänd / Unknown: " + Html.escape(id) + "</p>");
            return;
        }
        String kinds = String.join(", ", c.kinds().stream().map(Candidate.Kind::name).toList());
        ResourcePageServlet.sendHtml(resp, 200, "<html lang=\"sv\"><body style=\"font-family:sans-serif;margin:0.3em\">"
                + "<strong><a href=\"/id/" + Html.escape(id) + "\" target=\"_blank\">" + Html.escape(c.name()) + "</a></strong><br>"
                + Html.escape(kinds) + "<br><small>" + Html.escape(String.join(" · ", c.names())) + "</small></body></html>");
    }

    private Reconciler reconciler() {
        return reconciler.get();
    }

    private static Map<String, Object> manifest(String base) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("versions", List.of("0.2"));
        m.put("name", "lsgraph – organisationer och resurser i Stockholm–Uppsalas life science");
        m.put("identifierSpace", Ids.RESOURCE);
        m.put("schemaSpace", "https://w3id.org/lsgraph/ontology#");
        m.put("defaultTypes", List.of(
                Map.of("id", "http://www.w3.org/ns/org#Organization", "name", "Organisation"),
                Map.of("id", "https://w3id.org/lsgraph/ontology#Offering", "name", "Forskningsinfrastruktur, testbädd eller program"),
                Map.of("id", "https://w3id.org/lsgraph/ontology#Place", "name", "Plats")));
        m.put("view", Map.of("url", base + "/id/{{id}}"));
        m.put("preview", Map.of("url", base + "/reconcile/preview?id={{id}}", "width", 400, "height", 100));
        return m;
    }

    private static String idOf(String iri) {
        return iri.substring(Ids.RESOURCE.length());
    }

    private static String baseOf(HttpServletRequest req) {
        return req.getScheme() + "://" + req.getServerName() + ":" + req.getServerPort();
    }
}
