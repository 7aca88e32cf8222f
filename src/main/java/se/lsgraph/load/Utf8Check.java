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

    private static final class CheckingStream extends java.io.FilterInputStream {
        private final String file;
        private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        /** Bytes not yet decoded: at most an incomplete character between reads. */
        private ByteBuffer pending = ByteBuffer.allocate(1 << 16);
        private final CharBuffer chars = CharBuffer.allocate(1 << 16);
        private long line = 1;

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
                check(null, 0, 0, true);
                return n;
            }
            check(b, off, n, false);
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

        private void check(byte[] b, int off, int n, boolean eof) {
            if (b != null) {
                if (pending.remaining() < n) {
                    ByteBuffer larger = ByteBuffer.allocate(pending.position() + n);
                    pending.flip();
                    larger.put(pending);
                    pending = larger;
                }
                pending.put(b, off, n);
            }
            pending.flip();
            while (true) {
                var result = decoder.decode(pending, chars, eof);
                line += newlines(chars);
                if (result.isError())
                    throw new InputRejectedException(file, "line " + line, String.format(
                            "not valid UTF-8 (byte 0x%02X); save the file as UTF-8", pending.get(pending.position()) & 0xFF));
                if (result.isUnderflow())
                    break;
            }
            pending.compact();
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
