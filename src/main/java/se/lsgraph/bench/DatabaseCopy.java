package se.lsgraph.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** A byte copy of a TDB2 database directory, for a peer store to open the very same data. */
final class DatabaseCopy {
    private DatabaseCopy() {}

    /** Copies every file but the lock, which names the process holding the original; an old {@code to} is replaced. */
    static void copy(Path from, Path to) throws IOException {
        deleteIfPresent(to);
        try (var paths = Files.walk(from)) {
            for (Path p : paths.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p))
                    Files.createDirectories(target);
                else if (!p.getFileName().toString().equals("tdb.lock"))
                    Files.copy(p, target);
            }
        }
    }

    static void deleteIfPresent(Path dir) throws IOException {
        if (!Files.exists(dir))
            return;
        try (var paths = Files.walk(dir)) {
            for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList())
                Files.delete(p);
        }
    }
}
