package se.lsgraph.load.guard;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

import se.lsgraph.load.InputRejectedException;

/**
 * Checks the bytes of a file against its {@link InputLimits} as the parser reads them, and refuses
 * the file, naming the line and column, before the parser receives the byte that passes a limit.
 * Parsers that catch every exception (JSON-LD's does) lose the refusal's message, so it is also
 * kept here for {@link #refusal()}.
 */
public final class InputGuard extends FilterInputStream {
    private final String file;
    private final InputLimits limits;
    private final SyntaxScanner scanner;
    /** The size of the compressed file, or -1 when the file is not compressed. */
    private final long compressedBytes;
    private long bytes;
    private long line = 1;
    private long column;
    private InputRejectedException refusal;

    private InputGuard(String file, InputStream in, InputLimits limits, SyntaxScanner scanner, long compressedBytes) {
        super(in);
        this.file = file;
        this.limits = limits;
        this.scanner = scanner;
        this.compressedBytes = compressedBytes;
    }

    /**
     * @param syntax          what the bytes are, for the scanner: {@link Syntax#of}
     * @param compressedBytes the size of the file on disk when {@code in} decompresses it, else -1
     */
    public static InputGuard of(String file, InputStream in, InputLimits limits, Syntax syntax, long compressedBytes) {
        return new InputGuard(file, in, limits, syntax.scanner(limits), compressedBytes);
    }

    /** The refusal thrown from a read, if any, even when the parser swallowed it. */
    public InputRejectedException refusal() {
        return refusal;
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0)
            check(b);
        return b;
    }

    @Override
    public int read(byte[] buffer, int off, int len) throws IOException {
        int n = super.read(buffer, off, len);
        for (int i = 0; i < n; i++)
            check(buffer[off + i] & 0xFF);
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        long skipped = 0;
        while (skipped < n && read() >= 0)
            skipped++;
        return skipped;
    }

    private void check(int b) {
        if (refusal != null)
            throw refusal;
        bytes++;
        if (b == '\n') {
            line++;
            column = 0;
        } else if ((b & 0xC0) != 0x80) {
            column++;
        }
        String tooMuch = sizeProblem();
        if (tooMuch != null)
            throw refuse(null, tooMuch);
        String reason = scanner.next(b);
        if (reason != null)
            throw refuse("line " + line + ", column " + column, reason);
    }

    private String sizeProblem() {
        if (bytes > limits.maxDecompressedBytes())
            return "more than " + limits.maxDecompressedBytes() + " bytes" + (compressedBytes >= 0 ? " once decompressed" : "");
        if (compressedBytes >= 0 && bytes > InputLimits.EXPANSION_CHECKED_FROM
                && bytes > compressedBytes * limits.maxExpansionRatio())
            return "decompresses to more than " + limits.maxExpansionRatio() + " times its " + compressedBytes
                    + " bytes (a gzip bomb?)";
        return null;
    }

    private InputRejectedException refuse(String where, String reason) {
        refusal = new InputRejectedException(file, where, reason + "; refused");
        return refusal;
    }
}
