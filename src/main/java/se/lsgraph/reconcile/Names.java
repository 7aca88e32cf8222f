package se.lsgraph.reconcile;

import java.text.Normalizer;

/** Name normalisation shared by reconciliation and linking: case, punctuation and diacritics ignored. */
public final class Names {
    private Names() {}

    public static String normalise(String s) {
        String stripped = Normalizer.normalize(s, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
        return stripped.toLowerCase().replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }
}
