package se.lsgraph.reconcile;

/**
 * How much one reconciliation request may ask: queries per batch (and ids per data-extension
 * request), and characters per query text or property value. Names in the graph are short, so the
 * defaults leave room for any real sheet (OpenRefine sends batches of 10) while a request of 1,000
 * queries of 20,000 characters each, which once cost 300 s of CPU, is refused before any scoring.
 */
public record ReconcileLimits(int maxBatch, int maxQueryLength) {
    public static final int DEFAULT_MAX_BATCH = 100;
    public static final int DEFAULT_MAX_QUERY_LENGTH = 500;
    public static final ReconcileLimits DEFAULTS = new ReconcileLimits(DEFAULT_MAX_BATCH, DEFAULT_MAX_QUERY_LENGTH);

    public ReconcileLimits {
        if (maxBatch < 1)
            throw new IllegalArgumentException("the reconciliation batch limit must be at least 1, not " + maxBatch);
        if (maxQueryLength < 1)
            throw new IllegalArgumentException("the reconciliation query length limit must be at least 1, not " + maxQueryLength);
    }
}
