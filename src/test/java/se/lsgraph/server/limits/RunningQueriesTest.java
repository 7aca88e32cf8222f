package se.lsgraph.server.limits;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.Test;

/** Which queries the watchdogs stop: the oldest (at least a second old) for memory, every overdue one for time. */
class RunningQueriesTest {
    @Test
    void anOverdueRequestHasItsQueriesCancelledAndIsMarkedAsStoppedForTime() {
        RunningQueries running = new RunningQueries(java.time.Duration.ofSeconds(30));
        AtomicBoolean signal = new AtomicBoolean();
        try (RunningQueries.Ticket ticket = running.open()) {
            RunningQueries.attachToCurrent(signal);
            assertEquals(0, running.stopOverdue(60_000_000_000L), "not yet overdue");
            assertFalse(signal.get());
            assertEquals(1, running.stopOverdue(0));
            assertTrue(signal.get());
            assertTrue(ticket.stoppedForTime());
            assertFalse(ticket.stoppedForMemory());
            assertEquals(0, running.stopOverdue(0), "a stopped request is not stopped twice");
        }
        assertEquals(0, running.size());
    }

    @Test
    void theMemoryWatchdogSparesRequestsYoungerThanASecondAndThoseWithoutQueries() {
        RunningQueries running = new RunningQueries(java.time.Duration.ofSeconds(30));
        AtomicBoolean signal = new AtomicBoolean();
        try (RunningQueries.Ticket withoutQuery = running.open()) {
            assertFalse(running.stopOldest(), "nothing to cancel in a request without a query");
        }
        try (RunningQueries.Ticket young = running.open()) {
            RunningQueries.attachToCurrent(signal);
            assertFalse(running.stopOldest());
            assertFalse(signal.get());
            assertFalse(young.stoppedForMemory());
        }
    }
}
