package se.lsgraph.search;

import java.io.IOException;
import java.util.List;

import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;

/**
 * Which language to answer in: English when more of the need's words are only English than only
 * Swedish, counting its little words ("for", "the" against "för", "och") and the words that occur
 * mostly in the English or mostly in the Swedish texts of the index ("clinical trials"); otherwise
 * Swedish ("kliniska prövningar", words both languages share such as "biobank", and names such as
 * "Uppsala", which the need spells with a capital).
 */
final class AnswerLanguage {
    /** A word is taken for one language when its texts in that language are this many times more common. */
    private static final int DOMINANCE = 3;

    private AnswerLanguage() {}

    static String of(String text, List<String> words, IndexReader reader) throws IOException {
        int[] little = NeedWords.littleWords(text);
        int swedishOnly = little[0];
        int englishOnly = little[1];
        for (String w : words) {
            if (writtenAsName(text, w))
                continue;
            if (w.matches(".*[åäö].*")) {
                swedishOnly++;
                continue;
            }
            int sv = occurrences(reader, "sv", NeedWords.swedishStem(w));
            int en = occurrences(reader, "en", NeedWords.englishStem(w));
            if (sv > DOMINANCE * en)
                swedishOnly++;
            else if (en > DOMINANCE * sv)
                englishOnly++;
        }
        return englishOnly > swedishOnly ? "en" : "sv";
    }

    /** A word the need spells with a capital (a place, an organisation) says nothing about its language. */
    private static boolean writtenAsName(String text, String word) {
        int at = text.toLowerCase(java.util.Locale.ROOT).indexOf(word);
        return at >= 0 && Character.isUpperCase(text.charAt(at));
    }

    private static int occurrences(IndexReader reader, String lang, String stem) throws IOException {
        return stem == null ? 0 : reader.docFreq(new Term(SearchFields.LANGUAGE_PREFIX + lang, stem));
    }
}
