package se.lsgraph.cli;

import java.nio.file.Path;

import picocli.CommandLine.Option;
import se.lsgraph.load.BundleSources;
import se.lsgraph.store.GraphStore;

/** The options that choose a database and the bundled sources. */
final class DatabaseOptions {
    static final String DEFAULT_DB_ENV = "LSGRAPH_DB";
    static final String DEFAULT_DB = "lsgraph-db";

    @Option(names = "--db", paramLabel = "DIR",
            description = "TDB2 database directory (default: $" + DEFAULT_DB_ENV + " or ./" + DEFAULT_DB + ").")
    Path db;

    @Option(names = "--sources", paramLabel = "DIR",
            description = "Read the bundled graph from ontology/ and data/ under DIR instead of from the jar.")
    Path sources;

    /** The default database, or one given with --sources, is kept up to date with the bundled graph. */
    boolean keepsBundleCurrent() {
        return db == null || sources != null;
    }

    Path dbPath() {
        if (db != null)
            return db;
        String env = System.getenv(DEFAULT_DB_ENV);
        return Path.of(env == null || env.isBlank() ? DEFAULT_DB : env);
    }

    GraphStore open() {
        return GraphStore.open(dbPath());
    }

    BundleSources bundle() {
        return sources == null ? BundleSources.fromClasspath() : BundleSources.fromDirectory(sources);
    }
}
