package se.lsgraph.load.guard;

/**
 * CSV: a row (quoted line breaks included) may not pass the literal limit, so an unclosed quote
 * cannot make the parser hold the rest of the file as one field.
 */
final class CsvScanner implements SyntaxScanner {
    private final InputLimits limits;
    private boolean quoted;
    private long rowBytes;

    CsvScanner(InputLimits limits) {
        this.limits = limits;
    }

    @Override
    public String next(int b) {
        if (b == '"')
            quoted = !quoted;
        if (b == '\n' && !quoted) {
            rowBytes = 0;
            return null;
        }
        if (++rowBytes > limits.maxLiteralBytes())
            return "a row longer than " + limits.maxLiteralBytes() + " bytes"
                    + (quoted ? " (a quote that is never closed?)" : "");
        return null;
    }
}
