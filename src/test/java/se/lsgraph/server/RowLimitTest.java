package se.lsgraph.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import se.lsgraph.query.QueryCatalogue;
import se.lsgraph.support.Http;
import se.lsgraph.support.TestServer;

/**
 * /api/queries returns at most the configured number of rows and says whether it left any out:
 * at the end of the JSON document, and in a header for CSV. The limit is set one below the
 * number of rows offerings-by-owner has (its expected result file), so that it cuts exactly one;
 * strategy-structure with its example parameter stays under it.
 */
class RowLimitTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path EXPECTED = Path.of("src/test/resources/catalogue");

    @Test
    void theRowLimitCutsTheRowsAndSaysSo() throws Exception {
        int owners = expectedRows("35-offerings-by-owner.tsv");
        int structure = expectedRows("01-strategy-structure.tsv");
        int limit = owners - 1;
        assertTrue(structure <= limit, "the uncut query has at most " + limit + " rows");
        try (TestServer web = TestServer.start(b -> b.rowLimit(limit))) {
            HttpResponse<String> cut = web.http.get("/api/queries/offerings-by-owner", "application/json");
            assertEquals(200, cut.statusCode(), cut.body());
            JsonNode doc = JSON.readTree(cut.body());
            assertEquals(limit, doc.get("rows").size());
            assertTrue(doc.get("truncated").asBoolean());
            assertEquals(String.valueOf(limit), cut.headers().firstValue("Lsgraph-Row-Limit").orElse(""));
            assertFalse(cut.body().contains("\n"), "compact JSON: " + cut.body().substring(0, 80));

            HttpResponse<String> csv = web.http.get("/api/queries/offerings-by-owner?format=csv", "*/*");
            assertEquals("true", csv.headers().firstValue("Lsgraph-Truncated").orElse(""));
            assertEquals(limit + 1, csv.body().lines().count(), "header and " + limit + " rows");

            String strategy = "strategy=" + Http.encode(QueryCatalogue.bundled().get("strategy-structure").orElseThrow()
                    .param("strategy").orElseThrow().example());
            HttpResponse<String> whole = web.http.get("/api/queries/strategy-structure?" + strategy, "application/json");
            JsonNode all = JSON.readTree(whole.body());
            assertEquals(structure, all.get("rows").size());
            assertFalse(all.get("truncated").asBoolean());
            HttpResponse<String> wholeCsv = web.http.get("/api/queries/strategy-structure?format=csv&" + strategy, "*/*");
            assertEquals("false", wholeCsv.headers().firstValue("Lsgraph-Truncated").orElse(""));
            assertEquals(structure + 1, wholeCsv.body().lines().count());
        }
    }

    private static int expectedRows(String file) throws IOException {
        return (int) Files.readAllLines(EXPECTED.resolve(file)).stream().filter(l -> !l.isBlank()).count() - 1;
    }
}
