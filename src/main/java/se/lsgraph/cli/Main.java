package se.lsgraph.cli;

import org.apache.jena.sys.JenaSystem;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The lsgraph command line. Each subcommand returns its exit code. */
@Command(name = "lsgraph", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "The open knowledge graph of the Stockholm–Uppsala life-science ecosystem.",
        subcommands = {ServeCommand.class, LoadCommand.class, ValidateCommand.class, ExportCommand.class,
                CommandLine.HelpCommand.class})
public final class Main {
    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the command line and returns its exit code (for tests and embedding). */
    public static int run(String... args) {
        JenaSystem.init();
        return new CommandLine(new Main())
                .setExecutionExceptionHandler(new ErrorReporter())
                .execute(args);
    }
}
