package se.lsgraph.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import se.lsgraph.opendata.OpenDataImport;

@Command(name = "import-opendata", mixinStandardHelpOptions = true,
        description = "Regenerate data/opendata/ (the open-data facts the bundled graph ships) from the raw files of an "
                + "open-data folder: every source through its mapping into its own graph with its provenance record, "
                + "then lsgraph's reviewed links. Nothing is written unless every file maps and validates.")
final class ImportOpenDataCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--from", required = true, paramLabel = "DIR", description = "The open-data folder, e.g. ../shared/opendata.")
    Path from;

    @Option(names = "--project", paramLabel = "DIR", defaultValue = ".",
            description = "The lsgraph checkout whose data/opendata/ is regenerated (default: the current directory).")
    Path project;

    @Option(names = "--accept-changed-sources",
            description = "Record the new SHA-256 of raw files that changed since the last import instead of rejecting them.")
    boolean acceptChangedSources;

    @Override
    public Integer call() {
        if (!Files.isDirectory(from))
            throw new IllegalArgumentException("no open-data folder " + from);
        if (!Files.isDirectory(project.resolve("data")) || !Files.isDirectory(project.resolve("ontology")))
            throw new IllegalArgumentException(project.toAbsolutePath().normalize() + " is not an lsgraph checkout (no data/ and ontology/)");
        OpenDataImport.ImportResult result = new OpenDataImport(from, project, acceptChangedSources).run();
        PrintWriter out = spec.commandLine().getOut();
        result.mappedTriples().forEach((name, n) -> out.printf("%-26s %7d triples mapped%n", name, n));
        out.printf("%d reviewed organisation matches; %d files written to %s%n", result.matches(), result.files().size(),
                project.resolve("data/opendata").normalize());
        for (String line : result.report())
            out.println(line);
        return ExitCodes.OK;
    }
}
