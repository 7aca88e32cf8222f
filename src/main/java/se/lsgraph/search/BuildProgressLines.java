package se.lsgraph.search;

import java.util.function.Consumer;

/**
 * The progress of a build of the finder's index as console lines ("Search index: reading entry
 * points, 4,000 of 120,000 hits"), the same for `load` and `build-db`: each new phase, and within a
 * long one how far it got, at most every few seconds.
 */
public final class BuildProgressLines {
    private static final long REPORT_EVERY_NANOS = 5_000_000_000L;

    private BuildProgressLines() {}

    public static Consumer<BuildProgress> to(Consumer<String> line) {
        String[] phase = {null};
        long[] lastReport = {System.nanoTime()};
        return p -> {
            long now = System.nanoTime();
            boolean newPhase = !p.phase().equals(phase[0]);
            if (p.phase().equals("ready") || (!newPhase && now - lastReport[0] < REPORT_EVERY_NANOS))
                return;
            phase[0] = p.phase();
            lastReport[0] = now;
            line.accept("Search index: " + p.phase() + (p.total() > 0 ? String.format(", %,d of %,d hits", p.done(), p.total()) : ""));
        };
    }
}
