package se.lsgraph.store;

import java.time.Duration;

/**
 * A background thread that first waits (for the finder's first search, say) and then reads or
 * writes the store. A stop interrupts it only while it waits: an interrupt during a read closes the
 * file channel it was reading, and TDB2's node table shares its channel with every other reader. Once
 * the work has begun, a stop is a request the work may check with {@link #stopRequested()}.
 */
public final class WaitThenRead {
    private final Thread thread;
    /** Guards the two below. */
    private final Object lock = new Object();
    private boolean stopRequested;
    private boolean working;

    private WaitThenRead(String name, Runnable wait, Runnable work) {
        thread = new Thread(() -> {
            if (!stopRequested())
                wait.run();
            if (beginWork())
                work.run();
        }, name);
        thread.setDaemon(true);
    }

    /** Starts a daemon thread that runs {@code wait}, then {@code work} unless a stop came first. */
    public static WaitThenRead start(String name, Runnable wait, Runnable work) {
        WaitThenRead started = new WaitThenRead(name, wait, work);
        started.thread.start();
        return started;
    }

    private boolean beginWork() {
        synchronized (lock) {
            if (stopRequested || Thread.currentThread().isInterrupted())
                return false;
            working = true;
            return true;
        }
    }

    /** True once a stop was asked for: the work checks it between its steps. */
    public boolean stopRequested() {
        synchronized (lock) {
            return stopRequested;
        }
    }

    /** Asks the thread to end without waiting for it: at once while it waits, at the work's next check otherwise. */
    public void requestStop() {
        synchronized (lock) {
            stopRequested = true;
            if (!working)
                thread.interrupt();
        }
    }

    /** True once the thread has ended. */
    public boolean ended() {
        return !thread.isAlive();
    }

    /** Waits at most {@code timeout} for the thread to end. */
    public void join(Duration timeout) {
        try {
            thread.join(timeout.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
