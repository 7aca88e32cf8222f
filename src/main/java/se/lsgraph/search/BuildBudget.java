package se.lsgraph.search;

import java.time.Duration;
import java.time.Instant;
import java.util.function.BooleanSupplier;

/**
 * The time a build of the finder's index may take: its own budget, independent of the SPARQL
 * query timeout, so a large store is indexed in the background instead of failing inside a request.
 * A server that stops asks its build to end at the next check instead of interrupting its thread:
 * an interrupt during a read closes the file channel it was reading, and TDB2's node table shares
 * its channel with every other reader.
 */
public final class BuildBudget {
    public static final Duration DEFAULT = Duration.ofMinutes(10);
    private static final BooleanSupplier NEVER = () -> false;

    private final Instant deadline;
    private final BooleanSupplier stopRequested;

    private BuildBudget(Instant deadline, BooleanSupplier stopRequested) {
        this.deadline = deadline;
        this.stopRequested = stopRequested;
    }

    public static BuildBudget of(Duration budget) {
        return of(budget, NEVER);
    }

    /** A budget that also ends once {@code stopRequested} is true (checked between the build's steps). */
    public static BuildBudget of(Duration budget, BooleanSupplier stopRequested) {
        return new BuildBudget(Instant.now().plus(budget), stopRequested);
    }

    long remainingMillis() {
        if (stopRequested.getAsBoolean())
            throw new BuildStoppedException("the search index update was stopped before it ended: the server is stopping");
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

    /** The build was asked to stop; the index is as the last finished update left it. */
    public static final class BuildStoppedException extends RuntimeException {
        BuildStoppedException(String message) {
            super(message);
        }
    }
}
