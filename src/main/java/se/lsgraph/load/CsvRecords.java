package se.lsgraph.load;

import java.io.IOException;
import java.io.PushbackReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/** Streams the rows of a CSV file with a header line, checking that every row is complete. */
final class CsvRecords {
    private CsvRecords() {}

    static void forEach(String file, Reader reader, String delimiter, List<String> requiredColumns,
                        Consumer<SourceRecord> action) {
        CSVFormat format = CSVFormat.RFC4180.builder()
                .setDelimiter(delimiter == null ? "," : delimiter)
                .setHeader()
                .setSkipHeaderRecord(true)
                .setIgnoreSurroundingSpaces(true)
                .get();
        try (CSVParser parser = CSVParser.builder().setReader(withoutByteOrderMark(reader)).setFormat(format).get()) {
            Map<String, Integer> header = parser.getHeaderMap();
            for (String column : requiredColumns)
                if (!header.containsKey(column))
                    throw new InputRejectedException(file, "line 1",
                            "missing column '" + column + "' (header has " + header.keySet() + ")");
            Iterator<CSVRecord> rows = parser.iterator();
            while (true) {
                CSVRecord row;
                try {
                    if (!rows.hasNext())
                        break;
                    row = rows.next();
                } catch (UncheckedIOException e) {
                    if (e.getCause() instanceof CharacterCodingException)
                        throw notUtf8(file, parser);
                    throw new InputRejectedException(file, "line " + parser.getCurrentLineNumber(),
                            "malformed CSV: " + e.getCause().getMessage());
                }
                if (row.size() != header.size())
                    throw new InputRejectedException(file, "line " + row.getParser().getCurrentLineNumber(),
                            "row has " + row.size() + " fields, the header has " + header.size());
                action.accept(new Row(row));
            }
        } catch (CharacterCodingException e) {
            throw new InputRejectedException(file, "line 1", "not valid UTF-8; save the file as UTF-8");
        } catch (IOException e) {
            throw new InputRejectedException(file, null, "cannot read CSV: " + e.getMessage());
        }
    }

    /**
     * Excel saves "CSV UTF-8" with a byte-order mark; it is not part of the first column's name.
     */
    private static Reader withoutByteOrderMark(Reader reader) throws IOException {
        PushbackReader in = new PushbackReader(reader, 1);
        int first = in.read();
        if (first >= 0 && first != '\uFEFF')
            in.unread(first);
        return in;
    }

    /** The bad bytes are on the line after the last one the parser completed. */
    private static InputRejectedException notUtf8(String file, CSVParser parser) {
        return new InputRejectedException(file, "line " + (parser.getCurrentLineNumber() + 1),
                "not valid UTF-8; save the file as UTF-8");
    }

    private record Row(CSVRecord row) implements SourceRecord {
        @Override
        public List<String> values(String field) {
            if (!row.isMapped(field))
                return List.of();
            String value = row.get(field);
            return value == null || value.isBlank() ? List.of() : List.of(value.strip());
        }

        @Override
        public boolean hasField(String field) {
            return row.isMapped(field);
        }

        @Override
        public String where() {
            return "line " + row.getParser().getCurrentLineNumber();
        }
    }
}
