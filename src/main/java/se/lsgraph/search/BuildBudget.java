package se.lsgraph.search;

import java.time.Duration;
import java.time.Instant;

/**
 * The time a build of the finder's index may take: its own budget, independent of the SPARQL
 * query timeout, so a large store is indexed in the background instead of failing inside a request.
 */
public record BuildBudget(Instant deadline) {
    public static final Duration DEFAULT = Duration.ofMinutes(10);

    public static BuildBudget of(Duration budget) {
        return new BuildBudget(Instant.now().plus(budget));
    }

    long remainingMillis() {
        long left = Duration.between(Instant.now(), deadline).toMillis();
        if (left <= 0)
            throw new BuildBudgetExceededException("building the search index took longer than its budget");
        return left;
    }

    void check() {
        remainingMillis();
    }

    /** The index could not be built within its budget; the previous index (if any) stays in use. */
    public static final class BuildBudgetExceededException extends RuntimeException {
        BuildBudgetExceededException(String message) {
            super(message);
        }
    }
}
