package se.lsgraph.server.limits;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

import org.apache.jena.sparql.core.Quad;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import se.lsgraph.server.Credentials;
import se.lsgraph.support.TestServer;
import se.lsgraph.support.TestStores;

/** Uploads through the Graph Store Protocol obey the limits of `lsgraph load`; a refusal changes nothing. */
class UploadLimitsTest {
    private static final String USER = "editor";
    private static final String PASSWORD = "pw-for-upload-test";
    private static final String SCRATCH = "/lsgraph/gsp-rw?graph=https://w3id.org/lsgraph/graph/scratch";

    @RegisterExtension
    static final TestServer.Extension WEB = TestServer.extension(b -> b.allowUpdate(new Credentials(USER, PASSWORD)));

    @Test
    void anEmptyUploadIsRefused() {
        Set<Quad> before = TestStores.snapshot(WEB.store());
        var refused = WEB.http().put(SCRATCH, "text/turtle", "", USER, PASSWORD);
        assertEquals(400, refused.statusCode(), refused.body());
        assertTrue(refused.body().contains(
                "the request body: holds no data; an upload may not replace a graph with nothing (DELETE the graph instead)"),
                refused.body());
        assertEquals(before, TestStores.snapshot(WEB.store()));
    }

    @Test
    void anUploadNestedTooDeeplyIsRefusedBeforeTheParserRecursesIntoIt() throws Exception {
        Set<Quad> before = TestStores.snapshot(WEB.store());
        String deep = Files.readString(Path.of("src/test/resources/bad/deep-blank-nodes.ttl"));
        var refused = WEB.http().put(SCRATCH, "text/turtle", deep, USER, PASSWORD);
        assertEquals(400, refused.statusCode(), refused.body());
        assertTrue(refused.body().contains(
                "the request body: line 2, column 825: nesting deeper than 200 levels (brackets inside brackets); refused"),
                refused.body());
        assertEquals(before, TestStores.snapshot(WEB.store()));
    }

    @Test
    void aRelativeIriInAnUploadIsRefusedWithItsPositionInsteadOfResolvingAgainstTheUploadUrl() throws Exception {
        Set<Quad> before = TestStores.snapshot(WEB.store());
        String turtle = Files.readString(Path.of("src/test/resources/bad/relative-iri.ttl"));
        var refused = WEB.http().put(SCRATCH, "text/turtle", turtle, USER, PASSWORD);
        assertEquals(400, refused.statusCode(), refused.body());
        assertEquals("the request body: line 2, column 50: Relative IRI: ../org/y\n", refused.body());
        String rdfXml = Files.readString(Path.of("src/test/resources/bad/relative-about.rdf"));
        var refusedXml = WEB.http().post(SCRATCH, "application/rdf+xml", rdfXml, USER, PASSWORD);
        assertEquals(400, refusedXml.statusCode(), refusedXml.body());
        assertEquals("the request body: line 3, column 38: Relative URI encountered: <org/x>\n", refusedXml.body());
        assertEquals(before, TestStores.snapshot(WEB.store()));
    }

    @Test
    void anUploadWithAbsoluteIrisIsStored() {
        String turtle = "<https://w3id.org/lsgraph/id/org/upload-test> <http://www.w3.org/2000/01/rdf-schema#label> \"Upload\"@en .\n";
        var stored = WEB.http().put(SCRATCH, "text/turtle", turtle, USER, PASSWORD);
        assertTrue(stored.statusCode() == 200 || stored.statusCode() == 201, stored.statusCode() + " " + stored.body());
        var read = WEB.http().query("/lsgraph/sparql", "SELECT ?l WHERE { GRAPH <https://w3id.org/lsgraph/graph/scratch> "
                + "{ <https://w3id.org/lsgraph/id/org/upload-test> ?p ?l } }", "text/csv");
        assertEquals("l\r\nUpload\r\n", read.body());
        WEB.http().post("/lsgraph/update", "application/sparql-update", "DROP GRAPH <https://w3id.org/lsgraph/graph/scratch>", USER, PASSWORD);
    }

    @Test
    void aGzipBombIsRefusedOnceItsDecompressedBytesPassTheRequestSizeLimit() throws Exception {
        Set<Quad> before = TestStores.snapshot(WEB.store());
        byte[] line = "<https://w3id.org/lsgraph/id/org/bomb> <http://www.w3.org/2000/01/rdf-schema#label> \"bomb\" .\n"
                .getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        java.io.ByteArrayOutputStream compressed = new java.io.ByteArrayOutputStream();
        try (var gz = new java.util.zip.GZIPOutputStream(compressed)) {
            for (long written = 0; written < 64L << 20; written += line.length)
                gz.write(line);
        }
        var refused = putGzip("text/turtle", compressed.toByteArray());
        assertEquals(400, refused.statusCode(), refused.body());
        assertEquals("the request body: more than 16777216 bytes once decompressed (--max-request-size); refused\n", refused.body());
        assertEquals(before, TestStores.snapshot(WEB.store()));
    }

    @Test
    void aSmallGzippedUploadIsDecompressedAndStored() throws Exception {
        java.io.ByteArrayOutputStream compressed = new java.io.ByteArrayOutputStream();
        try (var gz = new java.util.zip.GZIPOutputStream(compressed)) {
            gz.write("<https://w3id.org/lsgraph/id/org/gzip-test> <http://www.w3.org/2000/01/rdf-schema#label> \"Gzip\"@en .\n"
                    .getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
        var stored = putGzip("text/turtle", compressed.toByteArray());
        assertTrue(stored.statusCode() == 200 || stored.statusCode() == 201, stored.statusCode() + " " + stored.body());
        var read = WEB.http().query("/lsgraph/sparql", "SELECT ?l WHERE { GRAPH <https://w3id.org/lsgraph/graph/scratch> "
                + "{ <https://w3id.org/lsgraph/id/org/gzip-test> ?p ?l } }", "text/csv");
        assertEquals("l\r\nGzip\r\n", read.body());
        WEB.http().post("/lsgraph/update", "application/sparql-update", "DROP GRAPH <https://w3id.org/lsgraph/graph/scratch>", USER, PASSWORD);
    }

    private static java.net.http.HttpResponse<String> putGzip(String contentType, byte[] body) throws Exception {
        var request = java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://127.0.0.1:" + WEB.port() + SCRATCH))
                .header("Content-Type", contentType).header("Content-Encoding", "gzip")
                .header("Authorization", "Basic " + java.util.Base64.getEncoder().encodeToString((USER + ":" + PASSWORD)
                        .getBytes(java.nio.charset.StandardCharsets.UTF_8)))
                .timeout(java.time.Duration.ofSeconds(60))
                .PUT(java.net.http.HttpRequest.BodyPublishers.ofByteArray(body)).build();
        return java.net.http.HttpClient.newHttpClient().send(request, java.net.http.HttpResponse.BodyHandlers.ofString());
    }
}
