package se.lsgraph.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.spell.DirectSpellChecker;
import org.apache.lucene.search.spell.SuggestMode;
import org.apache.lucene.search.spell.SuggestWord;

import se.lsgraph.search.EntryPoint.Labelled;
import se.lsgraph.search.SearchAnswer.FacetCount;
import se.lsgraph.search.SearchAnswer.Suggestion;
import se.lsgraph.search.SearchDocument.HitType;
import se.lsgraph.vocab.Ids;
import se.lsgraph.vocab.LSG;

/**
 * The way in for companies: finds the entry points (infrastructures, test beds, support, programmes)
 * that answer a need, and below them what the region said about it. Each word of the need counts by
 * its rarity (a rare word says more than a common one) times its best match on a hit (see
 * {@link WordQueries}); what exists now comes before what has ended or is only proposed.
 * Answers from one committed state of the index; cards come from the index, never from the store.
 */
public final class Finder {
    public static final List<String> FACETS = List.of("kind", "area", "place", "status");
    static final int SAID_LIMIT = 5;
    private static final int SUGGESTIONS_PER_WORD = 3;
    private static final double NOT_EXISTING = 0.9;
    private static final String EXISTING = Ids.status("existing").getURI();

    private final DirectoryReader reader;
    private final Map<String, Map<String, Labelled>> facetLabels;
    /** A filter value that is shown as its twin (a place tied to another as the same area). */
    private final Map<String, String> shownAs;

    /** What ranking and filtering read of each hit (its IRI and filter values), read when a search first matches it. */
    private final RankingFields rankingFields;
    /** The document ids of each kind of hit, read once: the rarity of a word is counted among them. */
    private final Map<HitType, java.util.BitSet> ofType = new java.util.EnumMap<>(HitType.class);

    /**
     * Opens a finder on the index: cheap (no document is read here), so a restart on a current index
     * answers at once; each hit's ranking fields are read at its first match.
     */
    Finder(DirectoryReader reader, Map<String, Map<String, Labelled>> facetLabels, Map<String, String> shownAs) throws IOException {
        this.reader = reader;
        this.facetLabels = facetLabels;
        this.shownAs = shownAs;
        this.rankingFields = new RankingFields(reader);
        IndexSearcher searcher = new IndexSearcher(reader);
        for (HitType type : HitType.values())
            ofType.put(type, AllMatches.docs(searcher, typeOnly(type)));
    }

    /** Builds the finder over the store's current content in memory (tests, one-off use). */
    public static Finder build(se.lsgraph.store.GraphStore store) {
        return FinderBuilder.build(store, FinderIndex.inMemory(), BuildBudget.of(BuildBudget.DEFAULT), p -> {});
    }

    public SearchAnswer find(SearchRequest request) {
        if (!reader.tryIncRef())
            throw new IllegalStateException("this finder was replaced by a newer one");
        try {
            return answer(request);
        } catch (IOException e) {
            throw new UncheckedIOException("search index unreadable: " + e.getMessage(), e);
        } finally {
            release();
        }
    }

    /**
     * For each filter (kind, area, place, status), the values that occur, sorted by Swedish label
     * (a value no hit has any longer, after a write, is left out though its label is kept).
     */
    public Map<String, List<Labelled>> facetValues() {
        Map<String, List<Labelled>> out = new LinkedHashMap<>();
        for (String facet : FACETS)
            out.put(facet, facetLabels.getOrDefault(facet, Map.of()).values().stream()
                    .filter(l -> !shownAs.containsKey(l.value()) && occurs(facet, l.value()))
                    .sorted(Comparator.comparing((Labelled l) -> l.sv() == null ? l.value() : l.sv())).toList());
        return out;
    }

    private boolean occurs(String facet, String value) {
        try {
            return reader.docFreq(new Term(SearchFields.FACET_PREFIX + facet, value)) > 0;
        } catch (IOException e) {
            throw new UncheckedIOException("search index unreadable: " + e.getMessage(), e);
        }
    }

    /** Lets go of this finder's index state (its owner calls this once, when done with it or replacing it). */
    public void release() {
        try {
            reader.decRef();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private SearchAnswer answer(SearchRequest request) throws IOException {
        IndexSearcher searcher = new IndexSearcher(reader);
        List<String> words = NeedWords.of(request.text());
        String lang = request.language() != null ? request.language() : AnswerLanguage.of(request.text(), words, reader);
        List<Query> wordQueries = new ArrayList<>();
        WordQueries queries = new WordQueries(reader);
        for (List<String> compound : NeedWords.groups(request.text()))
            wordQueries.add(queries.forCompound(compound));

        WordsMatched coverage = WordsMatched.of(searcher, wordQueries);
        List<Hit> matched = words.isEmpty() && !request.text().isEmpty() ? List.of()
                : words.isEmpty() ? hits(searcher, typeOnly(HitType.ENTRY_POINT))
                : coverage.enough(hits(searcher, scored(coverage, wordQueries, HitType.ENTRY_POINT, request.text())));
        List<Hit> base = matched.isEmpty() ? hits(searcher, typeOnly(HitType.ENTRY_POINT)) : matched;
        Map<String, List<FacetCount>> facets = facetCounts(base);
        List<Hit> kept = new ArrayList<>();
        for (Hit h : matched)
            if (passesFilters(h, request))
                kept.add(h.rankedByStatus());
        kept.sort(Comparator.comparingDouble(Hit::score).reversed().thenComparing(Hit::iri));
        List<EntryPoint> results = new ArrayList<>();
        for (Hit h : kept.subList(0, Math.min(request.limit(), kept.size()))) {
            StoreDocuments.Card c = card(searcher, h);
            results.add(new EntryPoint(h.iri(), c.label(), h.score(), c.fields(), c.englishByLsgraph()));
        }

        List<RegionStatement> said = new ArrayList<>();
        if (!wordQueries.isEmpty())
            for (Hit h : top(coverage.enough(hits(searcher, scored(coverage, wordQueries, HitType.REGION_SAID, request.text()))), SAID_LIMIT)) {
                StoreDocuments.Card c = card(searcher, h);
                said.add(new RegionStatement(h.iri(), c.label(), h.score(), c.fields(), c.englishByLsgraph()));
            }
        List<Suggestion> suggestions = results.isEmpty() ? suggestions(words) : List.of();
        return new SearchAnswer(request.text(), lang, results, matched.size(), said, suggestions, facets);
    }

    /**
     * Each word weighted by its rarity among hits of the type (BM25's idf), any word may match; a
     * hit that has the whole need as one of its names counts double ("SciLifeLab" is SciLifeLab
     * before the services whose names begin with it).
     */
    private Query scored(WordsMatched coverage, List<Query> wordQueries, HitType type, String need) {
        Query typeQuery = typeOnly(type);
        java.util.BitSet ofThisType = ofType.get(type);
        int n = ofThisType.cardinality();
        BooleanQuery.Builder words = new BooleanQuery.Builder();
        double total = 0;
        for (int i = 0; i < wordQueries.size(); i++) {
            Query w = wordQueries.get(i);
            int df = coverage.matchedAmong(i, ofThisType);
            if (df == 0)
                continue;
            double idf = Math.log(1 + (n - df + 0.5) / (df + 0.5));
            total += idf;
            words.add(new BoostQuery(w, (float) idf), Occur.SHOULD);
        }
        Query wholeName = new ConstantScoreQuery(new TermQuery(new Term(SearchFields.NAME_KEY, SearchFields.nameKey(need))));
        return new BooleanQuery.Builder().add(typeQuery, Occur.FILTER)
                .add(words.setMinimumNumberShouldMatch(1).build(), Occur.MUST)
                .add(new BoostQuery(wholeName, (float) total), Occur.SHOULD).build();
    }

    private static Query typeOnly(HitType type) {
        return new TermQuery(new Term(SearchFields.TYPE, type.code));
    }

    /** The matches, each with what ranking and filtering read (its IRI and filter values), not its card. */
    private List<Hit> hits(IndexSearcher searcher, Query q) throws IOException {
        List<ScoreDoc> matches = AllMatches.scored(searcher, q);
        Document[] fields = rankingFields.of(matches);
        List<Hit> out = new ArrayList<>(matches.size());
        for (int i = 0; i < matches.size(); i++)
            out.add(new Hit(matches.get(i).doc, fields[i].get(SearchFields.IRI), matches.get(i).score, fields[i]));
        return out;
    }

    private static StoreDocuments.Card card(IndexSearcher searcher, Hit h) throws IOException {
        return StoreDocuments.card(searcher.storedFields().document(h.id(), Set.of(SearchFields.CARD)).get(SearchFields.CARD));
    }

    private static List<Hit> top(List<Hit> hits, int limit) {
        List<Hit> sorted = new ArrayList<>(hits);
        sorted.sort(Comparator.comparingDouble(Hit::score).reversed().thenComparing(Hit::iri));
        return sorted.subList(0, Math.min(limit, sorted.size()));
    }

    private Map<String, List<FacetCount>> facetCounts(List<Hit> hits) {
        Map<String, List<FacetCount>> out = new LinkedHashMap<>();
        for (String facet : FACETS) {
            Map<String, Long> counts = new HashMap<>();
            for (Hit h : hits)
                for (String v : shownValues(h, facet))
                    counts.merge(v, 1L, Long::sum);
            Map<String, Labelled> labels = facetLabels.getOrDefault(facet, Map.of());
            out.put(facet, counts.entrySet().stream()
                    .map(e -> new FacetCount(labels.getOrDefault(e.getKey(), new Labelled(e.getKey(), null, null)), e.getValue()))
                    .sorted(Comparator.comparingLong(FacetCount::count).reversed().thenComparing(f -> f.value().value()))
                    .toList());
        }
        return out;
    }

    /** A hit's values of a filter, each twin place counted once, as the place shown for both. */
    private Set<String> shownValues(Hit h, String facet) {
        Set<String> out = new java.util.HashSet<>();
        for (String v : h.doc().getValues(SearchFields.FACET_PREFIX + facet))
            out.add(shownAs.getOrDefault(v, v));
        return out;
    }

    private static boolean passesFilters(Hit h, SearchRequest r) {
        return has(h, "kind", r.kind(), LSG.NS) && has(h, "area", r.area(), null) && has(h, "place", r.place(), null)
                && has(h, "status", r.status(), Ids.RESOURCE + "status/");
    }

    private static boolean has(Hit h, String facet, String wanted, String namespaceForLocalNames) {
        if (wanted == null || wanted.isBlank())
            return true;
        String iri = wanted.contains(":") || namespaceForLocalNames == null ? wanted : namespaceForLocalNames + wanted;
        return List.of(h.doc().getValues(SearchFields.FACET_PREFIX + facet)).contains(iri);
    }

    private List<Suggestion> suggestions(List<String> words) throws IOException {
        DirectSpellChecker spelling = new DirectSpellChecker();
        List<Suggestion> out = new ArrayList<>();
        for (String w : words) {
            SuggestWord[] nearest = spelling.suggestSimilar(new Term(SearchFields.WORDS, w), SUGGESTIONS_PER_WORD, reader,
                    SuggestMode.SUGGEST_WHEN_NOT_IN_INDEX);
            if (nearest.length > 0)
                out.add(new Suggestion(w, java.util.Arrays.stream(nearest).map(s -> s.string).toList()));
        }
        return out;
    }

    record Hit(int id, String iri, double score, Document doc) {
        Hit rankedByStatus() {
            boolean existing = List.of(doc.getValues(SearchFields.FACET_PREFIX + "status")).contains(EXISTING);
            return existing ? this : new Hit(id, iri, score * NOT_EXISTING, doc);
        }
    }
}
