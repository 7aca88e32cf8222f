package se.lsgraph.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import se.lsgraph.load.BundleInstaller;
import se.lsgraph.load.BundleSources;
import se.lsgraph.load.Loader;
import se.lsgraph.store.GraphStore;
import se.lsgraph.validate.GraphValidation;
import se.lsgraph.vocab.Ids;

/**
 * Loads the same generated N-Triples file into a fresh TDB2 database with lsgraph's loader
 * ({@code lsgraph load}: parse, write, SHACL-validate, one transaction) and with Jena's own TDB2
 * bulk loader (the phased loader of {@code tdb2.tdbloader}), each in its own JVM with the same heap
 * limit, interleaved, measuring wall time and peak resident memory with {@code /usr/bin/time}. Then
 * a small file is loaded into a store holding only the bundled graph and into the big store, to show
 * that a load costs time in proportion to itself, not to the store.
 */
final class LoadBenchmark {
    static final long SMALL = 4_398;

    /** Small loads are quick: at least three of each, whatever the runs of the big ones. */
    static int smallSamples(int runs) {
        return Math.max(3, runs);
    }

    record Process(double seconds, long peakKb) {}

    record Result(long triples, String heap, List<Process> ours, List<Process> jena,
                  double smallIntoBundled, double smallIntoBig) {
        Process median(List<Process> runs) {
            List<Process> sorted = new ArrayList<>(runs);
            sorted.sort((a, b) -> Double.compare(a.seconds(), b.seconds()));
            return sorted.get(sorted.size() / 2);
        }

        long maxPeakKb(List<Process> runs) {
            return runs.stream().mapToLong(Process::peakKb).max().orElse(0);
        }
    }

    private LoadBenchmark() {}

    static Result run(Path jar, Path work, long triples, String heap, int runs, PrintStream log) throws IOException, InterruptedException {
        Files.createDirectories(work);
        Path file = work.resolve("synthetic.nt");
        long written = SyntheticData.write(file, triples, "bench");
        log.printf("Generated %,d triples in %s (%,d bytes)%n", written, file, Files.size(file));
        List<Process> ours = new ArrayList<>();
        List<Process> jena = new ArrayList<>();
        Path lastOurs = null;
        for (int i = 0; i < runs; i++) {
            Path run = Files.createTempDirectory(work, "run-");
            lastOurs = run.resolve("db-lsgraph");
            ours.add(timed("java", "-Xmx" + heap, "-jar", jar.toString(), "load", "--db", lastOurs.toString(),
                    "--graph", Ids.graph("bench").getURI(), file.toString()));
            jena.add(timed("java", "-Xmx" + heap, "-cp", jar.toString(), JenaBulkLoad.class.getName(),
                    run.resolve("db-jena").toString(), "bench", file.toString()));
            log.printf("run %d: lsgraph %.1f s %,d KB, Jena %.1f s %,d KB%n", i + 1, ours.get(i).seconds(),
                    ours.get(i).peakKb(), jena.get(i).seconds(), jena.get(i).peakKb());
        }
        Path small = work.resolve("small.nt");
        SyntheticData.write(small, SMALL, "small");
        double intoBundled;
        double intoBig;
        GraphValidation validation = BundleInstaller.validationOf(BundleSources.fromClasspath());
        try (GraphStore bundled = GraphStore.open(Files.createTempDirectory(work, "bundled-"))) {
            new BundleInstaller(bundled, null).ensureCurrent(BundleSources.fromClasspath());
            intoBundled = medianLoadSeconds(bundled, validation, small, smallSamples(runs));
        }
        try (GraphStore big = GraphStore.open(lastOurs)) {
            intoBig = medianLoadSeconds(big, validation, small, smallSamples(runs));
        }
        return new Result(written, heap, ours, jena, intoBundled, intoBig);
    }

    /** The small file loaded {@code runs} times into the same graph (each load replaces the last). */
    private static double medianLoadSeconds(GraphStore store, GraphValidation validation, Path file, int runs) {
        double[] seconds = new double[runs];
        for (int i = 0; i < runs; i++) {
            long t0 = System.nanoTime();
            new Loader(store, validation, null).load(List.of(file), Ids.graph("small"), null);
            seconds[i] = (System.nanoTime() - t0) / 1e9;
        }
        java.util.Arrays.sort(seconds);
        return seconds[runs / 2];
    }

    /** Runs a command under /usr/bin/time; fails unless it exits 0. */
    private static Process timed(String... command) throws IOException, InterruptedException {
        Path times = Files.createTempFile("lsgraph-time-", ".txt");
        List<String> argv = new ArrayList<>(List.of("/usr/bin/time", "-o", times.toString(), "-f", "%e %M"));
        argv.addAll(List.of(command));
        java.lang.Process p = new ProcessBuilder(argv).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        int exit = p.waitFor();
        String[] measured = Files.readString(times).trim().split("\\s+");
        Files.delete(times);
        if (exit != 0)
            throw new IllegalStateException("benchmark step failed with exit " + exit + ": " + String.join(" ", command));
        return new Process(Double.parseDouble(measured[measured.length - 2]), Long.parseLong(measured[measured.length - 1]));
    }
}
