package se.lsgraph.reconcile;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * How alike two names are, 0–100: 100 for the same name (ignoring case, punctuation and
 * diacritics, so "Sodersjukhuset" matches "Södersjukhuset"), otherwise the best of an edit-distance
 * similarity (for misspellings), a word-overlap similarity (for words in another order or missing)
 * and a partial-name similarity (every word of the query begins a word of the name, so "Karolinska"
 * finds "Karolinska Institutet": the more of the name the query covers, the higher, below 100).
 */
final class NameSimilarity {
    /** A query word this short only counts as the start of a name word when it is the whole word. */
    private static final int MIN_PREFIX = 4;

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
        double best = Math.max(edit, words) * 95;
        return round(Math.max(best, partial(a, b)));
    }

    /** 60 + 35 × (share of the name's words the query covers), when every query word begins a name word; else 0. */
    static double partial(String query, String name) {
        List<String> q = Arrays.asList(query.split(" "));
        List<String> n = Arrays.asList(name.split(" "));
        Set<Integer> covered = new HashSet<>();
        for (String word : q) {
            int at = -1;
            for (int i = 0; i < n.size() && at < 0; i++)
                if (!covered.contains(i) && (n.get(i).equals(word) || (word.length() >= MIN_PREFIX && n.get(i).startsWith(word))))
                    at = i;
            if (at < 0)
                return 0;
            covered.add(at);
        }
        return 60 + 35.0 * covered.size() / n.size();
    }

    /** True when some word of the name begins with the (normalised) prefix: for suggest services. */
    static boolean hasWordStartingWith(String name, String prefix) {
        String p = normalise(prefix);
        if (p.isEmpty())
            return false;
        String n = normalise(name);
        return n.startsWith(p) || n.contains(" " + p);
    }

    static String normalise(String s) {
        return Names.normalise(s);
    }

    private static double round(double score) {
        return Math.round(score * 10) / 10.0;
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
