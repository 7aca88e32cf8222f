package se.lsgraph.reconcile;

import java.util.List;
import java.util.Map;

/**
 * A resource names can be reconciled against: its IRI, preferred name, other names, kinds, and
 * the values of the service's properties (by property id).
 */
public record Candidate(String iri, String name, List<String> names, List<Kind> kinds, Map<String, List<String>> properties) {

    /** A kind of the candidate: the class IRI and its Swedish label. */
    public record Kind(String iri, String name) {}

    public List<String> values(ReconcileProperty property) {
        return properties.getOrDefault(property.id(), List.of());
    }
}
