package se.lsgraph.names;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;

import se.lsgraph.query.BoundQuery;

/**
 * The English names lsgraph gives by rule: places from their SCB names, links, identifiers, points,
 * classifications and uptake readings from the English names of what they are about, proper names
 * kept unchanged, and section headings from the table of translations. Each rule is a query
 * lsgraph/sparql/english-names/NAME.rq giving ?resource ?english ?source. The rules read only
 * names that no rule gives, so running them again over their own output gives the same names.
 */
public final class EnglishNameRules {
    private static final List<String> RULES = List.of("municipalities", "counties", "links", "identifiers", "geometries",
            "classifications", "mappings", "uptakes", "proper-names", "list-entries");

    private EnglishNameRules() {}

    /** Every rule's names over the graph, in the order of the resources' IRIs. */
    public static List<EnglishName> apply(DatasetGraph dsg) {
        List<EnglishName> names = new ArrayList<>();
        for (String rule : RULES)
            for (Binding row : BoundQuery.bundled("english-names/" + rule).select(dsg, Map.of()))
                names.add(new EnglishName(row.get(Var.alloc("resource")), row.get(Var.alloc("english")).getLiteralLexicalForm(),
                        row.get(Var.alloc("source"))));
        names.addAll(sections(dsg));
        names.sort(Comparator.comparing((EnglishName n) -> n.resource().getURI()));
        return names;
    }

    private static List<EnglishName> sections(DatasetGraph dsg) {
        SectionHeadings headings = SectionHeadings.bundled();
        List<EnglishName> names = new ArrayList<>();
        for (Binding row : BoundQuery.bundled("english-names/sections").select(dsg, Map.of())) {
            Node section = row.get(Var.alloc("resource"));
            String swedish = row.get(Var.alloc("swedish")).getLiteralLexicalForm();
            names.add(new EnglishName(section, headings.translate(swedish, section.getURI()), row.get(Var.alloc("source"))));
        }
        return names;
    }
}
