package se.lsgraph.load;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.HexFormat;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The checking stream a streamed load reads through refuses exactly the bytes the strict decoder
 * refuses, with the same message and line, whichever read size cuts the bytes, and lets
 * well-formed UTF-8 through unchanged.
 */
class Utf8CheckTest {
    /** Bytes after "a\nb", then a newline (none after a "!"): each case is one kind of sequence, good or bad. */
    private static final String[][] CASES = {
            {"ascii", "63"},
            {"two-byte å", "c3a5"},
            {"three-byte €", "e282ac"},
            {"four-byte emoji", "f09f9880"},
            {"highest code point", "f48fbfbf"},
            {"Latin-1 å then ASCII", "e572"},
            {"stray continuation byte", "80"},
            {"overlong two-byte (C0)", "c080"},
            {"overlong two-byte (C1)", "c1bf"},
            {"overlong three-byte", "e08080"},
            {"surrogate", "eda080"},
            {"beyond U+10FFFF", "f4908080"},
            {"F5 lead byte", "f5808080"},
            {"FF byte", "ff"},
            {"sequence cut by a newline", "e2820a"},
            {"sequence cut by the end of the file", "e282!"},
            {"lead byte after a lead byte", "e5e5a5"},
    };

    @TestFactory
    Stream<DynamicTest> theStreamRefusesWhatTheDecoderRefuses() {
        return Stream.of(CASES).flatMap(c -> Stream.of(1, 2, 8192).map(chunk ->
                DynamicTest.dynamicTest(c[0] + ", read " + chunk + " at a time", () -> agrees(c[1], chunk))));
    }

    private static void agrees(String hex, int chunk) throws IOException {
        boolean atEnd = hex.endsWith("!");
        byte[] tail = HexFormat.of().parseHex(atEnd ? hex.substring(0, hex.length() - 1) : hex);
        byte[] bytes = new byte[tail.length + (atEnd ? 3 : 4)];
        bytes[0] = 'a';
        bytes[1] = '\n';
        bytes[2] = 'b';
        System.arraycopy(tail, 0, bytes, 3, tail.length);
        if (!atEnd)
            bytes[bytes.length - 1] = '\n';
        InputRejectedException expected = null;
        try {
            Utf8Check.requireUtf8("f", bytes);
        } catch (InputRejectedException e) {
            expected = e;
        }
        if (expected == null) {
            assertArrayEquals(bytes, readAll(bytes, chunk));
            return;
        }
        InputRejectedException refused = assertThrows(InputRejectedException.class, () -> readAll(bytes, chunk));
        assertEquals(expected.where(), refused.where());
        // The byte-array check also names the offset; the stream names the same byte.
        assertEquals(expected.reason().replaceFirst(" at offset \\d+", ""), refused.reason());
    }

    private static byte[] readAll(byte[] bytes, int chunk) throws IOException {
        try (InputStream in = Utf8Check.checking("f", new ByteArrayInputStream(bytes))) {
            var out = new java.io.ByteArrayOutputStream();
            byte[] buffer = new byte[chunk];
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer))
                out.write(buffer, 0, n);
            return out.toByteArray();
        }
    }
}
