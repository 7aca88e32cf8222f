package se.lsgraph.load;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Rejects bytes that are not UTF-8, naming the line. Parsers would otherwise replace them
 * silently (Latin-1 "å" becomes U+FFFD) and the damage would reach the graph.
 */
final class Utf8Check {
    private Utf8Check() {}

    static void requireUtf8(String file, byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(8192);
        while (true) {
            var result = decoder.decode(in, out, true);
            if (result.isError()) {
                int at = in.position();
                throw new InputRejectedException(file, "line " + lineOf(bytes, at),
                        String.format("not valid UTF-8 (byte 0x%02X at offset %d); save the file as UTF-8",
                                bytes[at] & 0xFF, at));
            }
            if (result.isUnderflow())
                break;
            out.clear();
        }
        try {
            decoder.flush(out);
        } catch (RuntimeException e) {
            throw new InputRejectedException(file, null, "not valid UTF-8: " + e.getMessage());
        }
    }

    /** Streams a file through a strict decoder, naming the line of the first bad byte; constant memory. */
    static void requireUtf8(java.nio.file.Path path) {
        String file = path.toString();
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.allocate(1 << 16);
        CharBuffer out = CharBuffer.allocate(1 << 16);
        int line = 1;
        try (var channel = java.nio.file.Files.newByteChannel(path)) {
            boolean eof = false;
            while (!eof) {
                eof = channel.read(in) < 0;
                in.flip();
                var result = decoder.decode(in, out, eof);
                line += newlines(out);
                if (result.isError())
                    throw new InputRejectedException(file, "line " + line, String.format(
                            "not valid UTF-8 (byte 0x%02X); save the file as UTF-8", in.get(in.position()) & 0xFF));
                in.compact();
            }
        } catch (java.io.IOException e) {
            throw new InputRejectedException(file, null, "cannot read file: " + e.getMessage());
        }
    }

    private static int newlines(CharBuffer decoded) {
        decoded.flip();
        int n = 0;
        while (decoded.hasRemaining())
            if (decoded.get() == '\n')
                n++;
        decoded.clear();
        return n;
    }

    private static int lineOf(byte[] bytes, int offset) {
        int line = 1;
        for (int i = 0; i < offset && i < bytes.length; i++)
            if (bytes[i] == '\n')
                line++;
        return line;
    }
}
