package se.lsgraph.load;

import se.lsgraph.load.guard.InputLimits;

/**
 * What a load accepts beyond well-formed, valid input.
 *
 * @param allowEmpty a file with no triples (or no records) may replace a graph with nothing; off by
 *                   default, because an empty export or a header-only CSV is nearly always a mistake
 * @param limits     the size, nesting and literal limits every file is read within
 * @param bulkFromBytes RDF input of at least this many bytes (and at least the database folder's
 *                   size) is loaded by {@link BulkRdfLoad} into a staged generation instead of in one
 *                   write transaction; {@link Long#MAX_VALUE}: never (a server, whose writes
 *                   must pass its before-commit steps)
 */
public record LoadOptions(boolean allowEmpty, InputLimits limits, long bulkFromBytes) {
    public static final LoadOptions DEFAULT = new LoadOptions(false, InputLimits.DEFAULT);
    public LoadOptions(boolean allowEmpty, InputLimits limits) {
        this(allowEmpty, limits, Long.MAX_VALUE);
    }

    /** The message for an empty file, naming the option that lets it through. */
    static InputRejectedException empty(String file, String what) {
        return new InputRejectedException(file, null, "holds no " + what
                + "; loading it would leave its graph empty (give --allow-empty if that is what you want)");
    }
}
