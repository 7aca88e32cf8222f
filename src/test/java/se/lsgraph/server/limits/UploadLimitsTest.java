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
}
