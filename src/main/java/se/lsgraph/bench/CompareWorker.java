package se.lsgraph.bench;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sys.JenaSystem;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;
import org.apache.jena.tdb2.sys.TDBInternal;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * One store of {@code lsgraph bench compare} in its own process, so that its load time and peak
 * memory are its own. It loads (or opens) its store, answers {@code @@ ready NANOS STATEMENTS}, then
 * runs each {@code run NAME} line from stdin and answers {@code @@ ok NAME ROWS NANOS} or
 * {@code @@ error NAME MESSAGE}; {@code quit} ends it. Protocol lines start with {@code @@} so that
 * log lines on stdout are told apart. bench/oxigraph/peer.mjs speaks the same protocol.
 */
public final class CompareWorker {
    static final String PREFIX = "@@ ";
    /** How an error message starts when the store stopped the query at the cap. */
    static final String TIMEOUT = "timeout";

    /** lsgraph over HTTP waits this long for its finder's index (built in the background) before it is timed. */
    private static final Duration FINDER_WAIT = Duration.ofMinutes(3);

    private CompareWorker() {}

    /**
     * Arguments: KIND and its paths. {@code bulkload DB NQUADS} (TDB2's phased loader, the default of
     * tdb2.tdbloader, adding the quads to the database); {@code lsgraph DB}; {@code lsgraph-http DB};
     * {@code jena DB QUERIES}; {@code rdf4j-memory NQUADS QUERIES}; {@code rdf4j-native DIR NQUADS QUERIES}.
     * QUERIES is a JSON object of query names to query texts.
     */
    public static void main(String[] args) throws Exception {
        JenaSystem.init();
        PrintStream out = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.out), true, StandardCharsets.UTF_8);
        long t0 = System.nanoTime();
        if (args[0].equals("bulkload")) {
            long loaded = bulkLoad(Path.of(args[1]), Path.of(args[2]));
            out.println(PREFIX + "ready " + (System.nanoTime() - t0) + " " + loaded);
            serve(null, out);
            return;
        }
        try (ComparePeer peer = open(args)) {
            long size = peer.size();
            out.println(PREFIX + "ready " + (System.nanoTime() - t0) + " " + size);
            serve(peer, out);
        }
    }

    private static ComparePeer open(String[] args) throws Exception {
        return switch (args[0]) {
            case "lsgraph" -> new CompareLsgraph(Path.of(args[1]));
            case "lsgraph-http" -> {
                CompareHttp http = new CompareHttp(Path.of(args[1]));
                if (!http.awaitFinder(FINDER_WAIT))
                    System.err.println("the finder's index was not ready within " + FINDER_WAIT + "; timing anyway");
                yield http;
            }
            case "jena" -> CompareTdb2.onDatabase(Path.of(args[1]), queries(args[2]));
            case "rdf4j-memory" -> CompareRdf4j.memory(Path.of(args[1]), queries(args[2]));
            case "rdf4j-native" -> CompareRdf4j.nativeStore(Path.of(args[1]), Path.of(args[2]), queries(args[3]));
            default -> throw new IllegalArgumentException("unknown store kind " + args[0]);
        };
    }

    static Map<String, String> queries(String file) throws java.io.IOException {
        return new ObjectMapper().readValue(Path.of(file).toFile(), new TypeReference<LinkedHashMap<String, String>>() {});
    }

    private static void serve(ComparePeer peer, PrintStream out) throws Exception {
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        for (String line = in.readLine(); line != null && !line.equals("quit"); line = in.readLine()) {
            if (!line.startsWith("run ") || peer == null) {
                out.println(PREFIX + "error - unknown command " + line);
                continue;
            }
            String name = line.substring(4);
            long t0 = System.nanoTime();
            try {
                long rows = peer.rows(name);
                out.println(PREFIX + "ok " + name + " " + rows + " " + (System.nanoTime() - t0));
            } catch (Exception | StackOverflowError e) {
                // Whatever a store throws when its time limit strikes, it has struck if the cap has passed.
                boolean capped = System.nanoTime() - t0 >= CompareBenchmark.STORE_TIMEOUT_SECONDS * 1_000_000_000L;
                out.println(PREFIX + "error " + name + " " + (capped ? TIMEOUT + " at " + CompareBenchmark.STORE_TIMEOUT_SECONDS + " s: " : "")
                        + String.valueOf(e.getMessage()).replace('\n', ' '));
            }
        }
    }

    private static long bulkLoad(Path db, Path nquads) {
        DatasetGraph dsg = DatabaseMgr.connectDatasetGraph(db.toString());
        DataLoader loader = LoaderFactory.phasedLoader(dsg, (fmt, a) -> { });
        loader.startBulk();
        loader.load(nquads.toString());
        loader.finishBulk();
        long count = loader.countQuads();
        TDBInternal.expel(dsg);
        return count;
    }
}
