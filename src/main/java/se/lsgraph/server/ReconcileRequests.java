package se.lsgraph.server;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;

import se.lsgraph.reconcile.ReconcileProperty;
import se.lsgraph.reconcile.ReconcileQuery;

/** Reads the JSON of reconciliation requests; a malformed part is an IllegalArgumentException saying which. */
final class ReconcileRequests {
    private ReconcileRequests() {}

    /**
     * One query of a batch: "query", "type" (a string or a list), "limit", "properties" [{pid, v}];
     * the query text and each property value at most maxLength characters.
     */
    static ReconcileQuery query(JsonNode q, int defaultLimit, int maxLimit, int maxLength) {
        if (q == null || !q.isObject() || !q.path("query").isTextual())
            throw new IllegalArgumentException("has no \"query\" text");
        requireShort("the query text", q.get("query").asText(), maxLength);
        JsonNode type = q.get("type");
        List<String> types = type == null || type.isNull() ? List.of()
                : type.isTextual() ? List.of(type.asText()) : strings(type, "type");
        int limit = q.hasNonNull("limit") ? Math.max(1, Math.min(maxLimit, q.get("limit").asInt())) : defaultLimit;
        List<ReconcileQuery.PropertyValue> values = new ArrayList<>();
        if (q.has("properties"))
            for (JsonNode p : array(q.get("properties"), "properties")) {
                ReconcileProperty property = ReconcileProperty.ofId(p.path("pid").asText(""));
                if (property == null)
                    throw new IllegalArgumentException("unknown property '" + p.path("pid").asText("") + "'");
                JsonNode v = p.get("v");
                for (JsonNode one : v != null && v.isArray() ? v : List.of(v == null ? TextNode.valueOf("") : v)) {
                    String value = one.isObject() ? one.path("id").asText("") : one.asText("");
                    requireShort("the value of " + property.id(), value, maxLength);
                    values.add(new ReconcileQuery.PropertyValue(property, value));
                }
            }
        return new ReconcileQuery(q.get("query").asText(), types, limit, List.copyOf(values));
    }

    private static void requireShort(String what, String text, int maxLength) {
        if (text.length() > maxLength)
            throw new IllegalArgumentException(what + " has " + text.length() + " characters; this server takes at most "
                    + maxLength + " (--reconcile-max-query-length)");
    }

    static List<String> strings(JsonNode node, String field) {
        List<String> out = new ArrayList<>();
        for (JsonNode n : array(node, field)) {
            if (!n.isTextual())
                throw new IllegalArgumentException("\"" + field + "\" must hold strings");
            out.add(n.asText());
        }
        return out;
    }

    static JsonNode array(JsonNode node, String field) {
        if (node == null || !node.isArray())
            throw new IllegalArgumentException("\"" + field + "\" must be a list");
        return node;
    }
}
