package se.lsgraph.load;

import java.io.BufferedInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.function.Consumer;
import java.util.zip.GZIPInputStream;

/** A file that went into a load, as its provenance record names it (for .gz files: its content). */
public record LoadedFile(String name, String sha256, long bytes) {
    public static LoadedFile of(String name, byte[] content) {
        return new LoadedFile(name, HexFormat.of().formatHex(newDigest().digest(content)), content.length);
    }

    /**
     * Hands the file's content (decompressed for .gz) to {@code reader} as a stream, and hashes
     * it while the reader reads: one pass, constant memory. Whatever the reader leaves unread is
     * hashed too.
     */
    public static LoadedFile read(Path file, Consumer<InputStream> reader) {
        String name = file.toString();
        try (InputStream raw = Files.newInputStream(file);
             InputStream content = name.endsWith(".gz") ? new GZIPInputStream(raw, 1 << 16) : raw;
             CountingDigest in = new CountingDigest(new BufferedInputStream(content, 1 << 16))) {
            reader.accept(new FilterInputStream(in) {
                @Override
                public void close() {
                    // parsers close their input; the hash still needs the rest of it
                }
            });
            in.transferTo(OutputStream.nullOutputStream());
            return new LoadedFile(name, HexFormat.of().formatHex(in.getMessageDigest().digest()), in.count);
        } catch (IOException e) {
            throw new InputRejectedException(name, null, "cannot read file: " + e.getMessage());
        }
    }

    private static MessageDigest newDigest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static final class CountingDigest extends DigestInputStream {
        long count;

        CountingDigest(InputStream in) {
            super(in, newDigest());
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0)
                count++;
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0)
                count += n;
            return n;
        }
    }
}
