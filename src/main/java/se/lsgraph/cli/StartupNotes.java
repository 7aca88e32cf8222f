package se.lsgraph.cli;

import java.io.PrintWriter;
import java.time.Duration;

import se.lsgraph.catalog.DatasetCounts;
import se.lsgraph.server.LsgraphServer;
import se.lsgraph.store.GraphStore;

/**
 * What serve tells the operator once it is up: the dead-space note and the dataset's counts. The
 * note reads every quad's index entry, and the counts may have to count every quad (seconds at a
 * million), so they are printed from a thread of their own once the finder's first build is done and
 * it has answered a first search (on two cores they took its CPU), after the catalogue record was
 * brought current; the server answers requests meanwhile. A stop ends the thread before the store
 * is closed: it is interrupted only while it waits, never inside a read of the database (an
 * interrupt closes TDB2's files under every other reader), and otherwise stops at the next note.
 */
final class StartupNotes implements AutoCloseable {
    /** How long a stop waits for a note being counted. */
    private static final Duration STOP_WAIT = Duration.ofSeconds(10);

    private final LsgraphServer server;
    private final GraphStore store;
    private final boolean readOnly;
    private final PrintWriter out;
    private final Thread thread = new Thread(this::run, "lsgraph-startup-notes");
    /** Guards the two below. */
    private final Object lock = new Object();
    private boolean closed;
    private boolean reading;

    private StartupNotes(LsgraphServer server, GraphStore store, boolean readOnly, PrintWriter out) {
        this.server = server;
        this.store = store;
        this.readOnly = readOnly;
        this.out = out;
    }

    static StartupNotes start(LsgraphServer server, GraphStore store, boolean readOnly, PrintWriter out) {
        StartupNotes notes = new StartupNotes(server, store, readOnly, out);
        notes.thread.setDaemon(true);
        notes.thread.start();
        return notes;
    }

    private void run() {
        server.awaitStartupSearch();
        if (!startReading())
            return;
        try {
            // The counts below are the record's: once it is current they are known, not counted again.
            server.bringCatalogueCurrent();
            if (!readOnly && !stopped()) {
                String deadSpace = store.deadSpaceNote();
                if (deadSpace != null)
                    out.println(deadSpace);
            }
            if (!stopped())
                out.println(DatasetCounts.of(store).summary());
        } catch (RuntimeException e) {
            out.println("Could not count the dataset at start: " + e.getMessage());
        }
        out.flush();
    }

    private boolean startReading() {
        synchronized (lock) {
            if (closed || Thread.currentThread().isInterrupted())
                return false;
            reading = true;
            return true;
        }
    }

    private boolean stopped() {
        synchronized (lock) {
            return closed;
        }
    }

    /** Asks the notes to end without waiting: at once while they wait, after the note being counted otherwise. */
    void requestStop() {
        synchronized (lock) {
            closed = true;
            if (!reading)
                thread.interrupt();
        }
    }

    /** True once the notes' thread has ended (printed its notes, or stopped). */
    boolean ended() {
        return !thread.isAlive();
    }

    /** Ends the notes and waits for them (at most {@link #STOP_WAIT}). */
    @Override
    public void close() {
        requestStop();
        try {
            thread.join(STOP_WAIT.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
