package se.lsgraph.load;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

/**
 * Reads the records of a Markdown page's YAML front matter (the block between the first two
 * "---" lines, as Jekyll sites such as ELIXIR RDMkit keep their data): the array a JSON Pointer
 * names in that YAML document. The page body is ignored.
 */
final class FrontMatterRecords {
    private static final YAMLMapper YAML = new YAMLMapper();
    private static final String FENCE = "---";

    private FrontMatterRecords() {}

    static void forEach(String file, InputStream in, String recordsPointer, Consumer<SourceRecord> action) {
        JsonNode document = parse(file, frontMatter(file, in));
        JsonNode records = document.at(JsonPointer.compile(recordsPointer == null ? "" : recordsPointer));
        if (!records.isArray())
            throw new InputRejectedException(file, null, "the front matter has no list of records at "
                    + (recordsPointer == null ? "its top level" : recordsPointer));
        int index = 0;
        for (JsonNode record : records) {
            index++;
            if (!record.isObject())
                throw new InputRejectedException(file, "record " + index, "expected a YAML mapping, found "
                        + record.getNodeType().name().toLowerCase());
            action.accept(new JsonRecords.Rec(record, index));
        }
    }

    /** The lines between the opening and the closing fence; line numbers stay those of the file. */
    private static String frontMatter(String file, InputStream in) {
        List<String> lines = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()))) {
            String first = reader.readLine();
            if (first == null || !first.strip().equals(FENCE))
                throw new InputRejectedException(file, "line 1", "no YAML front matter: the first line must be '---'");
            lines.add("");
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.strip().equals(FENCE))
                    return String.join("\n", lines);
                lines.add(line);
            }
        } catch (IOException e) {
            throw new InputRejectedException(file, null, "cannot read file: " + e.getMessage());
        }
        throw new InputRejectedException(file, "line " + (lines.size() + 1),
                "the YAML front matter opened on line 1 is never closed with '---'");
    }

    private static JsonNode parse(String file, String yaml) {
        try {
            JsonNode node = YAML.readTree(yaml);
            if (node == null || !node.isObject())
                throw new InputRejectedException(file, "line 2", "the YAML front matter is not a mapping of keys");
            return node;
        } catch (JsonProcessingException e) {
            String where = e.getLocation() == null ? null : "line " + e.getLocation().getLineNr();
            throw new InputRejectedException(file, where, "broken YAML front matter: " + e.getOriginalMessage());
        }
    }
}
