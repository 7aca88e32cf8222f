package se.lsgraph.server.limits;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Cancels a query still running half a second past the timeout. ARQ's own timeout misses one case:
 * an ORDER BY over a cartesian product ran on for more than a minute past a 5 s timeout (the abuse
 * benchmark), while setting the execution's cancel signal, as this does, stops it at once.
 */
public final class OverdueQueries implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(OverdueQueries.class);
    static final Duration GRACE = Duration.ofMillis(500);
    private static final long CHECK_EVERY_MILLIS = 250;

    private final ScheduledExecutorService clock = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "lsgraph-overdue-queries");
        t.setDaemon(true);
        return t;
    });

    private OverdueQueries() {}

    public static OverdueQueries start(RunningQueries running, Duration timeout) {
        OverdueQueries overdue = new OverdueQueries();
        long maxAge = timeout.plus(GRACE).toNanos();
        overdue.clock.scheduleWithFixedDelay(() -> {
            int stopped = running.stopOverdue(maxAge);
            if (stopped > 0)
                LOG.warn("Stopped {} quer{} still running {} ms past the timeout", stopped, stopped == 1 ? "y" : "ies", GRACE.toMillis());
        }, CHECK_EVERY_MILLIS, CHECK_EVERY_MILLIS, TimeUnit.MILLISECONDS);
        return overdue;
    }

    @Override
    public void close() {
        clock.shutdownNow();
    }
}
