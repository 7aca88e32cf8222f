package se.lsgraph.query;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.junit.jupiter.api.Test;

import se.lsgraph.server.LsgraphServer;
import se.lsgraph.store.GraphStore;
import se.lsgraph.support.TestStores;

/**
 * A federated catalogue query joins lsgraph with Wikidata through SERVICE. Tests have no internet,
 * so a second embedded server on loopback stands in for Wikidata with a Wikidata-shaped fixture.
 */
class FederationTest {
    private static final String QUERY = "wikidata-inception-and-website";

    @Test
    void theFederatedQueryJoinsWithTheStandInEndpoint() throws Exception {
        DatasetGraph wikidata = DatasetGraphFactory.createTxnMem();
        RDFDataMgr.read(wikidata, "src/test/resources/federation/wikidata-standin.ttl");
        var standIn = org.apache.jena.fuseki.main.FusekiServer.create().port(0).loopback(true)
                .add("/wikidata", wikidata, false).build().start();
        try (GraphStore store = TestStores.bundled()) {
            String endpoint = "http://127.0.0.1:" + standIn.getHttpPort() + "/wikidata/sparql";
            NamedQuery query = QueryCatalogue.fromDirectory(Path.of("queries")).get(QUERY).orElseThrow();
            QueryResult result = QueryRunner.run(store, query, Map.of("wikidataEndpoint", endpoint));
            List<String> expected = Files.readAllLines(Path.of("src/test/resources/catalogue/41-" + QUERY + ".tsv"));
            assertEquals(withoutLastColumn(expected), withoutLastColumn(TsvLines.of(result)));
        } finally {
            standIn.stop();
        }
    }

    /** The last column is the endpoint parameter itself, which differs between Wikidata and the stand-in. */
    private static List<String> withoutLastColumn(List<String> lines) {
        return lines.stream().map(l -> String.join("\t", Arrays.asList(l.split("\t", -1)).subList(0, l.split("\t", -1).length - 1))).toList();
    }
}
