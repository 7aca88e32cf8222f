package se.lsgraph.server.pages;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The schema.org description of a resource embedded in its page (script type application/ld+json):
 * type, name, other names, the public records it is the same as.
 */
public final class SchemaOrgJsonLd {
    private static final ObjectMapper JSON = new ObjectMapper();

    private SchemaOrgJsonLd() {}

    public static String of(ResourceView view) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("@context", "https://schema.org");
        doc.put("@type", view.kind().schemaType());
        doc.put("@id", view.iri());
        doc.put("name", view.title().text());
        List<String> others = view.names().stream().map(Term::text).filter(n -> !n.equals(view.title().text())).distinct().toList();
        if (!others.isEmpty())
            doc.put("alternateName", others);
        List<String> sameAs = view.identifiers().stream().filter(Term::isLink).map(Term::href).toList();
        if (!sameAs.isEmpty())
            doc.put("sameAs", sameAs);
        return scriptSafe(write(doc));
    }

    /**
     * JSON that cannot end the script element it stands in: &lt;, &gt; and &amp; only occur inside
     * JSON strings, where their \\u escapes mean the same.
     */
    static String scriptSafe(String json) {
        return json.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026");
    }

    private static String write(Object doc) {
        try {
            return JSON.writeValueAsString(doc);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
