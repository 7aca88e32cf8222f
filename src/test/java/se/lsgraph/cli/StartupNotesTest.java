package se.lsgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;

import org.junit.jupiter.api.Test;

import se.lsgraph.catalog.DatasetCounts;
import se.lsgraph.support.TestServer;

/**
 * serve's start-up notes: printed once the finder has answered a first search, with the same counts
 * the dataset's description gives; a stop while they wait ends them at once, with nothing printed,
 * so that the store can be closed under them.
 */
class StartupNotesTest {

    @Test
    void aStopBeforeTheFirstSearchEndsThemWithNothingPrinted() {
        StringWriter printed = new StringWriter();
        try (TestServer web = TestServer.start()) {
            StartupNotes notes = StartupNotes.start(web.server, web.store, false, new PrintWriter(printed));
            // No search comes, so the notes wait, for up to 10 s after the finder was ready. The stop
            // interrupts that wait: it does not last until the wait's end (a bound on behaviour, half
            // the wait, not a measurement of speed).
            long started = System.nanoTime();
            notes.close();
            long tookMillis = (System.nanoTime() - started) / 1_000_000;
            assertTrue(notes.ended(), "the notes' thread ended with the stop");
            assertTrue(tookMillis < 5_000, "the stop cut the wait short instead of sitting it out: " + tookMillis + " ms");
        }
        assertEquals("", printed.toString());
    }

    @Test
    void afterTheFirstSearchTheyPrintTheDatasetCounts() throws InterruptedException {
        StringWriter printed = new StringWriter();
        try (TestServer web = TestServer.start()) {
            StartupNotes notes = StartupNotes.start(web.server, web.store, false, new PrintWriter(printed));
            assertEquals(200, web.http.get("/api/search?q=tvillingregister", "application/json").statusCode());
            for (int i = 0; i < 300 && !notes.ended(); i++)
                Thread.sleep(100);
            assertTrue(notes.ended(), "the notes were printed within 30 s of the first search");
            assertEquals(DatasetCounts.of(web.store).summary() + System.lineSeparator(), printed.toString(),
                    "one line, the dataset's counts (an in-memory store has no dead-space note)");
            notes.close();
        }
    }
}
