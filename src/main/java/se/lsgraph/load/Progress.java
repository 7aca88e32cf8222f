package se.lsgraph.load;

import java.io.PrintStream;

/** Reports a running count and rate on long work, at most every few seconds. */
public final class Progress {
    private static final long REPORT_EVERY_NANOS = 2_000_000_000L;

    private final PrintStream out;
    private final String what;
    private final long start = System.nanoTime();
    private long lastReport = start;
    private long count;

    public Progress(PrintStream out, String what) {
        this.out = out;
        this.what = what;
    }

    public void tick() {
        count++;
        if ((count & 0x3FFF) == 0) {
            long now = System.nanoTime();
            if (now - lastReport >= REPORT_EVERY_NANOS) {
                lastReport = now;
                report("");
            }
        }
    }

    public void done() {
        report(" (done)");
    }

    public long count() {
        return count;
    }

    public double ratePerSecond() {
        double seconds = (System.nanoTime() - start) / 1e9;
        return seconds == 0 ? 0 : count / seconds;
    }

    private void report(String suffix) {
        if (out != null)
            out.printf("%s: %,d triples, %,.0f triples/s%s%n", what, count, ratePerSecond(), suffix);
    }
}
