package se.lsgraph.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;

/**
 * How many of a need's words each hit matches (its score already sums what each word is worth on
 * it, so more words count more). When the best hit of one kind matches fewer words
 * than the best hit overall, that kind's partial hits are left out: for "Capital of Life" the
 * strategy texts naming the cluster match both words, so an entry point that only shares "life" is
 * not shown. Then, with more than two words, one word in three may still be missing.
 */
final class WordsMatched {
    private final Map<Integer, Integer> matchedByDoc;
    /** For each word of the need, the documents it matches (also gives each word's rarity). */
    private final List<java.util.BitSet> byWord;
    private final int bestOverall;
    private final int slack;

    private WordsMatched(Map<Integer, Integer> matchedByDoc, List<java.util.BitSet> byWord, int bestOverall, int slack) {
        this.matchedByDoc = matchedByDoc;
        this.byWord = byWord;
        this.bestOverall = bestOverall;
        this.slack = slack;
    }

    static WordsMatched of(IndexSearcher searcher, List<Query> wordQueries) throws IOException {
        Map<Integer, Integer> matched = new HashMap<>();
        List<java.util.BitSet> byWord = new ArrayList<>();
        for (Query q : wordQueries) {
            java.util.BitSet docs = AllMatches.docs(searcher, q);
            for (int d = docs.nextSetBit(0); d >= 0; d = docs.nextSetBit(d + 1))
                matched.merge(d, 1, Integer::sum);
            byWord.add(docs);
        }
        int best = matched.values().stream().mapToInt(Integer::intValue).max().orElse(0);
        int slack = wordQueries.size() <= 2 ? 0 : wordQueries.size() / 3;
        return new WordsMatched(matched, byWord, best, slack);
    }

    /** How many of these documents the need's i-th word matches. */
    int matchedAmong(int word, java.util.BitSet documents) {
        java.util.BitSet both = (java.util.BitSet) byWord.get(word).clone();
        both.and(documents);
        return both.cardinality();
    }

    /** The hits of one kind that match enough words. */
    List<Finder.Hit> enough(List<Finder.Hit> hitsOfOneKind) {
        int bestOfKind = 0;
        for (Finder.Hit h : hitsOfOneKind)
            bestOfKind = Math.max(bestOfKind, matched(h));
        int needed = bestOfKind >= bestOverall ? 1 : Math.max(1, bestOverall - slack);
        List<Finder.Hit> out = new ArrayList<>();
        for (Finder.Hit h : hitsOfOneKind)
            if (matched(h) >= needed)
                out.add(h);
        return out;
    }

    private int matched(Finder.Hit h) {
        return matchedByDoc.getOrDefault(h.id(), 0);
    }
}
