package se.lsgraph.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import se.lsgraph.load.BundleInstaller;
import se.lsgraph.load.BundleSources;
import se.lsgraph.names.EnglishName;
import se.lsgraph.names.EnglishNameRules;
import se.lsgraph.names.EnglishNamesFile;
import se.lsgraph.store.GraphStore;

@Command(name = "english-names", mixinStandardHelpOptions = true,
        description = "Regenerate " + EnglishNamesFile.PATH + ": lsgraph's English names given by rule (places from "
                + "their SCB names, links, identifiers, classifications, uptake readings, proper names, section headings) "
                + "over a checkout's graph.")
final class EnglishNamesCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--project", paramLabel = "DIR", defaultValue = ".",
            description = "The lsgraph checkout whose names are regenerated (default: the current directory).")
    Path project;

    @Override
    public Integer call() throws IOException {
        List<EnglishName> names;
        try (GraphStore store = GraphStore.inMemory()) {
            new BundleInstaller(store, null).ensureCurrent(BundleSources.fromDirectory(project));
            names = store.read(EnglishNameRules::apply);
        }
        Path file = project.resolve(EnglishNamesFile.PATH);
        Files.writeString(file, EnglishNamesFile.turtle(names), StandardCharsets.UTF_8);
        spec.commandLine().getOut().printf("%d English names written to %s%n", names.size(), file.normalize());
        return ExitCodes.OK;
    }
}
