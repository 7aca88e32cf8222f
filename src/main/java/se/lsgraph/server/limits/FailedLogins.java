package se.lsgraph.server.limits;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Failed password attempts per client address. After {@code allowed} failures within the window the
 * address is refused for the lock-out time; a correct password clears its record. The table is
 * bounded so that a flood from many addresses cannot fill the heap: the oldest records go first.
 */
final class FailedLogins {
    private static final int MAX_CLIENTS = 10_000;

    private final int allowed;
    private final Duration lockout;
    private final Clock clock;
    private final Map<String, Record> byClient = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Record> eldest) {
            return size() > MAX_CLIENTS;
        }
    };

    private record Record(int failures, Instant since) {}

    FailedLogins(int allowed, Duration lockout, Clock clock) {
        this.allowed = allowed;
        this.lockout = lockout;
        this.clock = clock;
    }

    /** Seconds the client must wait before trying again, or 0 if it may try now. */
    synchronized long secondsLocked(String client) {
        Record r = byClient.get(client);
        if (r == null || r.failures < allowed)
            return 0;
        Duration left = Duration.between(clock.instant(), r.since.plus(lockout));
        if (left.isNegative() || left.isZero()) {
            byClient.remove(client);
            return 0;
        }
        return Math.max(1, (left.toMillis() + 999) / 1000);
    }

    synchronized void failed(String client) {
        Instant now = clock.instant();
        Record r = byClient.get(client);
        boolean fresh = r == null || Duration.between(r.since, now).compareTo(lockout) > 0;
        byClient.put(client, fresh ? new Record(1, now) : new Record(r.failures + 1, now));
    }

    synchronized void succeeded(String client) {
        byClient.remove(client);
    }
}
