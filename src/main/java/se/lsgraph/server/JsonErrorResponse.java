package se.lsgraph.server;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

/**
 * A response whose error body is held back: once the status is 400 or more, what Fuseki writes
 * (a plain-text message, its length and type) is kept here instead of being sent, so that the
 * filter can send it as lsgraph's JSON error with the same status. Success responses pass through
 * untouched and unbuffered (results stream as before).
 */
final class JsonErrorResponse extends HttpServletResponseWrapper {
    private int status = SC_OK;
    private ByteArrayOutputStream held;
    private String heldType;
    private ServletOutputStream heldStream;
    private PrintWriter heldWriter;

    JsonErrorResponse(HttpServletResponse response) {
        super(response);
    }

    /** The status and held message of an error, or null when the response was not an error. */
    String heldMessage() {
        if (held == null)
            return null;
        if (heldWriter != null)
            heldWriter.flush();
        return held.toString(StandardCharsets.UTF_8).strip();
    }

    /** True when the held error body was plain text (or empty): a message to resend as JSON. */
    boolean heldPlainText() {
        return heldType == null || heldType.startsWith("text/plain");
    }

    int errorStatus() {
        return status;
    }

    byte[] heldBytes() {
        heldMessage();
        return held.toByteArray();
    }

    String heldType() {
        return heldType;
    }

    private boolean holding() {
        if (status >= 400 && held == null && !isCommitted())
            held = new ByteArrayOutputStream();
        return held != null;
    }

    @Override
    public void setStatus(int sc) {
        status = sc;
        if (!holding())
            super.setStatus(sc);
    }

    @Override
    public void sendError(int sc, String msg) throws IOException {
        status = sc;
        if (!holding()) {
            super.sendError(sc, msg);
            return;
        }
        if (msg != null)
            held.writeBytes(msg.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public void sendError(int sc) throws IOException {
        sendError(sc, null);
    }

    @Override
    public void setContentType(String type) {
        if (held != null)
            heldType = type;
        else
            super.setContentType(type);
    }

    @Override
    public void setContentLength(int len) {
        if (held == null)
            super.setContentLength(len);
    }

    @Override
    public void setContentLengthLong(long len) {
        if (held == null)
            super.setContentLengthLong(len);
    }

    @Override
    public void setCharacterEncoding(String charset) {
        if (held == null)
            super.setCharacterEncoding(charset);
    }

    @Override
    public ServletOutputStream getOutputStream() throws IOException {
        if (held == null)
            return super.getOutputStream();
        if (heldStream == null)
            heldStream = new HeldStream(held);
        return heldStream;
    }

    @Override
    public PrintWriter getWriter() throws IOException {
        if (held == null)
            return super.getWriter();
        if (heldWriter == null)
            heldWriter = new PrintWriter(new OutputStreamWriter(held, StandardCharsets.UTF_8));
        return heldWriter;
    }

    @Override
    public void flushBuffer() throws IOException {
        if (held == null)
            super.flushBuffer();
    }

    private static final class HeldStream extends ServletOutputStream {
        private final ByteArrayOutputStream out;

        HeldStream(ByteArrayOutputStream out) {
            this.out = out;
        }

        @Override
        public void write(int b) {
            out.write(b);
        }

        @Override
        public void write(byte[] b, int off, int len) {
            out.write(b, off, len);
        }

        @Override
        public boolean isReady() {
            return true;
        }

        @Override
        public void setWriteListener(WriteListener listener) {
            throw new UnsupportedOperationException("held error bodies are written synchronously");
        }
    }
}
