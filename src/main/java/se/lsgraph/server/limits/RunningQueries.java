package se.lsgraph.server.limits;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The anonymous queries running now, each with the cancel signal of its execution, so that the
 * heap watchdog can stop one. An HTTP request opens a ticket for its thread; the query it runs
 * attaches its cancel signal to that ticket when ARQ optimises it (in the same thread).
 */
public final class RunningQueries {
    /** One request's queries; closing it ends them as far as the watchdog is concerned. */
    public final class Ticket implements AutoCloseable {
        private final long startNanos = System.nanoTime();

        /** When the request's time is up: its start plus the query timeout. */
        long deadlineNanos() {
            return startNanos + timeout.toNanos();
        }

        long timeoutSeconds() {
            return timeout.toSeconds();
        }
        private final List<AtomicBoolean> signals = new ArrayList<>();
        private volatile boolean stoppedForMemory;
        private volatile boolean stoppedForTime;

        boolean stoppedForMemory() {
            return stoppedForMemory;
        }

        boolean stoppedForTime() {
            return stoppedForTime;
        }

        private synchronized void attach(AtomicBoolean signal) {
            signals.add(signal);
        }

        private synchronized boolean stop(boolean forMemory) {
            if (signals.isEmpty() || stoppedForMemory || stoppedForTime)
                return false;
            if (forMemory)
                stoppedForMemory = true;
            else
                stoppedForTime = true;
            for (AtomicBoolean s : signals)
                s.set(true);
            return true;
        }

        @Override
        public void close() {
            CURRENT.remove();
            synchronized (RunningQueries.this) {
                open.remove(this);
            }
        }
    }

    /** Filling the heap takes seconds; a query younger than this is never the one to stop (a simple query beside the culprit). */
    static final long MIN_AGE_NANOS = 1_000_000_000L;
    private static final ThreadLocal<Ticket> CURRENT = new ThreadLocal<>();
    private final List<Ticket> open = new ArrayList<>();
    private final java.time.Duration timeout;

    public RunningQueries(java.time.Duration timeout) {
        this.timeout = timeout;
    }

    /** The ticket of the request running in this thread, or null. */
    static Ticket current() {
        return CURRENT.get();
    }

    public Ticket open() {
        Ticket t = new Ticket();
        synchronized (this) {
            open.add(t);
        }
        CURRENT.set(t);
        return t;
    }

    /** Called while a query is optimised: the query belongs to the request running in this thread, if any. */
    static void attachToCurrent(AtomicBoolean cancelSignal) {
        Ticket t = CURRENT.get();
        if (t != null && cancelSignal != null)
            t.attach(cancelSignal);
    }

    /**
     * Cancels the queries of the request that has run longest: the one most likely to hold the rows
     * filling the heap (a sort or a group keeps every row until its input ends), if it has run for
     * at least a second. True if one was stopped.
     */
    boolean stopOldest() {
        long now = System.nanoTime();
        List<Ticket> byAge;
        synchronized (this) {
            byAge = new ArrayList<>(open);
        }
        byAge.sort((a, b) -> Long.compare(a.startNanos, b.startNanos));
        for (Ticket t : byAge)
            if (now - t.startNanos >= MIN_AGE_NANOS && t.stop(true))
                return true;
        return false;
    }

    /** Cancels the queries of every request older than maxAge; how many were stopped. */
    int stopOverdue(long maxAgeNanos) {
        long now = System.nanoTime();
        List<Ticket> all;
        synchronized (this) {
            all = new ArrayList<>(open);
        }
        int stopped = 0;
        for (Ticket t : all)
            if (now - t.startNanos > maxAgeNanos && t.stop(false))
                stopped++;
        return stopped;
    }

    synchronized int size() {
        return open.size();
    }
}
