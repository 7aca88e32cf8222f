package se.lsgraph.search;

import java.util.List;
import java.util.Map;

import se.lsgraph.search.EntryPoint.Labelled;

/**
 * The second kind of hit, "what the region said about this need": a consultation point, a
 * development need, or an area, goal or direction of a strategy, with its text and source document.
 *
 * @param fields field name → the values: "kind", "text", "topic", "raisedBy", "document"
 */
public record RegionStatement(String iri, Labelled label, double score, Map<String, List<Labelled>> fields) {
    public List<Labelled> field(String name) {
        return fields.getOrDefault(name, List.of());
    }
}
