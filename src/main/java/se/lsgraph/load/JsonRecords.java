package se.lsgraph.load;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Streams the records of a JSON file, the top-level array or an array a JSON Pointer names: one
 * record is in memory at a time, so registry dumps of any size load in constant memory.
 */
final class JsonRecords {
    private static final ObjectMapper JSON = new ObjectMapper();

    private JsonRecords() {}

    static void forEach(String file, InputStream in, String recordsPointer, Consumer<SourceRecord> action) {
        try (JsonParser parser = JSON.createParser(in)) {
            if (recordsPointer == null || recordsPointer.isEmpty() || recordsPointer.equals("/"))
                streamTopLevelArray(file, parser, action);
            else
                walkNestedArray(file, parser, JsonPointer.compile(recordsPointer), action);
        } catch (JsonProcessingException e) {
            throw new InputRejectedException(file, "line " + e.getLocation().getLineNr(),
                    "malformed JSON: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new InputRejectedException(file, null, "cannot read JSON: " + e.getMessage());
        }
    }

    private static void streamTopLevelArray(String file, JsonParser parser, Consumer<SourceRecord> action)
            throws IOException {
        if (parser.nextToken() != JsonToken.START_ARRAY)
            throw new InputRejectedException(file, "line 1", "expected a JSON array of records at the top level");
        int index = 0;
        while (parser.nextToken() != JsonToken.END_ARRAY) {
            index++;
            if (parser.currentToken() != JsonToken.START_OBJECT)
                throw new InputRejectedException(file, "record " + index, "expected a JSON object, found "
                        + parser.currentToken());
            action.accept(new Rec(JSON.readTree(parser), index));
        }
    }

    /**
     * Streams the records of an array inside the document: the parser walks down the pointer's
     * object keys, then reads the array one record at a time, so only one record is in memory.
     */
    private static void walkNestedArray(String file, JsonParser parser, JsonPointer pointer,
                                        Consumer<SourceRecord> action) throws IOException {
        if (parser.nextToken() != JsonToken.START_OBJECT || !descend(parser, pointer))
            throw new InputRejectedException(file, null, "no array of records at JSON pointer " + pointer);
        int index = 0;
        while (parser.nextToken() != JsonToken.END_ARRAY) {
            index++;
            if (parser.currentToken() != JsonToken.START_OBJECT)
                throw new InputRejectedException(file, "record " + index, "expected a JSON object, found "
                        + parser.currentToken());
            action.accept(new Rec(JSON.readTree(parser), index));
        }
    }

    /** Moves the parser (inside an object) to the start of the array the pointer names; false if there is none. */
    private static boolean descend(JsonParser parser, JsonPointer pointer) throws IOException {
        String key = pointer.getMatchingProperty();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            JsonToken value = parser.nextToken();
            if (!parser.currentName().equals(key)) {
                parser.skipChildren();
                continue;
            }
            JsonPointer rest = pointer.tail();
            if (rest == null || rest.matches())
                return value == JsonToken.START_ARRAY;
            return value == JsonToken.START_OBJECT && descend(parser, rest);
        }
        return false;
    }

    /** One JSON record; shared with the other readers of JSON-shaped data (YAML front matter). */
    record Rec(JsonNode node, int index) implements SourceRecord {
        @Override
        public List<String> values(String field) {
            List<String> out = new ArrayList<>();
            collect(node, steps(field), 0, out);
            return out;
        }

        @Override
        public boolean hasField(String field) {
            return !values(field).isEmpty();
        }

        @Override
        public String where() {
            return "record " + index;
        }

        /** "*" takes every element; "*[key=value]" only those whose key is value, or is an array holding it. */
        private static boolean selected(JsonNode element, String step) {
            if (step.equals("*"))
                return true;
            String condition = step.substring(2, step.length() - 1);
            int eq = condition.indexOf('=');
            JsonNode v = element.get(condition.substring(0, eq));
            String wanted = condition.substring(eq + 1);
            if (v == null)
                return false;
            if (v.isArray()) {
                for (JsonNode x : v)
                    if (x.asText().equals(wanted))
                        return true;
                return false;
            }
            return v.asText().equals(wanted);
        }

        private static String[] steps(String field) {
            String f = field.startsWith("/") ? field.substring(1) : field;
            return f.isEmpty() ? new String[0] : f.split("/");
        }

        private static void collect(JsonNode at, String[] steps, int i, List<String> out) {
            if (at == null || at.isMissingNode() || at.isNull())
                return;
            if (i == steps.length) {
                if (at.isValueNode() && !at.asText().isBlank())
                    out.add(at.asText().strip());
                else if (at.isArray())
                    at.forEach(element -> collect(element, steps, i, out));
                return;
            }
            String step = steps[i].replace("~1", "/").replace("~0", "~");
            if (step.equals("*") || step.startsWith("*[")) {
                if (at.isArray())
                    at.forEach(element -> {
                        if (selected(element, step))
                            collect(element, steps, i + 1, out);
                    });
                return;
            }
            collect(at.isArray() && step.matches("\\d+") ? at.get(Integer.parseInt(step)) : at.get(step),
                    steps, i + 1, out);
        }
    }
}
