package se.lsgraph.cli;

import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import se.lsgraph.build.BuildManifest;
import se.lsgraph.build.DatabaseBuild;
import se.lsgraph.catalog.CatalogRecord;
import se.lsgraph.catalog.CatalogSettings;
import se.lsgraph.load.BundleSources;

@Command(name = "build-db", mixinStandardHelpOptions = true,
        description = "Build the database once, for replicas that serve it read-only (serve --read-only): "
                + "the bundled graph, the catalogue record and the finder's index, in a new directory and optionally an archive. "
                + "See docs/deploy.md.")
final class BuildDbCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--output", required = true, paramLabel = "DIR", description = "The new database directory (must not exist or be empty).")
    Path output;

    @Option(names = "--archive", paramLabel = "FILE.tar.gz", description = "Also pack the build into this archive (tar -xzf unpacks it).")
    Path archive;

    @Option(names = "--sources", paramLabel = "DIR",
            description = "Read the bundled graph from ontology/ and data/ under DIR instead of from the jar.")
    Path sources;

    @Option(names = "--public-url", paramLabel = "URL",
            description = "The URL the replicas are reached at, for the catalogue record in the graph; without it none is published.")
    String publicUrl;

    @Option(names = "--catalog-settings", paramLabel = "FILE", description = "Publisher and contact for the catalogue record (see docs/standards.md).")
    Path catalogSettings;

    @Option(names = "--search-budget", defaultValue = "600", paramLabel = "SECONDS",
            description = "How long building the finder's index may take (default: ${DEFAULT-VALUE}).")
    long searchBudgetSeconds;

    @Override
    public Integer call() {
        if (searchBudgetSeconds <= 0)
            throw new IllegalArgumentException("--search-budget must be a positive number of seconds");
        if (archive != null && !archive.getFileName().toString().endsWith(".tar.gz"))
            throw new IllegalArgumentException("--archive must name a .tar.gz file, not " + archive);
        String url = publicUrl == null ? null : CatalogRecord.requireBaseUrl(publicUrl);
        CatalogSettings settings = catalogSettings == null ? CatalogSettings.NONE : CatalogSettings.read(catalogSettings);
        BundleSources bundle = sources == null ? BundleSources.fromClasspath() : BundleSources.fromDirectory(sources);
        BuildManifest built = new DatabaseBuild(bundle, url, settings, Duration.ofSeconds(searchBudgetSeconds), System.err)
                .into(output, archive);
        var out = spec.commandLine().getOut();
        out.println("Built " + built.id() + " in " + output.toAbsolutePath() + ": " + built.quads() + " quads in "
                + built.graphs() + " graphs" + (archive == null ? "" : "; archive " + archive.toAbsolutePath()));
        out.println("Serve it with: lsgraph serve --read-only --db " + output);
        return ExitCodes.OK;
    }
}
