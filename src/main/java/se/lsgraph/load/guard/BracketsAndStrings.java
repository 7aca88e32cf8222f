package se.lsgraph.load.guard;

/**
 * What Turtle-like and JSON scanners share: a nesting counter and a string-length counter, each
 * with its limit and the message that names it.
 */
abstract class BracketsAndStrings implements SyntaxScanner {
    private final InputLimits limits;
    private int depth;
    private long stringBytes;

    BracketsAndStrings(InputLimits limits) {
        this.limits = limits;
    }

    final String open() {
        return open("brackets inside brackets");
    }

    /** @param what what nests, for the message */
    final String open(String what) {
        if (++depth > limits.maxNestingDepth())
            return "nesting deeper than " + limits.maxNestingDepth() + " levels (" + what + ")";
        return null;
    }

    final void close() {
        if (depth > 0)
            depth--;
    }

    final void startString() {
        stringBytes = 0;
    }

    final String stringByte() {
        if (++stringBytes > limits.maxLiteralBytes())
            return "a string longer than " + limits.maxLiteralBytes() + " bytes";
        return null;
    }
}
