package se.lsgraph.build;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.apache.commons.compress.compressors.gzip.GzipCompressorOutputStream;

/**
 * A finished build as one .tar.gz to ship to replicas (`tar -xzf` unpacks it into a database
 * directory). Lock files are left out: they belong to a running process, not to the database.
 */
final class DatabaseArchive {
    private DatabaseArchive() {}

    static void write(Path databaseDirectory, Path archive) {
        Path partial = archive.resolveSibling(archive.getFileName() + ".partial");
        try {
            if (archive.toAbsolutePath().getParent() != null)
                Files.createDirectories(archive.toAbsolutePath().getParent());
            try (OutputStream file = new BufferedOutputStream(Files.newOutputStream(partial), 1 << 16);
                 TarArchiveOutputStream tar = new TarArchiveOutputStream(new GzipCompressorOutputStream(file))) {
                tar.setLongFileMode(TarArchiveOutputStream.LONGFILE_POSIX);
                tar.setBigNumberMode(TarArchiveOutputStream.BIGNUMBER_POSIX);
                for (Path f : filesOf(databaseDirectory)) {
                    TarArchiveEntry entry = new TarArchiveEntry(f.toFile(), databaseDirectory.relativize(f).toString().replace('\\', '/'));
                    tar.putArchiveEntry(entry);
                    Files.copy(f, tar);
                    tar.closeArchiveEntry();
                }
            }
            Files.move(partial, archive, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the archive " + archive + ": " + e.getMessage(), e);
        }
    }

    private static List<Path> filesOf(Path directory) throws IOException {
        try (var walk = Files.walk(directory)) {
            return walk.filter(Files::isRegularFile)
                    .filter(f -> !DatabaseBuild.isLockFile(f))
                    .sorted()
                    .toList();
        }
    }
}
