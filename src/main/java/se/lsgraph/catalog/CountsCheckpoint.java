package se.lsgraph.catalog;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Properties;

import org.apache.jena.sparql.core.DatasetGraph;

import se.lsgraph.query.BundledSparql;
import se.lsgraph.store.GraphStore;
import se.lsgraph.store.StoreWriteState;

/**
 * The store's write state at which the stored catalogue record last held the store's own VoID
 * counts, kept in the database folder ({@value #FILE}). A start that finds the store still in that
 * state takes the counts from the stored record instead of counting every quad again (about 3 s of
 * CPU at a million quads, on the cores the first search needs).
 * <p>
 * The state is recorded only while the catalogue's step before every commit is registered (so every
 * write that reached it also rewrote the record); anything that writes without that step (a load or
 * update from the command line, a compaction, a bulk load's new generation) leaves the store in
 * another state, and the next start counts. The counts are also tied to the texts of the VoID
 * queries: a new version of them counts again. A store in memory has no checkpoint.
 */
final class CountsCheckpoint {
    static final String FILE = "lsgraph-catalog-counts.properties";
    private static final String STATE = "write-state";
    private static final String QUERIES = "void-queries";

    /** Null for a store in memory. */
    private final Path file;

    private CountsCheckpoint(Path file) {
        this.file = file;
    }

    static CountsCheckpoint of(GraphStore store) {
        Path folder = store.folder();
        return new CountsCheckpoint(folder == null || store.readOnly() ? null : folder.resolve(FILE));
    }

    /** True when the store, as {@code dsg} shows it (in a read transaction), is in the recorded state. */
    boolean holds(DatasetGraph dsg) {
        if (file == null || !Files.exists(file))
            return false;
        Properties recorded = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            recorded.load(in);
        } catch (IOException | IllegalArgumentException e) {
            return false; // unreadable: count
        }
        String state = StoreWriteState.withGeneration(dsg);
        return !state.isEmpty() && state.equals(recorded.getProperty(STATE)) && queriesHash().equals(recorded.getProperty(QUERIES));
    }

    /**
     * Records the state the store is in now, read in a transaction of its own, if its generation is
     * still {@code generation} (the one the record was known current at); else forgets the checkpoint.
     */
    synchronized void recordIf(GraphStore store, long generation) {
        if (file == null)
            return;
        String state = store.read(dsg -> store.generation() == generation ? StoreWriteState.withGeneration(dsg) : "");
        if (state.isEmpty()) {
            forget();
            return;
        }
        Properties checkpoint = new Properties();
        checkpoint.setProperty(STATE, state);
        checkpoint.setProperty(QUERIES, queriesHash());
        Path next = file.resolveSibling(FILE + ".next");
        try {
            try (Writer out = Files.newBufferedWriter(next, StandardCharsets.UTF_8)) {
                checkpoint.store(out, "the store's write state at which the catalogue record it holds carries its VoID counts");
            }
            Files.move(next, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            forget(); // the next start counts: slower, never wrong
        }
    }

    /**
     * The record's counts can no longer be vouched for: the next start counts. Best effort: a
     * checkpoint left behind names a state the store has left (roots only move on), so it never holds again.
     */
    synchronized void forget() {
        if (file == null)
            return;
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // see above: harmless
        }
    }

    private static String queriesHash() {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (String name : VoidCounts.QUERIES)
                sha.update((BundledSparql.text(name) + "\n").getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
