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

    /**
     * Wraps a stream so that its bytes are checked as the parser reads them: the first bytes that
     * are not UTF-8 reject the file, naming the line; constant memory, no second pass.
     */
    static java.io.InputStream checking(String file, java.io.InputStream in) {
        return new CheckingStream(file, in);
    }

    /**
     * Checks bytes as they pass, with a UTF-8 state machine rather than a decoder: nearly every byte
     * of RDF is ASCII and costs one comparison, and nothing is copied or decoded (the parser decodes
     * the text itself). It refuses what a strict decoder refuses (Unicode's table of well-formed byte
     * sequences: no overlong forms, no surrogates, nothing past U+10FFFF, no cut sequence at the end),
     * naming the first byte of the bad sequence and its line, as {@link #requireUtf8(String, byte[])} does.
     */
    private static final class CheckingStream extends java.io.FilterInputStream {
        private final String file;
        private long line = 1;
        /** Continuation bytes the current sequence still needs; 0 between characters. */
        private int needed;
        /** The first byte of the current sequence, named if it turns out bad. */
        private int lead;
        /** The range the next continuation byte must fall in (narrower after E0, ED, F0, F4). */
        private int low = 0x80;
        private int high = 0xBF;

        CheckingStream(String file, java.io.InputStream in) {
            super(in);
            this.file = file;
        }

        @Override
        public int read() throws java.io.IOException {
            byte[] one = new byte[1];
            int n = read(one, 0, 1);
            return n < 0 ? -1 : one[0] & 0xFF;
        }

        @Override
        public int read(byte[] b, int off, int len) throws java.io.IOException {
            int n = super.read(b, off, len);
            if (n < 0) {
                if (needed > 0)
                    throw bad(lead);
                return n;
            }
            check(b, off, n);
            return n;
        }

        @Override
        public long skip(long n) throws java.io.IOException {
            // Skipped bytes would escape the check: read them instead.
            byte[] buffer = new byte[8192];
            long skipped = 0;
            while (skipped < n) {
                int r = read(buffer, 0, (int) Math.min(buffer.length, n - skipped));
                if (r < 0)
                    break;
                skipped += r;
            }
            return skipped;
        }

        private void check(byte[] b, int off, int n) {
            for (int i = off, end = off + n; i < end; i++) {
                int x = b[i];
                if (x >= 0 && needed == 0) {
                    if (x == '\n')
                        line++;
                    continue;
                }
                next(x & 0xFF);
            }
        }

        /** A byte that is not plain ASCII between characters. */
        private void next(int x) {
            if (needed > 0) {
                if (x < low || x > high)
                    throw bad(lead);
                needed--;
                low = 0x80;
                high = 0xBF;
                return;
            }
            lead = x;
            if (x >= 0xC2 && x <= 0xDF) {
                needed = 1;
            } else if (x >= 0xE0 && x <= 0xEF) {
                needed = 2;
                if (x == 0xE0)
                    low = 0xA0; // shorter forms exist: overlong
                else if (x == 0xED)
                    high = 0x9F; // U+D800 and beyond: surrogates
            } else if (x >= 0xF0 && x <= 0xF4) {
                needed = 3;
                if (x == 0xF0)
                    low = 0x90;
                else if (x == 0xF4)
                    high = 0x8F; // beyond U+10FFFF
            } else {
                throw bad(x); // a stray continuation byte, an overlong C0/C1, or F5..FF
            }
        }

        private InputRejectedException bad(int b) {
            return new InputRejectedException(file, "line " + line, String.format(
                    "not valid UTF-8 (byte 0x%02X); save the file as UTF-8", b));
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
