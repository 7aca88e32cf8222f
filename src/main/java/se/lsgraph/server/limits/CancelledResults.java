package se.lsgraph.server.limits;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

import org.eclipse.jetty.ee10.servlet.ServletContextRequest;

import com.fasterxml.jackson.databind.ObjectMapper;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

/**
 * Query results cut by the timeout end in an error the client detects, whatever the format.
 * Fuseki writes what it has, then a "## Query cancelled" trailer, with status 200: a JSON or XML
 * client gets an invalid document, a CSV client junk rows. This filter holds the first
 * {@link #HELD_BYTES} of every answer: an answer cancelled within them is replaced by a 503 with a
 * JSON error; one cancelled later (its status long sent) is aborted at the HTTP level (the chunked
 * body never ends), so every HTTP client reports an incomplete response instead of a short one.
 * The trailer itself never reaches the client. A query the {@link HeapWatchdog} stopped ends the
 * same way, with a message that says so.
 */
public final class CancelledResults implements Filter {
    static final int HELD_BYTES = 1 << 20;
    private static final byte[] MARK = "##  Query cancelled due to timeout during execution   ##".getBytes(StandardCharsets.US_ASCII);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Duration timeout;
    private final RunningQueries running;
    private final int memoryLimitPercent;

    public CancelledResults(Duration timeout, RunningQueries running, int memoryLimitPercent) {
        this.timeout = timeout;
        this.running = running;
        this.memoryLimitPercent = memoryLimitPercent;
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!(response instanceof HttpServletResponse http)) {
            chain.doFilter(request, response);
            return;
        }
        try (RunningQueries.Ticket ticket = running.open()) {
            answer(request, http, chain, ticket);
        }
    }

    private void answer(ServletRequest request, HttpServletResponse http, FilterChain chain, RunningQueries.Ticket ticket)
            throws IOException, ServletException {
        Held held = new Held(http, request);
        chain.doFilter(request, new HttpServletResponseWrapper(http) {
            @Override
            public ServletOutputStream getOutputStream() {
                return held;
            }

            @Override
            public void flushBuffer() {
                // held: nothing is committed before the answer is known to be whole, or too big to hold
            }
        });
        if (ticket.stoppedForMemory() && !http.isCommitted()) {
            refuse(http, "The query was stopped because the server's memory ran low (over " + memoryLimitPercent
                    + " % of the heap in use after garbage collection); no results were sent. ORDER BY or GROUP BY over "
                    + "this many rows needs a narrower pattern");
            return;
        }
        if ((held.cancelled || ticket.stoppedForTime()) && !http.isCommitted()) {
            refuse(http, "The query ran past the timeout of " + timeout.toSeconds() + " s and was cancelled; no results were sent");
            return;
        }
        held.finish();
    }

    private static void refuse(HttpServletResponse http, String message) throws IOException {
        http.reset();
        http.setStatus(503);
        http.setContentType("application/json");
        http.setCharacterEncoding("UTF-8");
        Map<String, Object> error = new LinkedHashMap<>();
        error.put("status", 503);
        error.put("error", message);
        http.getOutputStream().write(JSON.writeValueAsBytes(error));
    }

    /** The answer's bytes: held while small, then passed on, always minus a tail that could begin the trailer. */
    private static final class Held extends ServletOutputStream {
        private final HttpServletResponse response;
        private final ServletRequest request;
        private byte[] buffer = new byte[8192];
        private int length;
        private OutputStream out;
        private boolean released;
        boolean cancelled;

        Held(HttpServletResponse response, ServletRequest request) {
            this.response = response;
            this.request = request;
        }

        @Override
        public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] bytes, int off, int len) throws IOException {
            if (cancelled)
                return;
            int searchFrom = Math.max(0, length - MARK.length + 1);
            append(bytes, off, len);
            if (contains(searchFrom)) {
                cancelled = true;
                if (released)
                    // The status is sent: end the connection without the body's end, so the client sees the cut.
                    ServletContextRequest.getServletContextRequest(request).getServletChannel()
                            .abort(new IOException("query cancelled by the timeout after its results had begun"));
                return;
            }
            if (!released && length <= HELD_BYTES)
                return;
            int keep = Math.min(length, MARK.length - 1);
            if (out == null)
                out = response.getOutputStream();
            out.write(buffer, 0, length - keep);
            System.arraycopy(buffer, length - keep, buffer, 0, keep);
            length = keep;
            released = true;
        }

        private void append(byte[] bytes, int off, int len) {
            if (length + len > buffer.length)
                buffer = Arrays.copyOf(buffer, Math.max(buffer.length * 2, length + len));
            System.arraycopy(bytes, off, buffer, length, len);
            length += len;
        }

        private boolean contains(int from) {
            outer:
            for (int i = from; i <= length - MARK.length; i++) {
                for (int j = 0; j < MARK.length; j++)
                    if (buffer[i + j] != MARK[j])
                        continue outer;
                return true;
            }
            return false;
        }

        @Override
        public void flush() throws IOException {
            if (released && out != null)
                out.flush();
        }

        void finish() throws IOException {
            if (cancelled || (length == 0 && out == null))
                return; // nothing held: the answer may have been written through getWriter()
            OutputStream target = out != null ? out : response.getOutputStream();
            target.write(buffer, 0, length);
            length = 0;
            target.flush();
        }

        @Override
        public boolean isReady() {
            return true;
        }

        @Override
        public void setWriteListener(WriteListener listener) {
            throw new UnsupportedOperationException("query answers are written blocking");
        }
    }
}
