package se.lsgraph.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The generated data and the bulk-loaded database of a finished {@code bench compare} preparation,
 * recorded in its work directory so that {@code --reuse} can skip the generator and the bulk load
 * (minutes at 1M) when only queries changed.
 */
record PreparedData(CompareData.Written data, CompareBenchmark.Store bulkLoad) {
    private static final String FILE = "prepared.json";

    /** The record of an earlier preparation of exactly {@code quads}, or null if there is none or it is incomplete. */
    static PreparedData readIfPresent(Path work, long quads) throws IOException {
        Path file = work.resolve(FILE);
        if (!Files.isRegularFile(file) || !Files.isDirectory(work.resolve("db")) || !Files.isRegularFile(work.resolve("all.nq")))
            return null;
        Recorded r = new ObjectMapper().readValue(file.toFile(), Recorded.class);
        return r.requestedQuads() == quads ? r.prepared() : null;
    }

    void write(Path work, long requestedQuads) throws IOException {
        new ObjectMapper().writeValue(work.resolve(FILE).toFile(), new Recorded(requestedQuads, this));
    }

    record Recorded(long requestedQuads, PreparedData prepared) {}
}
