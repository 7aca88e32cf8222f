package se.lsgraph.server.limits;

import java.io.ByteArrayInputStream;

import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;

/**
 * A request body that a filter has already read and checked, handed on to Fuseki from memory.
 * Fuseki reads bodies blocking, so the asynchronous API is refused rather than half supported.
 */
final class BufferedBodyStream extends ServletInputStream {
    private final ByteArrayInputStream in;

    BufferedBodyStream(byte[] body) {
        this.in = new ByteArrayInputStream(body);
    }

    @Override
    public int read() {
        return in.read();
    }

    @Override
    public int read(byte[] buffer, int off, int len) {
        return in.read(buffer, off, len);
    }

    @Override
    public boolean isFinished() {
        return in.available() == 0;
    }

    @Override
    public boolean isReady() {
        return true;
    }

    @Override
    public void setReadListener(ReadListener listener) {
        throw new UnsupportedOperationException("request bodies checked by lsgraph are read blocking");
    }
}
