package se.lsgraph.reconcile;

import java.util.List;

/** A resource names can be reconciled against: its IRI, preferred name, other names and kinds. */
public record Candidate(String iri, String name, List<String> names, List<Kind> kinds) {

    /** A kind of the candidate: the class IRI and its Swedish label. */
    public record Kind(String iri, String name) {}
}
