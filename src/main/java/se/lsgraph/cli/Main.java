package se.lsgraph.cli;

import java.io.PrintWriter;

import org.apache.jena.sys.JenaSystem;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The lsgraph command line. Each subcommand returns its exit code. */
@Command(name = "lsgraph", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "The open knowledge graph of the Stockholm–Uppsala life-science ecosystem.",
        subcommands = {ServeCommand.class, LoadCommand.class, FollowUpCommand.class, ValidateCommand.class, ExportCommand.class, QueryCommand.class, FindCommand.class, LinkCommand.class, ImportOpenDataCommand.class, BenchCommand.class, W3idRulesCommand.class, EnglishNamesCommand.class, BuildDbCommand.class, CompactCommand.class,
                CommandLine.HelpCommand.class})
public final class Main {
    public static void main(String[] args) {
        if (ServeHeap.needsRelaunch(args, ServeHeap.jvmOptions()))
            System.exit(ServeHeap.relaunch(args)); // serve with a bounded heap (docs/security.md)
        ServeHeap.followParent();
        System.exit(run(args));
    }

    /** Runs the command line and returns its exit code (for tests and embedding). */
    public static int run(String... args) {
        return run(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args);
    }

    /** Runs the command line writing its messages to the given writers. */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        JenaSystem.init();
        CommandLine cmd = new CommandLine(new Main());
        cmd.setOut(out);
        cmd.setErr(err);
        cmd.setExecutionExceptionHandler(new ErrorReporter());
        int code = cmd.execute(args);
        out.flush();
        err.flush();
        return code;
    }
}
