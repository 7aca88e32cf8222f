package se.lsgraph.server.pages;

import static se.lsgraph.server.pages.Bindings.label;
import static se.lsgraph.server.pages.Bindings.text;

import java.util.ArrayList;
import java.util.List;

import org.apache.jena.sparql.engine.binding.Binding;

/** A resource's public identifiers as a reader knows them: "ROR 056d84691" linking to the ROR record. */
final class Identifiers {
    private record Registry(String prefix, String name) {}

    private static final List<Registry> REGISTRIES = List.of(
            new Registry("https://ror.org/", "ROR"),
            new Registry("http://www.wikidata.org/entity/", "Wikidata"),
            new Registry("https://www.wikidata.org/wiki/", "Wikidata"),
            new Registry("http://dataportal.se/organisation/", "Dataportal"),
            new Registry("https://sws.geonames.org/", "GeoNames"));

    private Identifiers() {}

    static List<Term> of(List<Binding> rows, Language language) {
        List<Term> out = new ArrayList<>();
        for (Binding b : rows) {
            String match = text(b, "match");
            if (match != null) {
                out.add(new Term(name(match), "", SafeLink.href(match)));
            } else {
                String[] label = label(b, "labelSv", "labelEn", language);
                String notation = text(b, "notation");
                Term term = Term.text(label[0] == null ? notation : label[0].contains(notation) ? label[0] : label[0] + " " + notation, label[1]);
                boolean ours = "en".equals(label[1]) && "true".equals(text(b, "labelEnByLsgraph"));
                out.add(ours ? term.markedByLsgraph() : term);
            }
        }
        return out;
    }

    private static String name(String iri) {
        for (Registry r : REGISTRIES)
            if (iri.startsWith(r.prefix()))
                return r.name() + " " + iri.substring(r.prefix().length());
        return iri;
    }
}
