package se.lsgraph.store;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.stream.Stream;

/**
 * How much of a TDB2 folder is dead space. TDB2 never reuses the blocks a write replaced, nor those
 * an aborted write allocated: only compaction gives them back. The folder's bytes per stored quad
 * are recorded when the database is compacted or first built (in {@value #BASELINE_FILE}); when they
 * have since grown past {@link #GROWTH_WORTH_A_NOTE} times that, most of the folder is dead space
 * and {@code lsgraph compact} is worth running.
 */
public final class DeadSpace {
    static final String BASELINE_FILE = "lsgraph-compaction.properties";
    static final double GROWTH_WORTH_A_NOTE = 2.0;

    private final Path folder;

    DeadSpace(Path folder) {
        this.folder = folder;
    }

    /** Bytes of every file under the folder. */
    public long folderBytes() {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile).filter(f -> !f.getFileName().toString().equals(BASELINE_FILE))
                    .mapToLong(DeadSpace::sizeOf).sum();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Records the folder's bytes per quad as they are now: right after a compaction or the first build. */
    void recordBaseline(long quads) {
        Properties baseline = new Properties();
        baseline.setProperty("bytes", Long.toString(folderBytes()));
        baseline.setProperty("quads", Long.toString(quads));
        try (Writer out = Files.newBufferedWriter(folder.resolve(BASELINE_FILE))) {
            baseline.store(out, "the database folder's size right after it was compacted or first built");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    boolean hasBaseline() {
        return Files.exists(folder.resolve(BASELINE_FILE));
    }

    /** A note for the user when the folder has grown well beyond what its quads need; null otherwise. */
    String note(long quads) {
        if (!hasBaseline() || quads == 0)
            return null;
        Properties baseline = new Properties();
        try (Reader in = Files.newBufferedReader(folder.resolve(BASELINE_FILE))) {
            baseline.load(in);
        } catch (IOException e) {
            return null;
        }
        double then = Double.parseDouble(baseline.getProperty("bytes", "0")) / Math.max(1, Long.parseLong(baseline.getProperty("quads", "1")));
        long bytes = folderBytes();
        double now = (double) bytes / quads;
        if (then <= 0 || now < then * GROWTH_WORTH_A_NOTE)
            return null;
        return String.format(java.util.Locale.ROOT, "Note: the database folder %s takes %.1f MB for %,d quads, %.1f times "
                + "the space per quad it took when last compacted: most of it is dead space left by replaced or aborted "
                + "writes. Run `lsgraph compact --db %s` (with the server stopped) to reclaim it.",
                folder, bytes / 1048576.0, quads, now / then, folder);
    }

    private static long sizeOf(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return 0;
        }
    }
}
