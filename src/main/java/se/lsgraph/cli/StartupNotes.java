package se.lsgraph.cli;

import java.io.PrintWriter;
import java.time.Duration;

import se.lsgraph.catalog.DatasetCounts;
import se.lsgraph.server.LsgraphServer;
import se.lsgraph.store.GraphStore;
import se.lsgraph.store.WaitThenRead;

/**
 * What serve tells the operator once it is up: the dead-space note and the dataset's counts. The
 * note reads every quad's index entry, and the counts may have to count every quad (seconds at a
 * million), so they are printed from a thread of their own once the finder's first build is done and
 * it has answered a first search (on two cores they took its CPU), after the catalogue record was
 * brought current; the server answers requests meanwhile. A stop ends the thread before the store
 * is closed: at once while it waits, otherwise before its next note.
 */
final class StartupNotes implements AutoCloseable {
    /** How long a stop waits for a note being counted. */
    private static final Duration STOP_WAIT = Duration.ofSeconds(10);

    private final LsgraphServer server;
    private final GraphStore store;
    private final boolean readOnly;
    private final PrintWriter out;
    private WaitThenRead thread;

    private StartupNotes(LsgraphServer server, GraphStore store, boolean readOnly, PrintWriter out) {
        this.server = server;
        this.store = store;
        this.readOnly = readOnly;
        this.out = out;
    }

    static StartupNotes start(LsgraphServer server, GraphStore store, boolean readOnly, PrintWriter out) {
        StartupNotes notes = new StartupNotes(server, store, readOnly, out);
        notes.thread = WaitThenRead.start("lsgraph-startup-notes", server::awaitStartupSearch, notes::print);
        return notes;
    }

    private void print() {
        try {
            // The counts below are the record's: once it is current they are known, not counted again.
            server.bringCatalogueCurrent();
            if (!readOnly && !thread.stopRequested()) {
                String deadSpace = store.deadSpaceNote();
                if (deadSpace != null)
                    out.println(deadSpace);
            }
            if (!thread.stopRequested())
                out.println(DatasetCounts.of(store).summary());
        } catch (RuntimeException e) {
            out.println("Could not count the dataset at start: " + e.getMessage());
        }
        out.flush();
    }

    /** Asks the notes to end without waiting: at once while they wait, before the next note otherwise. */
    void requestStop() {
        thread.requestStop();
    }

    /** True once the notes' thread has ended (printed its notes, or stopped). */
    boolean ended() {
        return thread.ended();
    }

    /** Ends the notes and waits for them (at most {@link #STOP_WAIT}). */
    @Override
    public void close() {
        thread.requestStop();
        thread.join(STOP_WAIT);
    }
}
