package se.lsgraph.reconcile;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;

/**
 * How alike two names are, 0–100: 100 for the same name (ignoring case, punctuation and
 * diacritics, so "Sodersjukhuset" matches "Södersjukhuset"), otherwise the better of an edit-distance
 * similarity (for misspellings) and a word-overlap similarity (for words in another order or missing).
 */
final class NameSimilarity {
    private NameSimilarity() {}

    static double score(String query, String name) {
        String a = normalise(query);
        String b = normalise(name);
        if (a.isEmpty() || b.isEmpty())
            return 0;
        if (a.equals(b))
            return 100;
        double edit = 1.0 - (double) levenshtein(a, b) / Math.max(a.length(), b.length());
        double words = jaccard(a, b);
        return Math.round(Math.max(edit, words) * 95 * 10) / 10.0;
    }

    static String normalise(String s) {
        return Names.normalise(s);
    }

    private static double jaccard(String a, String b) {
        Set<String> x = new HashSet<>(Arrays.asList(a.split(" ")));
        Set<String> y = new HashSet<>(Arrays.asList(b.split(" ")));
        Set<String> union = new HashSet<>(x);
        union.addAll(y);
        x.retainAll(y);
        return (double) x.size() / union.size();
    }

    private static int levenshtein(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++)
            prev[j] = j;
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}
