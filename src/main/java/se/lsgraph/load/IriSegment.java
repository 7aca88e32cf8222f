package se.lsgraph.load;

import java.nio.charset.StandardCharsets;

/** Percent-encodes a value for use as one IRI path segment, keeping letters (å, ä, ö) as they are. */
final class IriSegment {
    private IriSegment() {}

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
