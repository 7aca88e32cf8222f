package se.lsgraph.load.guard;

/**
 * Follows the bytes of one syntax as a parser reads them, just enough to know how deep the
 * brackets are and how long the current string is: a limit is enforced before the parser ever
 * sees the byte that passes it, so the parser's recursion and buffers stay bounded.
 */
interface SyntaxScanner {
    /** The next byte; returns why the input is refused, or null to go on. */
    String next(int b);

    /** A scanner for input that has no brackets or strings to watch. */
    SyntaxScanner NONE = b -> null;
}
