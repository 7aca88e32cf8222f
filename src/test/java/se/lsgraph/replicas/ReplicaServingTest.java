package se.lsgraph.replicas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.compressors.gzip.GzipCompressorInputStream;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.Quad;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.lsgraph.build.BuildManifest;
import se.lsgraph.catalog.DatasetCounts;
import se.lsgraph.cli.Main;
import se.lsgraph.search.FinderIndex;
import se.lsgraph.server.LsgraphServer;
import se.lsgraph.store.GraphStore;
import se.lsgraph.store.ReadOnlyStoreException;
import se.lsgraph.support.Http;

/**
 * A database built once by build-db and served read-only, as a replica behind HAProxy serves it:
 * it answers, says it is ready, refuses every write with 405, and its files stay as they were built.
 */
class ReplicaServingTest {
    private static final String REFUSAL = "this server serves a built database read-only: updates and uploads are not possible here";
    private static final String AREAS_OF_C = """
            PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
            SELECT ?area ?label WHERE {
              ?area skos:broader <https://w3id.org/lsgraph/id/element/ls2026-C> ; skos:prefLabel ?label .
              FILTER(lang(?label) = "sv")
            } ORDER BY ?label""";

    @TempDir
    static Path dir;
    static Path db;
    static BuildManifest build;
    static Map<String, String> builtFiles;
    static GraphStore store;
    static LsgraphServer server;
    static Http http;

    @BeforeAll
    static void buildAndServe() throws IOException {
        db = dir.resolve("build-1");
        Result built = run("build-db", "--output", db.toString(), "--archive", dir.resolve("build-1.tar.gz").toString(),
                "--public-url", "https://lsgraph.example.org");
        assertEquals(0, built.code, built.err);
        build = BuildManifest.readIfPresent(db);
        assertNotNull(build, "build-db wrote no manifest");
        assertTrue(built.out.startsWith("Built " + build.id() + " in "), built.out);
        builtFiles = databaseFiles(db);
        store = GraphStore.openReadOnly(db);
        server = LsgraphServer.builder(store).host("127.0.0.1").port(0)
                .searchIndex(FinderIndex.forReadOnly(db, store))
                .deployedBuild(build.id())
                .build().start();
        server.awaitSearchReady(Duration.ofSeconds(60));
        http = new Http(server.port());
    }

    @AfterAll
    static void stop() {
        if (server != null)
            server.close();
        if (store != null)
            store.close();
    }

    @Test
    void theReplicaIsReadyWithTheBuildItServesAndAnswersQueries() {
        HttpResponse<String> ready = http.get("/ready", "application/json");
        assertEquals(200, ready.statusCode(), ready.body());
        assertEquals("{\"ready\":true,\"checks\":{\"store\":\"ready\",\"finder\":\"ready\"},\"build\":\"" + build.id() + "\"}", ready.body());
        assertEquals("{\"status\":\"up\"}", http.get("/health", "application/json").body());
        HttpResponse<String> areas = http.query("/lsgraph/sparql", AREAS_OF_C, "text/csv");
        assertEquals(200, areas.statusCode());
        assertEquals("area,label\r\n"
                + "https://w3id.org/lsgraph/id/element/ls2026-C-2,Beredskap\r\n"
                + "https://w3id.org/lsgraph/id/element/ls2026-C-1,Klimat och miljö\r\n", areas.body());
        HttpResponse<String> posted = http.post("/lsgraph/sparql", "application/sparql-query", AREAS_OF_C, null, null);
        assertEquals(200, posted.statusCode(), posted.body());
    }

    @Test
    void theReplicaUsesTheFinderIndexTheBuildMadeInsteadOfBuildingOne() {
        // The persisted index was current: opened as it is, no hit written (0 of 0).
        String status = http.get("/api/search/status", "application/json").body();
        assertTrue(status.startsWith("{\"status\":\"ready\",\"phase\":\"ready\",\"done\":0,\"total\":0,"), status);
    }

    @Test
    void everyWriteIsRefusedWith405AndTheFilesStayAsBuilt() throws Exception {
        long quadsBefore = store.read(dsg -> Iter.count(dsg.find()));
        assertRefused(http.post("/lsgraph/update", "application/sparql-update", "DROP ALL", null, null));
        assertRefused(http.post("/lsgraph", "application/sparql-update", "DROP ALL", null, null));
        assertRefused(http.postForm("/lsgraph/sparql", "update", "CLEAR DEFAULT", "application/json", null, null));
        assertRefused(http.post("/lsgraph/gsp-rw?default", "text/turtle", "<urn:a> <urn:b> <urn:c> .", null, null));
        assertRefused(http.post("/lsgraph/data?default", "text/turtle", "<urn:a> <urn:b> <urn:c> .", null, null));
        assertRefused(http.post("/lsgraph", "text/turtle", "<urn:a> <urn:b> <urn:c> .", null, null));
        assertRefused(send("PUT", "/lsgraph/data?default"));
        assertRefused(http.delete("/lsgraph/data?graph=" + Http.encode("https://w3id.org/lsgraph/graph/doc-000")));
        ReadOnlyStoreException inProcess = assertThrows(ReadOnlyStoreException.class,
                () -> store.write(dsg -> dsg.add(Quad.create(Quad.defaultGraphIRI,
                        NodeFactory.createURI("urn:a"), NodeFactory.createURI("urn:b"), NodeFactory.createURI("urn:c")))));
        assertTrue(inProcess.getMessage().contains("is open read-only: nothing was changed"), inProcess.getMessage());
        assertEquals(quadsBefore, (long) store.read(dsg -> Iter.count(dsg.find())));
        assertEquals(build.quads(), DatasetCounts.of(store).quads());
        assertEquals(builtFiles, databaseFiles(db));
    }

    @Test
    void theArchiveHoldsTheWholeBuildWithoutLockFiles() throws IOException {
        TreeSet<String> entries = new TreeSet<>();
        try (InputStream in = Files.newInputStream(dir.resolve("build-1.tar.gz"));
             TarArchiveInputStream tar = new TarArchiveInputStream(new GzipCompressorInputStream(in))) {
            for (TarArchiveEntry e; (e = tar.getNextEntry()) != null; )
                entries.add(e.getName());
        }
        assertEquals(builtFiles.keySet(), entries);
        assertTrue(entries.contains(BuildManifest.FILE));
        assertTrue(entries.stream().anyMatch(e -> e.startsWith("Data-0001/")), entries.toString());
        assertTrue(entries.stream().anyMatch(e -> e.startsWith(FinderIndex.FOLDER + "/")), entries.toString());
    }

    @Test
    void buildDbRefusesADirectoryInUseAndServeRefusesWhatBuildDbDidNotFinish() throws IOException {
        Result again = run("build-db", "--output", db.toString());
        assertEquals(2, again.code);
        assertTrue(again.err.contains(db + " is not empty: build-db builds into a new directory"), again.err);
        Path unfinished = Files.createDirectories(dir.resolve("unfinished"));
        Result serve = run("serve", "--read-only", "--db", unfinished.toString(), "--port", "0");
        assertEquals(2, serve.code);
        assertEquals("lsgraph: " + unfinished + " is not a finished build (no lsgraph-build.properties): build one with lsgraph build-db --output DIR\n",
                serve.err);
        Result withUpdates = run("serve", "--read-only", "--db", db.toString(), "--allow-update", "--user", "u", "--password-env", "HOME");
        assertEquals(2, withUpdates.code);
        assertTrue(withUpdates.err.contains("--read-only serves a database built by build-db: it cannot be combined with"), withUpdates.err);
    }

    private static void assertRefused(HttpResponse<String> r) {
        assertEquals(405, r.statusCode(), r.uri() + " " + r.body());
        assertEquals("{\"status\":405,\"error\":\"" + REFUSAL + "\"}", r.body());
    }

    private static HttpResponse<String> send(String method, String path) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path))
                .header("Content-Type", "text/turtle")
                .method(method, HttpRequest.BodyPublishers.ofString("<urn:a> <urn:b> <urn:c> .")).build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
    }

    /** Every file of the database with its SHA-256, except TDB2's lock files (which only an open store has). */
    private static Map<String, String> databaseFiles(Path root) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (var walk = Files.walk(root)) {
            for (Path f : walk.filter(Files::isRegularFile).toList()) {
                if (f.getFileName().toString().equals("tdb.lock"))
                    continue;
                files.put(root.relativize(f).toString(), sha256(f));
            }
        }
        return files;
    }

    private static String sha256(Path f) throws IOException {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(f)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private record Result(int code, String out, String err) {}

    private static Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(new PrintWriter(out), new PrintWriter(err), args);
        return new Result(code, out.toString(), err.toString());
    }
}
