package se.lsgraph.load;

import java.io.OutputStream;

/** Discards bytes: used to read a stream to its end so that its checksum covers the whole file. */
final class OutputStreamNull extends OutputStream {
    static final OutputStreamNull INSTANCE = new OutputStreamNull();

    @Override
    public void write(int b) {
        // discarded
    }

    @Override
    public void write(byte[] b, int off, int len) {
        // discarded
    }
}
