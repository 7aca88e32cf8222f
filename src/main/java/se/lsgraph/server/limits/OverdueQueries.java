package se.lsgraph.server.limits;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Cancels a query or update still running at its timeout. ARQ's own timeout misses one case: an
 * ORDER BY over a cartesian product ran on for more than a minute past a 5 s timeout (the abuse
 * benchmark), while setting the execution's cancel signal, as this does, stops it at once. It acts
 * at the timeout itself, checked every 100 ms, because the bound is the timeout + 1 s and unwinding
 * a cancelled sort of millions of rows (and, for an update, aborting its transaction) takes some of
 * that second on a loaded machine: with half a second of grace the ORDER BY answered after 31.3 s.
 */
public final class OverdueQueries implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(OverdueQueries.class);
    private static final long CHECK_EVERY_MILLIS = 100;

    private final ScheduledExecutorService clock = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "lsgraph-overdue-queries");
        t.setDaemon(true);
        return t;
    });

    private OverdueQueries() {}

    public static OverdueQueries start(RunningQueries running, Duration timeout) {
        OverdueQueries overdue = new OverdueQueries();
        long maxAge = timeout.toNanos();
        overdue.clock.scheduleWithFixedDelay(() -> {
            int stopped = running.stopOverdue(maxAge);
            if (stopped > 0)
                LOG.warn("Stopped {} request{} still running at the timeout", stopped, stopped == 1 ? "" : "s");
        }, CHECK_EVERY_MILLIS, CHECK_EVERY_MILLIS, TimeUnit.MILLISECONDS);
        return overdue;
    }

    @Override
    public void close() {
        clock.shutdownNow();
    }
}
