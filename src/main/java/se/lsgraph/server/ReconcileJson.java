package se.lsgraph.server;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import se.lsgraph.reconcile.Candidate;
import se.lsgraph.reconcile.ReconcileProperty;
import se.lsgraph.reconcile.Reconciler;
import se.lsgraph.vocab.Ids;

/** The JSON bodies of the W3C Reconciliation API 0.2, built from the reconciler's answers. */
final class ReconcileJson {
    private ReconcileJson() {}

    static Map<String, Object> manifest(String base) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("versions", List.of("0.2"));
        m.put("name", "lsgraph – organisationer och resurser i Stockholm–Uppsalas life science");
        m.put("identifierSpace", Ids.RESOURCE);
        m.put("schemaSpace", "https://w3id.org/lsgraph/ontology#");
        m.put("documentation", base + "/ontology");
        m.put("defaultTypes", List.of(
                type("http://www.w3.org/ns/org#Organization", "Organisation"),
                type("https://w3id.org/lsgraph/ontology#Offering", "Forskningsinfrastruktur, testbädd eller program"),
                type("https://w3id.org/lsgraph/ontology#Place", "Plats")));
        m.put("view", Map.of("url", base + "/id/{{id}}"));
        m.put("preview", Map.of("url", base + "/reconcile/preview?id={{id}}", "width", 400, "height", 100));
        Map<String, Object> suggest = new LinkedHashMap<>();
        for (String kind : List.of("entity", "type", "property"))
            suggest.put(kind, Map.of("service_url", base + "/reconcile", "service_path", "/suggest/" + kind));
        m.put("suggest", suggest);
        m.put("extend", Map.of("propose_properties", Map.of("service_url", base + "/reconcile", "service_path", "/properties"),
                "property_settings", List.of()));
        return m;
    }

    static List<Map<String, Object>> results(List<Reconciler.Result> results) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (Reconciler.Result r : results) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", idOf(r.candidate().iri()));
            m.put("name", r.candidate().name());
            m.put("type", kinds(r.candidate()));
            m.put("score", r.score());
            m.put("match", r.match());
            List<Map<String, Object>> features = new ArrayList<>();
            features.add(Map.of("id", "name", "value", r.nameScore()));
            for (String p : r.matchedProperties())
                features.add(Map.of("id", p, "value", true));
            m.put("features", features);
            out.add(m);
        }
        return out;
    }

    static Map<String, Object> suggestedEntities(List<Candidate> candidates) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (Candidate c : candidates) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", idOf(c.iri()));
            m.put("name", c.name());
            m.put("notable", kinds(c));
            out.add(m);
        }
        return Map.of("result", out);
    }

    static Map<String, Object> suggestedTypes(List<Candidate.Kind> kinds) {
        return Map.of("result", kinds.stream().map(k -> type(k.iri(), k.name())).toList());
    }

    static List<Map<String, Object>> properties(List<ReconcileProperty> properties) {
        return properties.stream().map(p -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", p.id());
            m.put("name", p.label());
            m.put("description", p.description());
            return m;
        }).toList();
    }

    /** Data extension: for each id, the asked properties' values as strings (empty where lsgraph knows none). */
    static Map<String, Object> extension(Reconciler reconciler, List<String> ids, List<ReconcileProperty> properties) {
        List<Map<String, Object>> meta = properties.stream().map(p -> Map.<String, Object>of("id", p.id(), "name", p.label())).toList();
        Map<String, Object> rows = new LinkedHashMap<>();
        for (String id : ids) {
            Candidate c = reconciler.candidate(Ids.RESOURCE + id);
            Map<String, Object> row = new LinkedHashMap<>();
            for (ReconcileProperty p : properties)
                row.put(p.id(), c == null ? List.of() : c.values(p).stream().map(v -> Map.of("str", v)).toList());
            rows.put(id, row);
        }
        return Map.of("meta", meta, "rows", rows);
    }

    private static List<Map<String, Object>> kinds(Candidate c) {
        return c.kinds().stream().map(k -> type(k.iri(), k.name())).toList();
    }

    private static Map<String, Object> type(String id, String name) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", id);
        m.put("name", name);
        return m;
    }

    static String idOf(String iri) {
        return iri.substring(Ids.RESOURCE.length());
    }
}
