package se.lsgraph.query;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

/** docs/queries.md is generated from the catalogue's headers and must not be out of date. */
class QueryDocsTest {
    @Test
    void docsMatchTheCatalogue() throws IOException {
        String generated = QueryDocs.markdown(QueryCatalogue.fromDirectory(Path.of("queries")));
        assertEquals(generated, Files.readString(Path.of("docs/queries.md")),
                "docs/queries.md is out of date: run java -jar target/lsgraph.jar query --write-docs docs/queries.md");
    }
}
