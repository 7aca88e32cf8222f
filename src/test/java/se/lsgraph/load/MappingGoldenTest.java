package se.lsgraph.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.jena.graph.Graph;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFWriter;
import org.apache.jena.riot.Lang;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Each CSV/JSON mapping turns its fixture into exactly the expected graph. */
class MappingGoldenTest {
    private static final Path DIR = Path.of("src/test/resources/load");

    @ParameterizedTest
    @ValueSource(strings = {"municipalities.csv", "organisations.json"})
    void fixtureBecomesExactlyTheExpectedGraph(String fixture) throws IOException {
        String base = fixture.replaceFirst("\\.[a-z]+$", "");
        Mapping mapping = MappingFile.read(DIR.resolve(base + ".mapping.json"));
        Graph actual = MappedFileReader.read(fixture, Files.readAllBytes(DIR.resolve(fixture)), mapping);
        Graph expected = RDFDataMgr.loadGraph(DIR.resolve(base + ".expected.ttl").toString());
        assertEquals(expected.size(), actual.size(), () -> "triples:\n" + RDFWriter.source(actual).lang(Lang.TTL).asString());
        assertTrue(expected.isIsomorphicWith(actual), () -> "not isomorphic; got:\n"
                + RDFWriter.source(actual).lang(Lang.TTL).asString());
    }
}
