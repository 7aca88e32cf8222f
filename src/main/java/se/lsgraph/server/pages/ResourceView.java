package se.lsgraph.server.pages;

import java.util.List;

/**
 * Everything a resource's page shows, in the reader's language; the template of its kind decides
 * what to show and in which order. Lists are empty, never null.
 */
public record ResourceView(
        String iri,
        ResourceKind kind,
        Term title,
        List<Term> names,
        List<Term> kinds,
        List<Fact> facts,
        List<Term> identifiers,
        List<PointGroup> consultationPoints,
        List<Counterpart> counterparts,
        List<Section> sections,
        List<Fact> related,
        List<Citation> citations,
        List<Term> curationNotes) {

    public int pointCount() {
        return consultationPoints.stream().mapToInt(g -> g.points().size()).sum();
    }
}
