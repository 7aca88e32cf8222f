package se.lsgraph.search;

import java.util.List;
import java.util.Map;

/**
 * A search result card: an infrastructure, facility, test bed, support organisation or programme,
 * with who runs it, where it is, what it offers, whom it is for, its status, the way in, and the
 * sources. Every related resource is given as its IRI with its Swedish and English labels.
 *
 * @param fields field name → the values: "kind", "owner", "proposedBy", "place", "offer", "area",
 *               "audience", "status", "wayIn", "source", "document"
 * @param englishByLsgraph the IRIs on the card (the entry point itself, its owner, its place ...)
 *               whose English label is lsgraph's own name, not an official one: marked in English
 */
public record EntryPoint(String iri, Labelled label, double score, Map<String, List<Labelled>> fields,
        List<String> englishByLsgraph) {

    /** A value: an IRI (or a literal such as a URL) with its labels, either of which may be null. */
    public record Labelled(String value, String sv, String en) {}

    public List<Labelled> field(String name) {
        return fields.getOrDefault(name, List.of());
    }

    /** True when the entry point's English name is lsgraph's own (a translation), not an official name. */
    public boolean englishNameByLsgraph() {
        return englishByLsgraph.contains(iri);
    }

    /** The way in, or null when no public source confirms one (shown as unknown). */
    public String wayIn() {
        List<Labelled> w = field("wayIn");
        return w.isEmpty() ? null : w.get(0).value();
    }
}
