package se.lsgraph.server.limits;

/**
 * Decides, after each garbage collection, whether the heap is full of rows that a running query
 * holds. A collection that leaves more than the limit live is trusted at once the first time, and
 * always when it collected the whole heap. Right after a stop it is not: a young collection still
 * counts the old regions the stopped query filled until a mixed or full collection frees them, so
 * the next query to have run a second would be stopped for memory it does not hold (the abuse
 * benchmark saw a GROUP BY stopped that way 1.3 s after an ORDER BY). Then a full collection is
 * asked for once, and its result decides.
 */
final class FullHeapVerdict {
    /** What to do after a collection. */
    enum Action {
        /** The heap is below the limit, or a check is already under way. */
        NOTHING,
        /** Stop the longest-running query. */
        STOP,
        /** Collect the whole heap to learn what is really live (once per stop). */
        COLLECT_ALL
    }

    private final long limitBytes;
    private boolean sinceStop;
    private boolean collectAsked;

    FullHeapVerdict(long limitBytes) {
        this.limitBytes = limitBytes;
    }

    /** After a collection that left {@code liveBytes} in use; {@code wholeHeap} if it was a full (major) collection. */
    synchronized Action after(long liveBytes, boolean wholeHeap) {
        if (liveBytes <= limitBytes) {
            sinceStop = false;
            collectAsked = false;
            return Action.NOTHING;
        }
        if (wholeHeap || !sinceStop) {
            collectAsked = false;
            return Action.STOP;
        }
        if (collectAsked)
            return Action.NOTHING;
        collectAsked = true;
        return Action.COLLECT_ALL;
    }

    /** A query was stopped: what it held is garbage now, but young collections will go on counting it. */
    synchronized void stopped() {
        sinceStop = true;
        collectAsked = false;
    }
}
