package se.lsgraph.search;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.sv.SwedishAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/**
 * The words of a need as the finder searches them: split like the index splits its texts, lower
 * case, without the Swedish and English little words ("för", "the"), except when written in
 * capitals as an abbreviation ("IT" is not "it").
 */
final class NeedWords {
    private static final Analyzer SWEDISH = SearchFields.swedish();
    private static final Analyzer ENGLISH = SearchFields.english();
    private static final Analyzer PIECES = SearchFields.pieces();

    private NeedWords() {}

    static List<String> of(String text) {
        Set<String> words = new LinkedHashSet<>();
        groups(text).forEach(words::addAll);
        return new ArrayList<>(words);
    }

    /**
     * The words of a need, those joined by a hyphen kept together as one compound ("AI-modell",
     * "GMP-tillverkning"): a compound is one word of the need, written in parts, so it counts once.
     */
    static List<List<String>> groups(String text) {
        List<List<String>> groups = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        try (StandardTokenizer tokens = new StandardTokenizer()) {
            tokens.setReader(new StringReader(text));
            CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = tokens.addAttribute(OffsetAttribute.class);
            tokens.reset();
            int previousEnd = -1;
            List<String> group = new ArrayList<>();
            while (tokens.incrementToken()) {
                boolean hyphenated = previousEnd >= 0 && text.substring(previousEnd, offset.startOffset()).equals("-");
                if (!hyphenated && !group.isEmpty()) {
                    groups.add(group);
                    group = new ArrayList<>();
                }
                previousEnd = offset.endOffset();
                String word = term.toString();
                String lower = word.toLowerCase(Locale.ROOT);
                boolean abbreviation = word.length() >= 2 && word.equals(word.toUpperCase(Locale.ROOT))
                        && !word.equals(lower);
                boolean little = SwedishAnalyzer.getDefaultStopSet().contains(lower)
                        || EnglishAnalyzer.ENGLISH_STOP_WORDS_SET.contains(lower);
                if ((abbreviation || !little) && seen.add(lower))
                    group.add(lower);
            }
            if (!group.isEmpty())
                groups.add(group);
            tokens.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return groups;
    }

    /** How many of the text's little words are only Swedish ([0]) and only English ([1]): "för" vs "for". */
    static int[] littleWords(String text) {
        int[] counts = new int[2];
        for (String w : text.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
            boolean sv = SwedishAnalyzer.getDefaultStopSet().contains(w);
            boolean en = EnglishAnalyzer.ENGLISH_STOP_WORDS_SET.contains(w);
            if (sv && !en)
                counts[0]++;
            else if (en && !sv)
                counts[1]++;
        }
        return counts;
    }

    static String swedishStem(String word) {
        List<String> t = tokens(SWEDISH, word);
        return t.isEmpty() ? null : t.get(0);
    }

    static String englishStem(String word) {
        List<String> t = tokens(ENGLISH, word);
        return t.isEmpty() ? null : t.get(0);
    }

    static List<String> pieces(String word) {
        return new ArrayList<>(new LinkedHashSet<>(tokens(PIECES, word)));
    }

    static List<String> tokens(Analyzer analyzer, String text) {
        List<String> out = new ArrayList<>();
        try (TokenStream s = analyzer.tokenStream("any", text)) {
            CharTermAttribute term = s.addAttribute(CharTermAttribute.class);
            s.reset();
            while (s.incrementToken())
                out.add(term.toString());
            s.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }
}
