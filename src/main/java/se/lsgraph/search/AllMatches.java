package se.lsgraph.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;

import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;

/**
 * Every document a query matches, collected as it is found: a search asks for all matches, and a
 * top-N collector with N = every document in the index would allocate and pre-fill a queue the size
 * of the index on every call (several calls per search), however few documents match.
 */
final class AllMatches {
    private AllMatches() {}

    /** The matching documents, without scoring them. */
    static BitSet docs(IndexSearcher searcher, Query query) throws IOException {
        BitSet out = new BitSet(searcher.getIndexReader().maxDoc());
        searcher.search(query, new SimpleCollector() {
            private int base;

            @Override
            protected void doSetNextReader(LeafReaderContext context) {
                base = context.docBase;
            }

            @Override
            public void collect(int doc) {
                out.set(base + doc);
            }

            @Override
            public ScoreMode scoreMode() {
                return ScoreMode.COMPLETE_NO_SCORES;
            }
        });
        return out;
    }

    /** The matching documents with their scores, best first (ties: lower document first, as Lucene's top-N gives them). */
    static List<ScoreDoc> scored(IndexSearcher searcher, Query query) throws IOException {
        List<ScoreDoc> out = new ArrayList<>();
        searcher.search(query, new SimpleCollector() {
            private int base;
            private Scorable scorer;

            @Override
            protected void doSetNextReader(LeafReaderContext context) {
                base = context.docBase;
            }

            @Override
            public void setScorer(Scorable s) {
                scorer = s;
            }

            @Override
            public void collect(int doc) throws IOException {
                out.add(new ScoreDoc(base + doc, scorer.score()));
            }

            @Override
            public ScoreMode scoreMode() {
                return ScoreMode.COMPLETE;
            }
        });
        out.sort(Comparator.comparingDouble((ScoreDoc sd) -> sd.score).reversed().thenComparingInt(sd -> sd.doc));
        return out;
    }
}
