package se.lsgraph.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * The Oxigraph peer: a Node.js script (bench/oxigraph/peer.mjs) with the npm package {@code oxigraph}
 * locked in its package-lock.json, installed with {@code npm ci} on first use.
 */
final class CompareOxigraph {
    private CompareOxigraph() {}

    /** Installs the locked packages if they are missing; returns the script. */
    static Path prepare(Path folder, PrintStream log) throws IOException, InterruptedException {
        Path script = folder.resolve("peer.mjs");
        if (!Files.isRegularFile(script))
            throw new IllegalArgumentException("No Oxigraph peer at " + script);
        if (!Files.isDirectory(folder.resolve("node_modules/oxigraph"))) {
            log.println("installing the Oxigraph peer's packages (npm ci in " + folder + ")");
            Process npm = new ProcessBuilder("npm", "ci", "--no-audit", "--no-fund").directory(folder.toFile()).inheritIO().start();
            if (!npm.waitFor(10, TimeUnit.MINUTES) || npm.exitValue() != 0)
                throw new IllegalStateException("npm ci failed in " + folder);
        }
        return script;
    }
}
