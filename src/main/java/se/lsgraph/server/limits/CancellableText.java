package se.lsgraph.server.limits;

import java.util.concurrent.atomic.AtomicBoolean;

import org.apache.jena.query.QueryCancelledException;

/**
 * The text a regular expression runs over, checking every few thousand character reads whether the
 * query was cancelled (its timeout fired) or the match alone outlived the budget. java.util.regex
 * reads its input only through {@link #charAt}, so even a catastrophically backtracking pattern
 * stops within the budget instead of running for minutes.
 */
final class CancellableText implements CharSequence {
    private static final int READS_BETWEEN_CHECKS = 4096;

    private final String text;
    private final AtomicBoolean cancelled;
    private final long deadlineNanos;
    private int readsUntilCheck = READS_BETWEEN_CHECKS;

    CancellableText(String text, AtomicBoolean cancelled, long deadlineNanos) {
        this.text = text;
        this.cancelled = cancelled;
        this.deadlineNanos = deadlineNanos;
    }

    @Override
    public char charAt(int index) {
        if (--readsUntilCheck <= 0) {
            readsUntilCheck = READS_BETWEEN_CHECKS;
            if ((cancelled != null && cancelled.get()) || System.nanoTime() - deadlineNanos > 0)
                throw new QueryCancelledException();
        }
        return text.charAt(index);
    }

    @Override
    public int length() {
        return text.length();
    }

    @Override
    public CharSequence subSequence(int start, int end) {
        return text.substring(start, end);
    }

    @Override
    public String toString() {
        return text;
    }
}
