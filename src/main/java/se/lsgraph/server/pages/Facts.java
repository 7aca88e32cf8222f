package se.lsgraph.server.pages;

import static se.lsgraph.server.pages.Bindings.lang;
import static se.lsgraph.server.pages.Bindings.node;
import static se.lsgraph.server.pages.Bindings.term;
import static se.lsgraph.server.pages.Bindings.text;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.engine.binding.Binding;

/**
 * A resource's statements as facts: one per property, each value once however many documents
 * state it, with the numbers of the citations (documents) that do.
 */
final class Facts {
    private Facts() {}

    static List<Fact> of(List<Binding> statements, Set<String> skipped, Map<String, Integer> citationNumbers, Language language) {
        Map<String, Term> properties = new LinkedHashMap<>();
        Map<String, Map<Term, Set<Integer>>> values = new LinkedHashMap<>();
        for (Binding b : statements) {
            String p = text(b, "p");
            if (skipped.contains(p))
                continue;
            properties.computeIfAbsent(p, k -> PropertyNames.forward(b, "p", language));
            Set<Integer> cited = values.computeIfAbsent(p, k -> new LinkedHashMap<>())
                    .computeIfAbsent(value(b, language), k -> new TreeSet<>());
            Integer number = citationNumbers.get(text(b, "g"));
            if (number != null)
                cited.add(number);
        }
        List<Fact> out = new ArrayList<>();
        properties.forEach((p, label) -> {
            List<Fact.Value> list = new ArrayList<>();
            values.get(p).forEach((term, cited) -> list.add(new Fact.Value(term, List.copyOf(cited))));
            out.add(new Fact(label, list));
        });
        return out;
    }

    private static Term value(Binding b, Language language) {
        Node o = node(b, "o");
        if (o.isURI())
            return term(b, "o", language);
        if (o.isLiteral() && XSDDatatype.XSDanyURI.getURI().equals(o.getLiteralDatatypeURI()))
            return new Term(o.getLiteralLexicalForm(), "", SafeLink.href(o.getLiteralLexicalForm()));
        if (o.isLiteral())
            return Term.text(o.getLiteralLexicalForm(), lang(b, "o"));
        return Term.text(o.toString(), "");
    }
}
