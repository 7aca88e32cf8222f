package se.lsgraph.load.guard;

/**
 * How much a single input file may ask of the loader before it is refused: the limits that keep a
 * hostile or broken file (a gzip bomb, 100,000 nested brackets, a gigabyte literal) from ending in
 * an OutOfMemoryError or StackOverflowError instead of a message naming the file and position.
 *
 * @param maxDecompressedBytes most bytes a file may hold once decompressed
 * @param maxExpansionRatio    most a .gz file may grow (decompressed / compressed), checked once it
 *                             has passed {@link #EXPANSION_CHECKED_FROM} bytes; real RDF and CSV
 *                             compress 5 to 30 times, a bomb a thousand
 * @param maxNestingDepth      most brackets open at once: [ ( { in Turtle and TriG, [ { in JSON
 * @param maxLiteralBytes      longest string literal (RDF, JSON) or CSV row, in bytes
 */
public record InputLimits(long maxDecompressedBytes, int maxExpansionRatio, int maxNestingDepth, int maxLiteralBytes) {
    public static final long EXPANSION_CHECKED_FROM = 16L << 20;

    /** Far above anything the bundled graph and the registries hold, far below what breaks the JVM. */
    public static final InputLimits DEFAULT = new InputLimits(4L << 30, 200, 200, 4 << 20);
}
