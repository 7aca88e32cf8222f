package se.lsgraph.server.limits;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.jena.fuseki.servlets.SPARQLProtocol;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.update.UpdateRequest;

import com.fasterxml.jackson.databind.ObjectMapper;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

/**
 * SPARQL Update under the same budget as a query. The request gets a ticket ({@link RunningQueries}),
 * so the overdue check and the heap watchdog can stop the update's WHERE clause as they stop a
 * query. Its text is parsed here first, within the deadline, and a refused LOAD is answered here,
 * both before Fuseki opens the write transaction ({@link UpdateText} says why that matters). An
 * update that was stopped is answered 503 with a JSON message saying why, not Fuseki's bare 500;
 * the store's transaction was aborted, so nothing was changed.
 */
public final class UpdateBudget implements Filter {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String FORM = "application/x-www-form-urlencoded";

    private final Duration timeout;
    private final RunningQueries running;
    private final int memoryLimitPercent;
    private final List<String> allowedLoads;

    public UpdateBudget(Duration timeout, RunningQueries running, int memoryLimitPercent, List<String> allowedLoads) {
        this.timeout = timeout;
        this.running = running;
        this.memoryLimitPercent = memoryLimitPercent;
        this.allowedLoads = List.copyOf(allowedLoads);
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain) throws IOException, ServletException {
        if (!(request instanceof HttpServletRequest http) || !(response instanceof HttpServletResponse answer)
                || !"POST".equalsIgnoreCase(http.getMethod())) {
            chain.doFilter(request, response);
            return;
        }
        try (RunningQueries.Ticket ticket = running.open()) {
            HttpServletRequest passed = http;
            String text;
            if (isForm(http)) {
                text = http.getParameter("update"); // Jetty keeps the parsed form for Fuseki
            } else {
                byte[] body = http.getInputStream().readAllBytes(); // bounded by --max-request-size (JettyLimits)
                text = new String(body, StandardCharsets.UTF_8);
                passed = new ReplayedBody(http, body);
            }
            if (text == null)
                chain.doFilter(passed, answer); // Fuseki says what is missing
            else if (!refusedBeforeWriting(text, ticket, answer))
                run(passed, answer, chain, ticket);
        }
    }

    /** True if the update was answered here: its text does not parse in time, or it would LOAD what is not allowed. */
    private boolean refusedBeforeWriting(String text, RunningQueries.Ticket ticket, HttpServletResponse answer) throws IOException {
        UpdateRequest update;
        try {
            update = UpdateText.parse(text, ticket);
        } catch (QueryParseException e) {
            plain(answer, 400, SPARQLProtocol.messageForException(e)); // worded as Fuseki words an update's
            return true;
        }
        for (String source : UpdateText.loadSources(update)) {
            String why = LoadAllowList.refusal(source, allowedLoads);
            if (why != null) {
                plain(answer, 400, why);
                return true;
            }
        }
        return false;
    }

    private void run(HttpServletRequest request, HttpServletResponse answer, FilterChain chain, RunningQueries.Ticket ticket)
            throws IOException, ServletException {
        Held held = new Held(answer);
        chain.doFilter(request, held);
        boolean overdue = System.nanoTime() - ticket.deadlineNanos() > 0;
        if (ticket.stoppedForMemory())
            json(answer, "The update was stopped because the server's memory ran low (over " + memoryLimitPercent
                    + " % of the heap in use after garbage collection); nothing was changed");
        else if (ticket.stoppedForTime() || (overdue && held.status() >= 500))
            json(answer, "The update ran past the timeout of " + timeout.toSeconds() + " s and was cancelled; nothing was changed");
        else
            held.release();
    }

    private static boolean isForm(HttpServletRequest request) {
        String type = request.getContentType();
        return type != null && type.toLowerCase(java.util.Locale.ROOT).startsWith(FORM);
    }

    private static void plain(HttpServletResponse answer, int status, String message) throws IOException {
        answer.setStatus(status);
        answer.setContentType("text/plain");
        answer.setCharacterEncoding("UTF-8");
        answer.getOutputStream().write((message + "\n").getBytes(StandardCharsets.UTF_8));
    }

    private static void json(HttpServletResponse answer, String message) throws IOException {
        answer.reset();
        answer.setStatus(503);
        answer.setContentType("application/json");
        answer.setCharacterEncoding("UTF-8");
        Map<String, Object> error = new LinkedHashMap<>();
        error.put("status", 503);
        error.put("error", message);
        answer.getOutputStream().write(JSON.writeValueAsBytes(error));
    }

    /** The body read here, given to Fuseki again. */
    private static final class ReplayedBody extends HttpServletRequestWrapper {
        private final byte[] body;

        ReplayedBody(HttpServletRequest request, byte[] body) {
            super(request);
            this.body = body;
        }

        @Override
        public ServletInputStream getInputStream() {
            return new BufferedBodyStream(body);
        }

        @Override
        public java.io.BufferedReader getReader() {
            return new java.io.BufferedReader(new java.io.InputStreamReader(getInputStream(), StandardCharsets.UTF_8));
        }
    }

    /**
     * Fuseki's answer, held until the update has ended (an update's answer is a status and a short
     * message), so that it can still be replaced when the update turns out to have been stopped.
     */
    private static final class Held extends HttpServletResponseWrapper {
        private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        private int status = 200;
        private String errorMessage;
        private boolean sentError;
        private PrintWriter writer;

        Held(HttpServletResponse response) {
            super(response);
        }

        int status() {
            return status;
        }

        @Override
        public void setStatus(int sc) {
            status = sc;
            super.setStatus(sc);
        }

        @Override
        public void sendError(int sc, String msg) {
            status = sc;
            errorMessage = msg;
            sentError = true;
        }

        @Override
        public void sendError(int sc) {
            sendError(sc, null);
        }

        @Override
        public ServletOutputStream getOutputStream() {
            return new ServletOutputStream() {
                @Override
                public void write(int b) {
                    bytes.write(b);
                }

                @Override
                public void write(byte[] b, int off, int len) {
                    bytes.write(b, off, len);
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setWriteListener(WriteListener listener) {
                    throw new UnsupportedOperationException("update answers are written blocking");
                }
            };
        }

        @Override
        public PrintWriter getWriter() {
            if (writer == null)
                writer = new PrintWriter(new OutputStreamWriter(bytes, StandardCharsets.UTF_8));
            return writer;
        }

        @Override
        public void flushBuffer() {
            // held until the update has ended
        }

        void release() throws IOException {
            HttpServletResponse response = (HttpServletResponse) getResponse();
            if (writer != null)
                writer.flush();
            if (sentError) {
                response.sendError(status, errorMessage);
                return;
            }
            if (bytes.size() > 0)
                response.getOutputStream().write(bytes.toByteArray());
        }
    }
}
