package se.lsgraph.bench;

import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import se.lsgraph.load.BundleInstaller;
import se.lsgraph.load.BundleSources;
import se.lsgraph.load.MappedLoad;
import se.lsgraph.load.MappingFile;
import se.lsgraph.store.GraphStore;

/**
 * Loads a generated ROR v2 data dump of registry size (each record a copy of a real record's shape
 * with its own id, names and Wikidata item) through the bundled ror-v2 mapping, to show that mapped
 * loads stream in constant memory: run it with -Xmx1g.
 */
final class RegistryBenchmark {
    private static final ObjectMapper JSON = new ObjectMapper();

    private RegistryBenchmark() {}

    static String run(Path work, int records) throws IOException {
        Files.createDirectories(work);
        Path dump = work.resolve("ror-v2-dump.json");
        writeDump(dump, records);
        GraphStore store = GraphStore.open(Files.createTempDirectory(work, "db-"));
        try {
            new BundleInstaller(store, null).ensureCurrent(BundleSources.fromClasspath());
            var validation = BundleInstaller.validationOf(BundleSources.fromClasspath());
            resetPeaks();
            long t0 = System.nanoTime();
            long triples = new MappedLoad(store, validation, System.err).load(List.of(dump), null, MappingFile.resolve("ror-v2"));
            double seconds = (System.nanoTime() - t0) / 1e9;
            return """
                    # Registry load benchmark

                    Measured %s with `java -Xmx1g -jar target/lsgraph.jar bench registry --records %d`: a generated
                    ROR v2 dump (%,d records shaped like the real record in `src/test/resources/opendata/ror-v2/`,
                    %,d bytes) loaded through the bundled `ror-v2` mapping: two streaming passes (check with SHACL
                    in batches, then one write transaction).

                    | measure | value |
                    |---|---:|
                    | records | %,d |
                    | triples loaded | %,d |
                    | time | %.1f s |
                    | rate | %,.0f records/s |
                    | max heap (-Xmx) | %,d MiB |
                    | peak heap used | %,d MiB |
                    """.formatted(LocalDate.now(), records, records, Files.size(dump), records, triples, seconds,
                    records / seconds, Runtime.getRuntime().maxMemory() >> 20, peakHeap() >> 20);
        } finally {
            store.close();
        }
    }

    private static void writeDump(Path dump, int records) throws IOException {
        JsonNode template;
        try (InputStream in = RegistryBenchmark.class.getResourceAsStream("/lsgraph/bench/ror-v2-record.json")) {
            template = JSON.readTree(in);
        }
        try (JsonGenerator g = JSON.createGenerator(Files.newOutputStream(dump))) {
            g.writeStartArray();
            for (int i = 0; i < records; i++)
                JSON.writeTree(g, record((ObjectNode) template.deepCopy(), i));
            g.writeEndArray();
        }
    }

    private static ObjectNode record(ObjectNode r, int i) {
        r.put("id", String.format("https://ror.org/0bench%03d", i));
        for (JsonNode name : r.withArray("names"))
            ((ObjectNode) name).put("value", name.get("value").asText() + " " + i);
        for (JsonNode ext : r.withArray("external_ids"))
            if ("wikidata".equals(ext.get("type").asText()))
                ((ObjectNode) ext).set("all", JSON.createArrayNode().add("Q" + (900000000 + i)));
        ArrayNode links = r.withArray("links");
        links.removeAll();
        links.addObject().put("type", "website").put("value", "https://org" + i + ".bench.lsgraph.invalid");
        return r;
    }

    private static void resetPeaks() {
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans())
            pool.resetPeakUsage();
    }

    private static long peakHeap() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans())
            if (pool.getType() == MemoryType.HEAP)
                peak += pool.getPeakUsage().getUsed();
        return peak;
    }
}
