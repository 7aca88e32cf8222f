package se.lsgraph.cli;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * The heap `lsgraph serve` runs with when none was chosen. The JVM's own default is a quarter of the
 * machine's memory (6 GB on the 24 GB deployment machine), and the heap grows towards it under an
 * ORDER BY over a cartesian product: the abuse benchmark measured 7.7 GB resident (with -Xmx1g still
 * 2.5 GB, so 768 MB and glibc's arenas capped). A jar cannot set
 * its JVM's heap, so `java -jar lsgraph.jar serve` without -Xmx (or another heap option) starts
 * itself again with {@link #DEFAULT} and waits for that JVM, passing its exit code on; the quick
 * start (`mvn exec:java`) gets the same -Xmx from .mvn/jvm.config. The second JVM ends when the first
 * does, even if the first is killed with SIGKILL, so no server is left behind. The second JVM maps
 * the classes it loads from an archive the first serve of the jar recorded ({@link ServerClassArchive}).
 */
final class ServeHeap {
    static final String DEFAULT = "768m";
    /** Set on the second JVM: the pid of the first, whose end it follows. */
    static final String PARENT = "lsgraph.serve.parent";
    private static final List<String> HEAP_OPTIONS = List.of("-Xmx", "-XX:MaxHeapSize", "-XX:MaxRAM", "-XX:MaxRAMPercentage",
            "-XX:MaxRAMFraction");

    private ServeHeap() {}

    /** True for `serve` in a JVM whose heap nobody chose. */
    static boolean needsRelaunch(String[] args, List<String> jvmOptions) {
        if (args.length == 0 || !"serve".equals(args[0]) || System.getProperty(PARENT) != null)
            return false;
        for (String option : jvmOptions)
            for (String heap : HEAP_OPTIONS)
                if (option.startsWith(heap))
                    return false;
        return true;
    }

    static List<String> jvmOptions() {
        return ManagementFactory.getRuntimeMXBean().getInputArguments();
    }

    /** The command of the second JVM: this JVM's options, the default heap, the same class path and arguments. */
    static List<String> command(String[] args, List<String> jvmOptions) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Xmx" + DEFAULT);
        command.addAll(jvmOptions);
        command.add("-D" + PARENT + "=" + ProcessHandle.current().pid());
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), Main.class.getName()));
        command.addAll(List.of(args));
        return command;
    }

    /** Runs serve in the second JVM; its exit code. Stopping this JVM (SIGTERM, Ctrl-C) stops that one. */
    static int relaunch(String[] args) {
        try {
            List<String> command = command(args, jvmOptions());
            Optional<ServerClassArchive> classes = ServerClassArchive.forServer(System.getProperty("java.class.path"), jvmOptions());
            classes.ifPresent(archive -> command.addAll(1, archive.options()));
            ProcessBuilder builder = new ProcessBuilder(command).inheritIO();
            // glibc gives each thread that allocates natively its own 64 MB arena; with 64 request threads
            // that is resident memory the heap limit does not bound.
            builder.environment().putIfAbsent("MALLOC_ARENA_MAX", "2");
            Process server = builder.start();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                server.destroy();
                try {
                    if (!server.waitFor(30, TimeUnit.SECONDS))
                        server.destroyForcibly();
                    classes.ifPresent(archive -> archive.settle(server.exitValue()));
                } catch (InterruptedException | IllegalThreadStateException e) {
                    server.destroyForcibly();
                }
            }));
            int exit = server.waitFor();
            classes.ifPresent(archive -> archive.settle(exit));
            return exit;
        } catch (java.io.IOException e) {
            System.err.println("Could not start the server's JVM with -Xmx" + DEFAULT + " (" + e.getMessage()
                    + "); start it as java -Xmx768m -jar lsgraph.jar serve …");
            return 1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 1;
        }
    }

    /** In the second JVM: exit when the first one has gone (killed without running its shutdown hook). */
    static void followParent() {
        String parent = System.getProperty(PARENT);
        if (parent == null)
            return;
        ProcessHandle.of(Long.parseLong(parent)).ifPresentOrElse(
                p -> p.onExit().thenRun(() -> System.exit(143)),
                () -> System.exit(143));
    }
}
