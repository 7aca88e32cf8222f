package se.lsgraph.load;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Locale;

/** Turns a value into one IRI path segment: percent-encoded, or as a readable slug. */
final class IriSegment {
    private IriSegment() {}

    /**
     * A lower-case ASCII slug like the curated IRIs use ("S:t Eriks Ögonsjukhus" → "s-t-eriks-ogonsjukhus"):
     * accents dropped, every run of other characters one hyphen. Distinct names can share a slug; the
     * mapping then rejects the second record as a duplicate subject, naming both.
     */
    static String slug(String value) {
        String ascii = Normalizer.normalize(value, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        return ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
    }

    /** Percent-encodes a value, keeping letters (å, ä, ö) as they are. */
    static String encode(String value) {
        StringBuilder sb = new StringBuilder();
        for (int cp : value.codePoints().toArray()) {
            if (Character.isLetterOrDigit(cp) || cp == '-' || cp == '.' || cp == '_' || cp == '~')
                sb.appendCodePoint(cp);
            else
                for (byte b : new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8))
                    sb.append('%').append(String.format("%02X", b & 0xFF));
        }
        return sb.toString();
    }
}
