package se.lsgraph.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Consumer;

import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingFactory;
import org.apache.jena.sparql.exec.QueryExec;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import se.lsgraph.query.BundledSparql;
import se.lsgraph.search.EntryPoint.Labelled;
import se.lsgraph.search.SearchDocument.HitType;
import se.lsgraph.search.SearchDocument.RoleText;
import se.lsgraph.store.GraphStore;

/**
 * Reads everything the finder indexes from the store, in a few whole-store queries (never one per
 * hit): the texts, cards and filter values of every entry point, and the texts and cards of what the
 * region said.
 */
final class StoreDocuments {
    static final List<String> QUERIES = List.of("search-entry-point-texts", "search-entry-point-cards",
            "entry-point-filters", "search-region-said-texts", "search-region-said-cards", "search-english-names-by-lsgraph");
    private static final ObjectMapper JSON = new ObjectMapper();

    /** The documents, and the labels of every filter value (facet → value IRI → labels). */
    record Read(List<SearchDocument> documents, Map<String, Map<String, Labelled>> facetLabels) {}

    private StoreDocuments() {}

    static Read read(GraphStore store, BuildBudget budget, Consumer<String> phase) {
        phase.accept("reading entry points");
        Map<String, Set<String>> ownEnglish = englishNamesByLsgraph(store, budget);
        Map<String, List<RoleText>> entryTexts = texts(store, "search-entry-point-texts", budget);
        Map<String, Card> entryCards = cards(store, "search-entry-point-cards", ownEnglish, budget);
        Map<String, Map<String, Set<String>>> facets = new HashMap<>();
        Map<String, Map<String, Labelled>> facetLabels = new TreeMap<>();
        for (Binding b : select(store, "entry-point-filters", budget)) {
            String facet = b.get(Var.alloc("facet")).getLiteralLexicalForm();
            Node value = b.get(Var.alloc("value"));
            facets.computeIfAbsent(b.get(Var.alloc("offering")).getURI(), k -> new HashMap<>())
                    .computeIfAbsent(facet, k -> new HashSet<>()).add(value.getURI());
            facetLabels.computeIfAbsent(facet, k -> new TreeMap<>()).putIfAbsent(value.getURI(),
                    new Labelled(value.getURI(), text(b.get(Var.alloc("sv"))), text(b.get(Var.alloc("en")))));
        }
        phase.accept("reading what the region said");
        Map<String, List<RoleText>> saidTexts = texts(store, "search-region-said-texts", budget);
        Map<String, Card> saidCards = cards(store, "search-region-said-cards", ownEnglish, budget);

        List<SearchDocument> docs = new ArrayList<>();
        entryTexts.forEach((iri, texts) -> docs.add(new SearchDocument(iri, HitType.ENTRY_POINT, texts,
                facets.getOrDefault(iri, Map.of()), json(entryCards.getOrDefault(iri, Card.empty(iri))))));
        saidTexts.forEach((iri, texts) -> docs.add(new SearchDocument(iri, HitType.REGION_SAID, texts, Map.of(),
                json(saidCards.getOrDefault(iri, Card.empty(iri))))));
        docs.sort(Comparator.comparing(SearchDocument::iri));
        return new Read(docs, facetLabels);
    }

    /**
     * A result card as stored in the index: the label and the fields, values sorted, and which of
     * the IRIs it shows (the hit itself, an owner, a place ...) have an English label that is
     * lsgraph's own, not an official name (the card marks those in English).
     */
    record Card(Labelled label, Map<String, List<Labelled>> fields, List<String> englishByLsgraph) {
        Card {
            englishByLsgraph = englishByLsgraph == null ? List.of() : englishByLsgraph;
        }

        static Card empty(String iri) {
            return new Card(new Labelled(iri, null, null), Map.of(), List.of());
        }
    }

    static Card card(String json) {
        try {
            return JSON.readValue(json, Card.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("unreadable card in the search index: " + e.getMessage(), e);
        }
    }

    private static String json(Card card) {
        try {
            return JSON.writeValueAsString(card);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, List<RoleText>> texts(GraphStore store, String query, BuildBudget budget) {
        Map<String, List<RoleText>> out = new LinkedHashMap<>();
        for (Binding b : select(store, query, budget)) {
            Node text = b.get(Var.alloc("text"));
            out.computeIfAbsent(b.get(Var.alloc("item")).getURI(), k -> new ArrayList<>()).add(new RoleText(
                    b.get(Var.alloc("role")).getLiteralLexicalForm(), text.getLiteralLexicalForm(), text.getLiteralLanguage()));
        }
        return out;
    }

    /** Resource IRI → its English names that only the curation graph states. */
    private static Map<String, Set<String>> englishNamesByLsgraph(GraphStore store, BuildBudget budget) {
        Map<String, Set<String>> out = new HashMap<>();
        for (Binding b : select(store, "search-english-names-by-lsgraph", budget))
            out.computeIfAbsent(b.get(Var.alloc("resource")).getURI(), k -> new HashSet<>())
                    .add(b.get(Var.alloc("name")).getLiteralLexicalForm());
        return out;
    }

    private static Map<String, Card> cards(GraphStore store, String query, Map<String, Set<String>> ownEnglish, BuildBudget budget) {
        Map<String, Labelled> labels = new HashMap<>();
        Map<String, Map<String, List<Labelled>>> fields = new HashMap<>();
        for (Binding b : select(store, query, budget)) {
            String item = b.get(Var.alloc("item")).getURI();
            String field = b.get(Var.alloc("field")).getLiteralLexicalForm();
            Labelled value = labelled(b.get(Var.alloc("value")), b.get(Var.alloc("sv")), b.get(Var.alloc("en")));
            if (field.equals("label")) {
                labels.merge(item, value, StoreDocuments::firstOf);
                continue;
            }
            List<Labelled> values = fields.computeIfAbsent(item, k -> new TreeMap<>()).computeIfAbsent(field, k -> new ArrayList<>());
            int same = indexOf(values, value.value());
            if (same < 0)
                values.add(value);
            else
                values.set(same, firstOf(values.get(same), value));
        }
        Map<String, Card> cards = new HashMap<>();
        Set<String> items = new HashSet<>(labels.keySet());
        items.addAll(fields.keySet());
        for (String item : items) {
            Map<String, List<Labelled>> f = fields.getOrDefault(item, Map.of());
            f.values().forEach(v -> v.sort(Comparator.comparing(Labelled::value)));
            Labelled label = labels.getOrDefault(item, new Labelled(item, null, null));
            cards.put(item, new Card(label, f, englishByLsgraph(label, f, ownEnglish)));
        }
        return cards;
    }

    /** The IRIs of a card whose English label, as the card shows it, is one of lsgraph's own names. */
    private static List<String> englishByLsgraph(Labelled label, Map<String, List<Labelled>> fields, Map<String, Set<String>> ownEnglish) {
        Set<String> out = new TreeSet<>();
        List<Labelled> shown = new ArrayList<>(List.of(label));
        fields.values().forEach(shown::addAll);
        for (Labelled l : shown)
            if (l.en() != null && ownEnglish.getOrDefault(l.value(), Set.of()).contains(l.en()))
                out.add(l.value());
        return List.copyOf(out);
    }

    /** A value as a card shows it; a literal keeps its text under its language. */
    private static Labelled labelled(Node value, Node sv, Node en) {
        if (value.isLiteral()) {
            String lex = value.getLiteralLexicalForm();
            String lang = value.getLiteralLanguage();
            return new Labelled(lex, lang.equals("en") ? null : lex, lang.equals("en") ? lex : null);
        }
        return new Labelled(value.getURI(), text(sv), text(en));
    }

    /** Where a value has several labels in one language, keep one, the same on every build. */
    private static Labelled firstOf(Labelled a, Labelled b) {
        return new Labelled(a.value(), min(a.sv(), b.sv()), min(a.en(), b.en()));
    }

    private static String min(String a, String b) {
        if (a == null)
            return b;
        if (b == null)
            return a;
        return a.compareTo(b) <= 0 ? a : b;
    }

    private static int indexOf(List<Labelled> values, String value) {
        for (int i = 0; i < values.size(); i++)
            if (values.get(i).value().equals(value))
                return i;
        return -1;
    }

    private static String text(Node n) {
        return n == null ? null : n.getLiteralLexicalForm();
    }

    private static List<Binding> select(GraphStore store, String name, BuildBudget budget) {
        Query query = QueryFactory.create(BundledSparql.text(name));
        return store.read(dsg -> {
            List<Binding> rows = new ArrayList<>();
            try (QueryExec qe = QueryExec.dataset(dsg).query(query).timeout(budget.remainingMillis()).build()) {
                qe.select().forEachRemaining(b -> rows.add(BindingFactory.copy(b)));
            }
            return rows;
        });
    }
}
