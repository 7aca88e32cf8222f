package se.lsgraph.server.limits;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

class FailedLoginsTest {
    private static final class MovableClock extends Clock {
        Instant now = Instant.parse("2026-01-01T00:00:00Z");

        @Override public ZoneOffset getZone() { return ZoneOffset.UTC; }
        @Override public Clock withZone(java.time.ZoneId zone) { return this; }
        @Override public Instant instant() { return now; }
    }

    @Test
    void aClientIsLockedAfterTheAllowedFailuresUntilTheLockoutEnds() {
        MovableClock clock = new MovableClock();
        FailedLogins logins = new FailedLogins(3, Duration.ofSeconds(60), clock);
        logins.failed("10.0.0.1");
        logins.failed("10.0.0.1");
        assertEquals(0, logins.secondsLocked("10.0.0.1"));
        logins.failed("10.0.0.1");
        assertEquals(60, logins.secondsLocked("10.0.0.1"));
        assertEquals(0, logins.secondsLocked("10.0.0.2"), "other clients are not affected");
        clock.now = clock.now.plusSeconds(45);
        assertEquals(15, logins.secondsLocked("10.0.0.1"));
        clock.now = clock.now.plusSeconds(15);
        assertEquals(0, logins.secondsLocked("10.0.0.1"));
    }

    @Test
    void aCorrectPasswordClearsTheFailures() {
        FailedLogins logins = new FailedLogins(2, Duration.ofSeconds(60), new MovableClock());
        logins.failed("10.0.0.1");
        logins.succeeded("10.0.0.1");
        logins.failed("10.0.0.1");
        assertEquals(0, logins.secondsLocked("10.0.0.1"));
    }
}
