package se.lsgraph.build;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.Properties;

/**
 * What build-db built, written into the database directory as its last step: a database with a
 * manifest is a finished build. Replicas report its id on /ready, so a rollout can check which build
 * each replica serves.
 */
public record BuildManifest(String id, Instant builtAt, String lsgraphVersion, String bundleFingerprint, long quads, long graphs) {
    public static final String FILE = "lsgraph-build.properties";

    /** The manifest of the build in this directory, or null when the directory is not a finished build. */
    public static BuildManifest readIfPresent(Path databaseDirectory) {
        Path file = databaseDirectory.resolve(FILE);
        if (!Files.isRegularFile(file))
            return null;
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(in);
            return new BuildManifest(required(p, "id", file), Instant.parse(required(p, "built-at", file)),
                    required(p, "lsgraph-version", file), required(p, "bundle-fingerprint", file),
                    Long.parseLong(required(p, "quads", file)), Long.parseLong(required(p, "graphs", file)));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file + ": " + e.getMessage(), e);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("Unreadable build manifest " + file + ": " + e.getMessage(), e);
        }
    }

    /** Written under a temporary name and moved into place: a half-written manifest is never seen. */
    void writeTo(Path databaseDirectory) {
        Properties p = new Properties();
        p.setProperty("id", id);
        p.setProperty("built-at", builtAt.toString());
        p.setProperty("lsgraph-version", lsgraphVersion);
        p.setProperty("bundle-fingerprint", bundleFingerprint);
        p.setProperty("quads", Long.toString(quads));
        p.setProperty("graphs", Long.toString(graphs));
        Path partial = databaseDirectory.resolve(FILE + ".partial");
        try {
            try (Writer out = Files.newBufferedWriter(partial, StandardCharsets.UTF_8)) {
                p.store(out, "lsgraph build-db");
            }
            Files.move(partial, databaseDirectory.resolve(FILE), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + databaseDirectory.resolve(FILE) + ": " + e.getMessage(), e);
        }
    }

    private static String required(Properties p, String key, Path file) {
        String v = p.getProperty(key);
        if (v == null || v.isBlank())
            throw new IllegalArgumentException("no " + key + " in " + file);
        return v;
    }
}
