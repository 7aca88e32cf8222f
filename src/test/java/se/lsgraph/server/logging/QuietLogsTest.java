package se.lsgraph.server.logging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;

import org.apache.logging.log4j.core.impl.Log4jLogEvent;
import org.apache.logging.log4j.message.SimpleMessage;
import org.junit.jupiter.api.Test;

import se.lsgraph.support.TestServer;

/** A query of a megabyte adds one short line to the log: its start, its length and its hash. */
class QuietLogsTest {
    private static final Path LOG = Path.of(System.getProperty("lsgraph.logs", "logs"), "lsgraph.log");

    @Test
    void aOneMegabyteQueryAddsLessThanAKilobyteToTheLog() throws Exception {
        String literal = "a".repeat(1 << 20);
        String query = "ASK { FILTER(\"" + literal + "\" != \"b\") }";
        try (TestServer web = TestServer.start()) {
            long before = sizeOf(LOG);
            var answer = web.http.post("/lsgraph/sparql", "application/sparql-query", query, null, null);
            assertEquals(200, answer.statusCode(), answer.body());
            long added = sizeOf(LOG) - before;
            assertTrue(added > 0 && added < 1024, "the log grew by " + added + " bytes");

            String logged = Files.readString(LOG, StandardCharsets.UTF_8);
            String expected = "Query = " + query.substring(0, 200) + "… (1,048,601 characters, sha256 " + sha256Start(query) + ")";
            assertTrue(logged.contains(expected), "the log names the query by its start, length and hash: " + expected);
        }
    }

    @Test
    void aShortLineIsLeftAsItIsAndALongUpdateIsNamedByItsText() throws Exception {
        var event = Log4jLogEvent.newBuilder().setMessage(new SimpleMessage("[7] Query = ASK {}")).build();
        assertSame(event, new ShortMessages().rewrite(event));
        String update = "INSERT DATA { " + "x".repeat(486) + " }";
        assertEquals("[3] Update = " + update.substring(0, 200) + "… (502 characters, sha256 " + sha256Start(update) + ")",
                ShortMessages.shorten("[3] Update = " + update));
    }

    private static long sizeOf(Path file) throws IOException {
        return Files.exists(file) ? Files.size(file) : 0;
    }

    private static String sha256Start(String text) throws Exception {
        byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().formatHex(digest, 0, 8);
    }
}
