package se.lsgraph.build;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;

import se.lsgraph.catalog.CatalogGraph;
import se.lsgraph.catalog.CatalogSettings;
import se.lsgraph.catalog.DatasetCounts;
import se.lsgraph.load.BundleInstaller;
import se.lsgraph.load.BundleSources;
import se.lsgraph.load.Version;
import se.lsgraph.search.BuildBudget;
import se.lsgraph.search.BuildProgressLines;
import se.lsgraph.search.FinderBuilder;
import se.lsgraph.search.FinderIndex;
import se.lsgraph.store.GraphStore;

/**
 * Builds a database once for replicas to serve read-only: the bundled graph installed and
 * validated, the catalogue record published for the deployment's public URL, the finder's index
 * built next to it (so a replica is ready as soon as it has opened the store), then a manifest,
 * written last, marking the build finished; optionally the whole as an archive. A failed build
 * removes what it wrote.
 */
public final class DatabaseBuild {
    private static final DateTimeFormatter ID_TIME = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);
    private static final String LOCK_FILE = "tdb.lock";

    private final BundleSources sources;
    private final String publicUrl;
    private final CatalogSettings settings;
    private final Duration searchBudget;
    private final PrintStream progress;

    /** @param publicUrl where the replicas are reached (for the catalogue record), or null to publish none */
    public DatabaseBuild(BundleSources sources, String publicUrl, CatalogSettings settings, Duration searchBudget, PrintStream progress) {
        this.sources = sources;
        this.publicUrl = publicUrl;
        this.settings = settings;
        this.searchBudget = searchBudget;
        this.progress = progress;
    }

    /** Builds into a directory that does not exist yet or is empty; writes the archive too when one is named. */
    public BuildManifest into(Path directory, Path archive) {
        requireEmpty(directory);
        try {
            BuildManifest manifest = build(directory);
            manifest.writeTo(directory);
            if (archive != null) {
                progress.println("Writing the archive " + archive);
                DatabaseArchive.write(directory, archive);
            }
            return manifest;
        } catch (RuntimeException e) {
            deleteQuietly(directory);
            throw e;
        }
    }

    private BuildManifest build(Path directory) {
        Instant started = Instant.now();
        BuildManifest manifest;
        try (GraphStore store = GraphStore.open(directory)) {
            new BundleInstaller(store, progress).ensureCurrent(sources);
            if (publicUrl != null)
                CatalogGraph.keepCurrent(store, publicUrl, settings).close(); // written once: a build is never written again
            progress.println("Building the finder's index");
            long indexStarted = System.nanoTime();
            try (FinderIndex index = FinderIndex.of(directory)) {
                FinderBuilder.Built built = FinderBuilder.bringUpToDate(store, index, BuildBudget.of(searchBudget), null,
                        BuildProgressLines.to(progress::println));
                built.finder().release();
                progress.printf("Search index built in %.1f s: %s%n", (System.nanoTime() - indexStarted) / 1e9, built.update().describe());
            }
            String fingerprint = new BundleInstaller(store, progress).storedFingerprint();
            DatasetCounts counts = DatasetCounts.of(store);
            String id = ID_TIME.format(started) + "-" + fingerprint.substring(0, Math.min(8, fingerprint.length()));
            manifest = new BuildManifest(id, started, Version.get(), fingerprint, counts.quads(), counts.graphs());
        }
        removeLockFiles(directory);
        return manifest;
    }

    /** TDB2's lock files name the process that had the database open; a copy must not carry them. */
    static boolean isLockFile(Path file) {
        return file.getFileName().toString().equals(LOCK_FILE);
    }

    private static void removeLockFiles(Path directory) {
        try (var walk = Files.walk(directory)) {
            for (Path f : walk.filter(DatabaseBuild::isLockFile).toList())
                Files.deleteIfExists(f);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot remove the lock files in " + directory + ": " + e.getMessage(), e);
        }
    }

    private static void requireEmpty(Path directory) {
        if (!Files.exists(directory))
            return;
        if (!Files.isDirectory(directory))
            throw new IllegalArgumentException(directory + " is not a directory");
        try (var children = Files.list(directory)) {
            if (children.findAny().isPresent())
                throw new IllegalArgumentException(directory + " is not empty: build-db builds into a new directory "
                        + "(each build is a whole database; replicas switch from one to the next)");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void deleteQuietly(Path directory) {
        if (!Files.exists(directory))
            return;
        try (var walk = Files.walk(directory)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList())
                Files.deleteIfExists(p);
        } catch (IOException | UncheckedIOException e) {
            // the error that failed the build is the one to report
        }
    }
}
