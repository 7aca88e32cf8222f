package se.lsgraph.server.limits;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.util.function.LongFunction;

import org.apache.jena.query.QueryParseException;

/**
 * Fails every read once the request's deadline has passed. ARQ's token manager takes a failed read
 * for the end of the text, so a parse ends at once with an error the caller then replaces by the
 * timeout's ({@link #requireInTime}).
 */
final class DeadlineReader extends Reader {
    private final Reader in;
    private final long deadlineNanos;
    private boolean expired;

    private DeadlineReader(Reader in, long deadlineNanos) {
        this.in = in;
        this.deadlineNanos = deadlineNanos;
    }

    /** Reads the text until the ticket's deadline; without a ticket (the command line) without one. */
    static DeadlineReader of(String text, RunningQueries.Ticket ticket) {
        return new DeadlineReader(new StringReader(text), ticket == null ? Long.MAX_VALUE : ticket.deadlineNanos());
    }

    @Override
    public int read(char[] buffer, int off, int len) throws IOException {
        if (expired || (deadlineNanos != Long.MAX_VALUE && System.nanoTime() - deadlineNanos > 0)) {
            expired = true;
            throw new IOException("parse deadline passed");
        }
        return in.read(buffer, off, len);
    }

    /** Throws the timeout's parse error (its text from the timeout in seconds) if the deadline cut the parse. */
    void requireInTime(RunningQueries.Ticket ticket, LongFunction<String> message) {
        if (expired)
            throw new QueryParseException(message.apply(ticket.timeoutSeconds()), -1, -1);
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
