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
import java.util.LinkedHashSet;
import java.util.function.Consumer;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.core.DatasetGraph;
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
 * Reads everything the finder indexes from the store: the texts, cards and filter values of every
 * entry point, and the texts and cards of what the region said, walked from each hit once
 * ({@link StoreWalk}, never one query per hit). A full read goes in batches of a few thousand hits,
 * each handed on (to be written to the index) and dropped before the next, so its memory does not
 * grow with the store: lsgraph's own English names are asked for the resources each batch's cards
 * show, and the filter labels and the twin places, kept for all, are as few as the vocabularies'
 * values and the places (not the hits).
 */
final class StoreDocuments {
    /** The queries the index is read with (the first five are walked by StoreWalk, which gives their rows). */
    static final List<String> QUERIES = List.of("search-entry-point-texts", "search-entry-point-cards",
            "entry-point-filters", "search-region-said-texts", "search-region-said-cards", "search-english-names-of",
            "search-place-twins", "search-place-twins-of");
    /** Hits read and written at a time by a full read. */
    static final int BATCH = 2000;
    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * The documents, the labels of every filter value (facet → value IRI → labels), and the filter
     * values that stand for a twin (a place tied to another as the same area → the one shown).
     */
    record Read(List<SearchDocument> documents, Map<String, Map<String, Labelled>> facetLabels, Map<String, String> shownAs) {}

    /** What a full read kept for all its batches: how many hits it read, the filter labels and the twins. */
    record Totals(long hits, Map<String, Map<String, Labelled>> facetLabels, Map<String, String> shownAs) {}

    private StoreDocuments() {}

    /** How many hits the store holds (each entry point and each thing the region said once). */
    static long countHits(GraphStore store) {
        return store.read(dsg -> {
            StoreWalk walk = new StoreWalk(dsg.getUnionGraph());
            long[] n = {0};
            walk.entryPointsInBatches(BATCH, b -> n[0] += b.size());
            walk.regionSaidInBatches(BATCH, b -> n[0] += b.size());
            return n[0];
        });
    }

    /**
     * Everything the finder indexes, {@code batchSize} hits at a time in one read of the store: each
     * batch's documents go to {@code write}; {@code phase} hears when the read turns to what the
     * region said, {@code progress} how many hits of {@code total} are done.
     */
    static Totals readAll(GraphStore store, long total, int batchSize, BuildBudget budget, Consumer<String> phase,
            Consumer<long[]> progress, Consumer<List<SearchDocument>> write) {
        return store.read(dsg -> {
            Map<String, Map<String, Labelled>> facetLabels = new TreeMap<>();
            long[] done = {0};
            phase.accept("reading entry points");
            StoreWalk walk = new StoreWalk(dsg.getUnionGraph());
            walk.entryPointsInBatches(batchSize, batch -> {
                readBatch(dsg, walk, batch, List.of(), budget, facetLabels, write);
                progress.accept(new long[] {done[0] += batch.size(), total});
            });
            phase.accept("reading what the region said");
            walk.regionSaidInBatches(batchSize, batch -> {
                readBatch(dsg, walk, List.of(), batch, budget, facetLabels, write);
                progress.accept(new long[] {done[0] += batch.size(), total});
            });
            // Twins are pairs of places (a curated place and its register twin): as many as the places, not the hits.
            Map<String, String> shownAs = done[0] == 0 ? Map.of() : shownAs(select(dsg, QueryFactory.create(BundledSparql.text("search-place-twins")), budget));
            return new Totals(done[0], facetLabels, shownAs);
        });
    }

    private static void readBatch(DatasetGraph dsg, StoreWalk walk, List<Node> entryPoints, List<Node> said, BuildBudget budget,
            Map<String, Map<String, Labelled>> facetLabels, Consumer<List<SearchDocument>> write) {
        StoreWalk.Rows rows = walk.rows(entryPoints, said, budget, p -> {}, n -> {});
        Read read = assemble(rows, englishNamesByLsgraph(dsg, rows, budget), Map.of());
        read.facetLabels().forEach((facet, values) -> {
            Map<String, Labelled> labels = facetLabels.computeIfAbsent(facet, k -> new TreeMap<>());
            values.forEach(labels::putIfAbsent);
        });
        write.accept(read.documents());
    }

    /**
     * The documents of only these resources (those of them that are hits), in one read of the
     * store: what the finder re-reads after a write. Its English names and twin places are asked
     * for these hits only; {@link Read#shownAs} holds the twins of the places their filters show.
     */
    static Read readSome(GraphStore store, Set<String> items, BuildBudget budget) {
        return store.read(dsg -> {
            StoreWalk walk = new StoreWalk(dsg.getUnionGraph());
            List<Node> nodes = items.stream().sorted().map(NodeFactory::createURI).toList();
            StoreWalk.Rows rows = walk.rows(nodes, nodes, budget, phase -> {}, n -> {});
            Set<String> places = placesShown(rows);
            Map<String, String> twins = places.isEmpty() ? Map.of()
                    : shownAs(select(dsg, ScopedQuery.of("search-place-twins-of", "place", places), budget));
            return assemble(rows, englishNamesByLsgraph(dsg, rows, budget), twins);
        });
    }

    /** The places the filters of these rows show (each with every place it lies within). */
    static Set<String> placesShown(StoreWalk.Rows rows) {
        Set<String> out = new TreeSet<>();
        for (Binding b : rows.entryFilters())
            if (b.get(Var.alloc("facet")).getLiteralLexicalForm().equals("place"))
                out.add(b.get(Var.alloc("value")).getURI());
        return out;
    }

    /** lsgraph's own English names of the resources these cards show (the hits, their owners, places ...). */
    private static Map<String, Set<String>> englishNamesByLsgraph(DatasetGraph dsg, StoreWalk.Rows rows, BuildBudget budget) {
        Set<String> shown = new TreeSet<>();
        for (List<Binding> cards : List.of(rows.entryCards(), rows.saidCards()))
            for (Binding b : cards) {
                Node value = b.get(Var.alloc("value"));
                if (value.isURI())
                    shown.add(value.getURI());
            }
        if (shown.isEmpty())
            return Map.of();
        return englishNamesByLsgraph(select(dsg, ScopedQuery.of("search-english-names-of", "resource", shown), budget));
    }

    private static Read assemble(StoreWalk.Rows walked, Map<String, Set<String>> ownEnglish, Map<String, String> shownAs) {
        Map<String, Set<String>> dependsOn = new HashMap<>();
        Map<String, List<RoleText>> entryTexts = texts(walked.entryTexts(), dependsOn);
        Map<String, Card> entryCards = cards(walked.entryCards(), ownEnglish, dependsOn);
        Map<String, Map<String, Set<String>>> facets = new HashMap<>();
        Map<String, Map<String, Labelled>> facetLabels = new TreeMap<>();
        for (Binding b : walked.entryFilters()) {
            String facet = b.get(Var.alloc("facet")).getLiteralLexicalForm();
            Node value = b.get(Var.alloc("value"));
            String offering = b.get(Var.alloc("offering")).getURI();
            facets.computeIfAbsent(offering, k -> new HashMap<>()).computeIfAbsent(facet, k -> new HashSet<>()).add(value.getURI());
            dependsOn(dependsOn, offering, value);
            dependsOn(dependsOn, offering, b.get(Var.alloc("twin")));
            facetLabels.computeIfAbsent(facet, k -> new TreeMap<>()).putIfAbsent(value.getURI(),
                    new Labelled(value.getURI(), text(b.get(Var.alloc("sv"))), text(b.get(Var.alloc("en")))));
        }
        Map<String, List<RoleText>> saidTexts = texts(walked.saidTexts(), dependsOn);
        Map<String, Card> saidCards = cards(walked.saidCards(), ownEnglish, dependsOn);

        List<SearchDocument> docs = new ArrayList<>();
        entryTexts.forEach((iri, texts) -> docs.add(new SearchDocument(iri, HitType.ENTRY_POINT, texts,
                facets.getOrDefault(iri, Map.of()), json(entryCards.getOrDefault(iri, Card.empty(iri))),
                dependsOn.getOrDefault(iri, Set.of()))));
        saidTexts.forEach((iri, texts) -> docs.add(new SearchDocument(iri, HitType.REGION_SAID, texts, Map.of(),
                json(saidCards.getOrDefault(iri, Card.empty(iri))), dependsOn.getOrDefault(iri, Set.of()))));
        docs.sort(Comparator.comparing(SearchDocument::iri));
        return new Read(docs, facetLabels, shownAs);
    }

    /**
     * For each pair of twin places, the one the filter shows instead of the other: the one the other
     * names as its exact match (the register's place), else the first IRI.
     */
    private static Map<String, String> shownAs(List<Binding> twins) {
        Map<String, String> out = new TreeMap<>();
        for (Binding b : twins) {
            String place = b.get(Var.alloc("place")).getURI();
            String same = b.get(Var.alloc("same")).getURI();
            boolean matched = Boolean.parseBoolean(b.get(Var.alloc("matched")).getLiteralLexicalForm());
            if (matched)
                out.put(place, same);
        }
        for (Binding b : twins) {
            String place = b.get(Var.alloc("place")).getURI();
            String same = b.get(Var.alloc("same")).getURI();
            if (!out.containsKey(place) && !out.containsKey(same) && place.compareTo(same) > 0)
                out.put(place, same);
        }
        return out;
    }

    /** Notes that a hit's document is built from what the store says about this resource. */
    private static void dependsOn(Map<String, Set<String>> dependsOn, String item, Node resource) {
        if (resource != null && resource.isURI() && !resource.getURI().equals(item))
            dependsOn.computeIfAbsent(item, k -> new TreeSet<>()).add(resource.getURI());
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

    /** Item → its texts, each once (several resources may give the same text: a place and its twin). */
    private static Map<String, List<RoleText>> texts(List<Binding> rows, Map<String, Set<String>> dependsOn) {
        Map<String, Set<RoleText>> out = new LinkedHashMap<>();
        for (Binding b : rows) {
            Node text = b.get(Var.alloc("text"));
            String item = b.get(Var.alloc("item")).getURI();
            out.computeIfAbsent(item, k -> new LinkedHashSet<>()).add(new RoleText(
                    b.get(Var.alloc("role")).getLiteralLexicalForm(), text.getLiteralLexicalForm(), text.getLiteralLanguage()));
            dependsOn(dependsOn, item, b.get(Var.alloc("via")));
        }
        Map<String, List<RoleText>> lists = new LinkedHashMap<>();
        out.forEach((item, texts) -> lists.put(item, new ArrayList<>(texts)));
        return lists;
    }

    /** Resource IRI → its English names that only the curation graph states. */
    private static Map<String, Set<String>> englishNamesByLsgraph(List<Binding> rows) {
        Map<String, Set<String>> out = new HashMap<>();
        for (Binding b : rows)
            out.computeIfAbsent(b.get(Var.alloc("resource")).getURI(), k -> new HashSet<>())
                    .add(b.get(Var.alloc("name")).getLiteralLexicalForm());
        return out;
    }

    private static Map<String, Card> cards(List<Binding> rows, Map<String, Set<String>> ownEnglish, Map<String, Set<String>> dependsOn) {
        Map<String, Labelled> labels = new HashMap<>();
        Map<String, Map<String, List<Labelled>>> fields = new HashMap<>();
        for (Binding b : rows) {
            String item = b.get(Var.alloc("item")).getURI();
            dependsOn(dependsOn, item, b.get(Var.alloc("value")));
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

    /** The rows of a query, run under the build's budget. */
    private static List<Binding> select(DatasetGraph dsg, Query query, BuildBudget budget) {
        List<Binding> rows = new ArrayList<>();
        try (QueryExec qe = QueryExec.dataset(dsg).query(query).timeout(budget.remainingMillis()).build()) {
            qe.select().forEachRemaining(b -> rows.add(BindingFactory.copy(b)));
        }
        return rows;
    }
}
