package se.lsgraph.server.pages;

import static se.lsgraph.server.pages.Bindings.isTrue;
import static se.lsgraph.server.pages.Bindings.lang;
import static se.lsgraph.server.pages.Bindings.node;
import static se.lsgraph.server.pages.Bindings.term;
import static se.lsgraph.server.pages.Bindings.text;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;

import se.lsgraph.store.GraphStore;
import se.lsgraph.vocab.LSG;

/** Builds a resource's page model from the graph, in the reader's language. */
public final class ResourceViews {
    private static final String ADMS_IDENTIFIER = "http://www.w3.org/ns/adms#identifier";
    /** Properties a page shows in their own place (title, names, kinds, citations, notes, identifiers), not as facts. */
    private static final Set<String> NOT_FACTS = Set.of(RDF.type.getURI(), SKOS.prefLabel.getURI(), SKOS.altLabel.getURI(),
            DCTerms.source.getURI(), LSG.NS + "quote", LSG.NS + "curationNote", SKOS.exactMatch.getURI(), ADMS_IDENTIFIER,
            LSG.NS + "revisionOf", LSG.NS + "correspondsTo");
    /**
     * Incoming links a page does not list as related: bookkeeping (reified link resources) and
     * what it shows in its own sections (consultation points, counterparts, table of contents).
     */
    private static final Set<String> NOT_RELATED = Set.of(RDF.subject.getURI(), RDF.object.getURI(), LSG.NS + "raisedBy",
            LSG.NS + "inConsultation", LSG.NS + "underHeading", LSG.NS + "revisionOf", LSG.NS + "correspondsTo",
            DCTerms.isPartOf.getURI());

    private final PageQueries queries;

    public ResourceViews(GraphStore store) {
        this.queries = new PageQueries(store);
    }

    /** The page model, or empty when the graph says nothing about the resource. */
    public Optional<ResourceView> of(Node resource, Language language) {
        List<Binding> statements = queries.select("resource-statements", resource);
        if (statements.isEmpty())
            return Optional.empty();
        Set<String> types = new HashSet<>();
        queries.select("pages/types", resource).forEach(b -> types.add(text(b, "type")));
        Map<String, Integer> citationNumbers = new LinkedHashMap<>();
        List<Citation> citations = Citations.of(queries.select("pages/citations", resource), language, citationNumbers);
        return Optional.of(new ResourceView(
                resource.getURI(),
                ResourceKind.of(types),
                title(resource, statements, language),
                names(statements),
                values(statements, RDF.type.getURI(), language),
                Facts.of(statements, NOT_FACTS, citationNumbers, language),
                Identifiers.of(queries.select("pages/identifiers", resource), language),
                ConsultationPoints.of(queries.select("pages/consultation-points", resource), language),
                counterparts(resource, language),
                sections(resource, language),
                related(resource, language),
                citations,
                literals(statements, LSG.NS + "curationNote")));
    }

    private static Term title(Node resource, List<Binding> statements, Language language) {
        Term fallback = null;
        for (Binding b : statements) {
            Node o = node(b, "o");
            if (!SKOS.prefLabel.getURI().equals(text(b, "p")) || !o.isLiteral())
                continue;
            if (o.getLiteralLanguage().equals(language.code()))
                return name(b);
            if (fallback == null || o.getLiteralLanguage().equals("sv"))
                fallback = Term.text(o.getLiteralLexicalForm(), o.getLiteralLanguage());
        }
        return fallback != null ? fallback : twinsName(statements, language).orElse(Term.text(Term.shortName(resource.getURI()), ""));
    }

    /** A curated place without a name of its own is named by its SCB twin (each lies within the other). */
    private static Optional<Term> twinsName(List<Binding> statements, Language language) {
        for (Binding b : statements)
            if (isTrue(b, "oIsTwin")) {
                Term twin = term(b, "o", language);
                if (twin.text() == null || twin.lang().isEmpty())
                    continue;
                Term name = Term.text(twin.text(), twin.lang());
                return Optional.of(twin.byLsgraph() ? name.markedByLsgraph() : name);
            }
        return Optional.empty();
    }

    /** All names and abbreviations, the English names lsgraph gave itself marked as such. */
    private static List<Term> names(List<Binding> statements) {
        Set<Term> out = new LinkedHashSet<>();
        for (Binding b : statements) {
            String p = text(b, "p");
            if ((SKOS.prefLabel.getURI().equals(p) || SKOS.altLabel.getURI().equals(p)) && node(b, "o").isLiteral())
                out.add(name(b));
        }
        return List.copyOf(out);
    }

    private static Term name(Binding b) {
        Term name = Term.text(text(b, "o"), lang(b, "o"));
        return isLsgraphsEnglishName(b) ? name.markedByLsgraph() : name;
    }

    /** An English name that no official graph states is lsgraph's own (resource-statements.rq says which). */
    private static boolean isLsgraphsEnglishName(Binding b) {
        return isTrue(b, "nameByLsgraph");
    }

    /** The distinct literal values of some properties, over all graphs. */
    private static List<Term> literals(List<Binding> statements, String... properties) {
        Set<String> wanted = Set.of(properties);
        Set<Term> out = new LinkedHashSet<>();
        for (Binding b : statements)
            if (wanted.contains(text(b, "p")) && node(b, "o").isLiteral())
                out.add(Term.text(text(b, "o"), lang(b, "o")));
        return List.copyOf(out);
    }

    /** The labels of a property's IRI values, as text: the classes of a resource are not pages here. */
    private static List<Term> values(List<Binding> statements, String property, Language language) {
        Set<Term> out = new LinkedHashSet<>();
        for (Binding b : statements)
            if (property.equals(text(b, "p")) && node(b, "o").isURI()) {
                Term t = term(b, "o", language);
                out.add(Term.text(t.text(), t.lang()));
            }
        return List.copyOf(out);
    }

    private List<Counterpart> counterparts(Node resource, Language language) {
        List<Counterpart> out = new ArrayList<>();
        for (Binding b : queries.select("pages/counterparts", resource)) {
            String note = text(b, "note");
            out.add(new Counterpart(text(b, "relation"), term(b, "other", language), text(b, "notation"),
                    note == null ? null : Term.text(note, lang(b, "note"))));
        }
        return out;
    }

    private List<Section> sections(Node resource, Language language) {
        List<Section> out = new ArrayList<>();
        for (Binding b : queries.select("pages/sections", resource))
            out.add(new Section(text(b, "sectionNumber"), term(b, "section", language)));
        return out;
    }

    private List<Fact> related(Node resource, Language language) {
        Map<String, Term> properties = new LinkedHashMap<>();
        Map<String, Set<Term>> values = new LinkedHashMap<>();
        for (Binding b : queries.select("resource-incoming", resource)) {
            String p = text(b, "p");
            if (NOT_RELATED.contains(p))
                continue;
            properties.computeIfAbsent(p, k -> PropertyNames.inverse(b, "p", language));
            values.computeIfAbsent(p, k -> new LinkedHashSet<>()).add(term(b, "s", language));
        }
        List<Fact> out = new ArrayList<>();
        properties.forEach((p, label) -> out.add(new Fact(label,
                values.get(p).stream().map(t -> new Fact.Value(t, List.of())).toList())));
        return out;
    }
}
