package se.lsgraph.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

import se.lsgraph.search.SearchFields.Analysis;

/**
 * The Lucene query for one word of a need: the best of its matches over every role and analysis,
 * each worth the role's weight times the analysis' weight (an exact name beats a stem in a
 * description, which beats a compound piece). A long word also matches as its two parts when both
 * occur in the index ("biobanksprover" as "biobank" + "prover").
 */
final class WordQueries {
    /** Share of a word's four-letter pieces a text must contain to match it. */
    static final double PIECES_NEEDED = 0.75;
    private static final int MIN_PART = 3;
    /** Shorter words match only whole: three pieces of "modell" are all in "modelling". */
    static final int MIN_WORD_FOR_PIECES = 7;
    private static final int MIN_COMPOUND = 8;
    private static final double PARTS_WEIGHT = 0.7;
    /**
     * How much a word's matches in a hit's other roles add to its best one: a word that is in a
     * hit's name and in what it offers ("medtech" for MedTechLabs) says more than one that is only
     * in what it offers. Within one role only the best analysis counts, so one text matched by its
     * exact word, stem and pieces is not counted three times.
     */
    static final float OTHER_ROLES = 0.05f;
    /** How much a hyphenated compound's other matching parts add to its best one. */
    static final float COMPOUND_OTHER_PARTS = 0.3f;

    private final IndexReader reader;

    WordQueries(IndexReader reader) {
        this.reader = reader;
    }

    /**
     * A word of the need, or a compound written with hyphens: its best-matching part counts, each
     * other part adds a little (one word of the need, so "AI-modell" does not weigh as two words).
     */
    Query forCompound(List<String> parts) throws IOException {
        if (parts.size() == 1)
            return forWord(parts.get(0));
        List<Query> alternatives = new ArrayList<>();
        for (String part : parts)
            alternatives.add(forWord(part));
        return new DisjunctionMaxQuery(alternatives, COMPOUND_OTHER_PARTS);
    }

    Query forWord(String word) throws IOException {
        List<Query> alternatives = new ArrayList<>(direct(word, true));
        Query parts = asParts(word);
        if (parts != null)
            alternatives.add(new BoostQuery(new ConstantScoreQuery(parts), (float) PARTS_WEIGHT));
        return new DisjunctionMaxQuery(alternatives, OTHER_ROLES);
    }

    /** One query per role: the best of the word's analyses in that role. */
    private List<Query> direct(String word, boolean withPieces) {
        String sv = NeedWords.swedishStem(word);
        String en = NeedWords.englishStem(word);
        List<String> pieces = withPieces && word.length() >= MIN_WORD_FOR_PIECES ? NeedWords.pieces(word) : List.of();
        List<Query> out = new ArrayList<>();
        SearchFields.ROLE_WEIGHT.forEach((role, roleWeight) -> {
            List<Query> analyses = new ArrayList<>();
            analyses.add(weighted(new TermQuery(new Term(SearchFields.field(role, Analysis.EXACT), word)), roleWeight, Analysis.EXACT));
            if (sv != null)
                analyses.add(weighted(new TermQuery(new Term(SearchFields.field(role, Analysis.SWEDISH), sv)), roleWeight, Analysis.SWEDISH));
            if (en != null)
                analyses.add(weighted(new TermQuery(new Term(SearchFields.field(role, Analysis.ENGLISH), en)), roleWeight, Analysis.ENGLISH));
            if (!pieces.isEmpty() && !SearchFields.ROLES_WITHOUT_PIECES.contains(role))
                analyses.add(weighted(piecesQuery(role, pieces), roleWeight, Analysis.PIECES));
            out.add(new DisjunctionMaxQuery(analyses, 0f));
        });
        return out;
    }

    private static Query piecesQuery(String role, List<String> pieces) {
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        for (String p : pieces)
            b.add(new TermQuery(new Term(SearchFields.field(role, Analysis.PIECES), p)), Occur.SHOULD);
        b.setMinimumNumberShouldMatch((int) Math.ceil(PIECES_NEEDED * pieces.size()));
        return b.build();
    }

    private static Query weighted(Query q, double roleWeight, Analysis analysis) {
        return new BoostQuery(new ConstantScoreQuery(q), (float) (roleWeight * analysis.weight));
    }

    /** The word as two words of the index, with a Swedish linking "s" allowed between them; or null. */
    private Query asParts(String word) throws IOException {
        if (word.length() < MIN_COMPOUND)
            return null;
        String[] best = null;
        for (int i = MIN_PART; i <= word.length() - MIN_PART; i++) {
            String head = word.substring(0, i);
            for (String tail : List.of(word.substring(i), word.charAt(i) == 's' ? word.substring(i + 1) : "")) {
                if (tail.length() < MIN_PART || !known(head) || !known(tail))
                    continue;
                if (best == null || Math.min(head.length(), tail.length()) > Math.min(best[0].length(), best[1].length()))
                    best = new String[] {head, tail};
            }
        }
        if (best == null)
            return null;
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        b.add(new DisjunctionMaxQuery(direct(best[0], false), 0f), Occur.MUST);
        b.add(new DisjunctionMaxQuery(direct(best[1], false), 0f), Occur.MUST);
        return b.build();
    }

    private boolean known(String word) throws IOException {
        return reader.docFreq(new Term(SearchFields.WORDS, word)) > 0;
    }
}
