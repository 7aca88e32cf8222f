package se.lsgraph.catalog;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * DIGG's DCAT-AP-SE profile as published: RDForms templates (bundle.json) giving, per class, the
 * properties with their cardinality ({@code min} mandatory, {@code pref} recommended, {@code max}),
 * node type, fixed value, pattern and choice list. Items refer to other templates by id, and a
 * template may extend another; both are resolved here into {@link Template}s. A field may depend on
 * another ("deps": the field applies only when the resource has that property with that value).
 */
public final class ProfileTemplates {
    private static final Map<String, String> PREFIXES = Map.of(
            "dcat", "http://www.w3.org/ns/dcat#", "dcterms", "http://purl.org/dc/terms/",
            "foaf", "http://xmlns.com/foaf/0.1/", "odrs", "http://schema.theodi.org/odrs#",
            "owl", "http://www.w3.org/2002/07/owl#", "prov", "http://www.w3.org/ns/prov#",
            "rdf", "http://www.w3.org/1999/02/22-rdf-syntax-ns#", "schema", "http://schema.org/",
            "vcard", "http://www.w3.org/2006/vcard/ns#", "locn", "http://www.w3.org/ns/locn#");

    private final Map<String, JsonNode> byId = new HashMap<>();

    private ProfileTemplates(JsonNode bundle) {
        for (JsonNode t : bundle.get("templates"))
            if (t.hasNonNull("id"))
                byId.put(t.get("id").asText(), t);
    }

    public static ProfileTemplates read(Path bundleJson) {
        try {
            return new ProfileTemplates(new ObjectMapper().readTree(bundleJson.toFile()));
        } catch (IOException e) {
            throw new IllegalArgumentException("Cannot read the DCAT-AP-SE templates " + bundleJson + ": " + e.getMessage(), e);
        }
    }

    /** The resolved template with this id. */
    public Template template(String id) {
        JsonNode t = byId.get(id);
        if (t == null)
            throw new IllegalArgumentException("No template '" + id + "' in the DCAT-AP-SE bundle");
        return resolve(t);
    }

    private Template resolve(JsonNode raw) {
        JsonNode t = withBase(raw);
        List<Template> items = new ArrayList<>();
        for (JsonNode item : t.path("items"))
            items.add(item.isTextual() ? template(item.asText()) : resolve(item));
        List<String> choices = new ArrayList<>();
        for (JsonNode c : t.path("choices"))
            choices.add(c.get("value").asText());
        JsonNode card = t.path("cardinality");
        List<String> deps = new ArrayList<>();
        for (JsonNode d : t.path("deps"))
            deps.add(d.asText());
        return new Template(t.path("id").asText(null), t.path("type").asText(""), iri(t.path("property").asText(null)),
                t.path("nodetype").asText(null), card.path("min").asInt(0), card.path("pref").asInt(0),
                card.has("max") ? card.get("max").asInt() : Integer.MAX_VALUE, t.path("value").asText(null),
                t.path("pattern").asText(null), List.copyOf(choices), List.copyOf(items), label(t), List.copyOf(deps));
    }

    /** A template that extends another takes the other's fields, overriding those it states itself. */
    private JsonNode withBase(JsonNode t) {
        if (!t.hasNonNull("extends"))
            return t;
        JsonNode base = byId.get(t.get("extends").asText());
        if (base == null)
            throw new IllegalArgumentException("Template " + t.path("id").asText() + " extends unknown " + t.get("extends"));
        ObjectNode merged = ((ObjectNode) withBase(base)).deepCopy();
        for (Iterator<Map.Entry<String, JsonNode>> it = t.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> f = it.next();
            if (!f.getKey().equals("extends"))
                merged.set(f.getKey(), f.getValue());
        }
        return merged;
    }

    private static String label(JsonNode t) {
        JsonNode l = t.path("label");
        return l.hasNonNull("en") ? l.get("en").asText() : t.path("id").asText(t.path("property").asText(""));
    }

    static String iri(String name) {
        if (name == null || name.startsWith("http"))
            return name;
        int colon = name.indexOf(':');
        String ns = colon < 0 ? null : PREFIXES.get(name.substring(0, colon));
        if (ns == null)
            throw new IllegalArgumentException("Unknown prefix in DCAT-AP-SE property " + name);
        return ns + name.substring(colon + 1);
    }

    /**
     * One resolved template. A group without a property is a set of alternatives for one field (a
     * format from one list or another); a group with a property describes the value's own fields.
     */
    public record Template(String id, String type, String property, String nodeType, int min, int pref, int max,
                           String fixedValue, String pattern, List<String> choices, List<Template> items, String label,
                           List<String> dependsOn) {
        public boolean isGroup() {
            return "group".equals(type);
        }

        /** A field that applies only when the resource has a given value of a property ("deps": [property, value]). */
        public boolean isConditional() {
            return dependsOn.size() == 2;
        }
    }
}
