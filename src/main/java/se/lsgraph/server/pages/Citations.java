package se.lsgraph.server.pages;

import static se.lsgraph.server.pages.Bindings.lang;
import static se.lsgraph.server.pages.Bindings.text;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.jena.sparql.engine.binding.Binding;

/** The citations of a page, numbered in order, one per named graph that says something about the resource. */
final class Citations {
    private Citations() {}

    /** Builds the citations from the rows of pages/citations.rq and fills {@code numbers} (graph IRI -> number). */
    static List<Citation> of(List<Binding> rows, Language language, Map<String, Integer> numbers) {
        Map<String, Term> sources = new LinkedHashMap<>();
        Map<String, Set<Term>> sections = new LinkedHashMap<>();
        Map<String, Set<Term>> quotes = new LinkedHashMap<>();
        for (Binding b : rows) {
            String g = text(b, "g");
            sources.computeIfAbsent(g, k -> source(b));
            Set<Term> s = sections.computeIfAbsent(g, k -> new LinkedHashSet<>());
            if (text(b, "section") != null)
                s.add(Term.ofIri(text(b, "section"), sectionName(b), lang(b, "sectionLabel")));
            Set<Term> q = quotes.computeIfAbsent(g, k -> new LinkedHashSet<>());
            if (text(b, "quote") != null)
                q.add(Term.text(text(b, "quote"), lang(b, "quote")));
        }
        List<Citation> out = new ArrayList<>();
        for (String g : sources.keySet()) {
            numbers.put(g, out.size() + 1);
            out.add(new Citation(out.size() + 1, sources.get(g), List.copyOf(sections.get(g)), List.copyOf(quotes.get(g))));
        }
        return out;
    }

    /** The document the graph was curated from, else the graph's own title (lsgraph's curation, identifiers). */
    private static Term source(Binding b) {
        String document = text(b, "document");
        if (document != null)
            return Term.ofIri(document, text(b, "documentTitle"), lang(b, "documentTitle"));
        String title = text(b, "graphTitle");
        return Term.text(title != null ? title : Term.shortName(text(b, "g")), lang(b, "graphTitle"));
    }

    private static String sectionName(Binding b) {
        String label = text(b, "sectionLabel");
        String number = text(b, "sectionNumber");
        if (label == null)
            return number;
        return number == null || label.startsWith(number) ? label : number + " " + label;
    }
}
