package se.lsgraph.search;

import java.time.Instant;

/**
 * Where a build of the finder's index is: its phase ("checking", "reading entry points", "reading what
 * the region said" (each batch of hits is written to the index as it is read), "indexing" (the commit
 * that makes the new index the index), or after a write "re-reading changed hits"; then "ready" or "failed"),
 * how many hits of how many are done in that phase (when ready: how many hits were written, of how
 * many read; 0 of 0 when the persisted index was current), when it started, and the error if it failed.
 */
public record BuildProgress(String phase, long done, long total, Instant started, String error) {
    public static BuildProgress starting() {
        return new BuildProgress("checking", 0, 0, Instant.now(), null);
    }

    BuildProgress at(String newPhase, long newDone, long newTotal) {
        return new BuildProgress(newPhase, newDone, newTotal, started, null);
    }

    public BuildProgress failed(String message) {
        return new BuildProgress("failed", done, total, started, message);
    }
}
