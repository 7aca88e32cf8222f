package se.lsgraph.search;

import java.util.List;
import java.util.Map;

import se.lsgraph.search.EntryPoint.Labelled;

/**
 * The second kind of hit, "what the region said about this need": a consultation point, a
 * development need, or an area, goal or direction of a strategy, with its text and source document.
 *
 * @param fields field name → the values: "kind", "text", "topic", "raisedBy", "document"
 * @param englishByLsgraph the IRIs on the card whose English label is lsgraph's own name (see EntryPoint)
 */
public record RegionStatement(String iri, Labelled label, double score, Map<String, List<Labelled>> fields,
        List<String> englishByLsgraph) {
    public List<Labelled> field(String name) {
        return fields.getOrDefault(name, List.of());
    }
}
