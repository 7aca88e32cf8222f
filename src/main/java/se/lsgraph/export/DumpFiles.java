package se.lsgraph.export;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.zip.GZIPOutputStream;

import se.lsgraph.store.GraphStore;

/**
 * The dumps as files, written from the store on first request and again after any committed write,
 * so that they can be served as static files: with a length, a validator (ETag, Last-Modified) and
 * byte ranges. A file is written under a temporary name and moved into place, so a reader never
 * sees half a dump.
 */
public final class DumpFiles implements AutoCloseable {
    private final GraphStore store;
    private final Path folder;
    private long writtenAt = -1;

    public DumpFiles(GraphStore store) {
        this.store = store;
        try {
            this.folder = Files.createTempDirectory("lsgraph-dumps");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Path folder() {
        return folder;
    }

    /** Makes sure the dump named lsgraph.EXT[.gz] is current; false for a name that is not a dump. */
    public synchronized boolean ensure(String name) {
        boolean gzip = name.endsWith(".gz");
        String base = gzip ? name.substring(0, name.length() - 3) : name;
        DumpFormat format = base.startsWith("lsgraph.") ? DumpFormat.ofExtension(base.substring("lsgraph.".length())) : null;
        if (format == null)
            return false;
        long generation = store.generation();
        if (generation != writtenAt) {
            clear();
            writtenAt = generation;
        }
        Path file = folder.resolve(name);
        if (!Files.exists(file))
            write(format, gzip, file);
        return true;
    }

    private void write(DumpFormat format, boolean gzip, Path file) {
        Path partial = folder.resolve(file.getFileName() + ".partial");
        try {
            try (OutputStream raw = new BufferedOutputStream(Files.newOutputStream(partial), 1 << 16);
                 OutputStream out = gzip ? new GZIPOutputStream(raw) : raw) {
                store.read(dsg -> {
                    format.write(dsg, out);
                    return null;
                });
            }
            Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the dump " + file + ": " + e.getMessage(), e);
        }
    }

    private void clear() {
        try (var files = Files.list(folder)) {
            for (Path f : files.toList())
                Files.deleteIfExists(f);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public synchronized void close() {
        clear();
        try {
            Files.deleteIfExists(folder);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
