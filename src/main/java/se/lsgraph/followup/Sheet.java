package se.lsgraph.followup;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import se.lsgraph.load.InputRejectedException;

/**
 * One sheet of a follow-up template saved as CSV (UTF-8, comma-separated, header line): its rows
 * with their line numbers. The header must have exactly the template's columns, in any order.
 */
final class Sheet {
    /** One row: the line it starts on and its values by column, empty cells as "". */
    record Row(String file, long line, Map<String, String> cells) {
        String get(String column) {
            return cells.getOrDefault(column, "").strip();
        }

        /** Several values in one cell are separated by semicolons. */
        List<String> list(String column) {
            String cell = get(column);
            return cell.isEmpty() ? List.of()
                    : Arrays.stream(cell.split(";")).map(String::strip).filter(s -> !s.isEmpty()).toList();
        }

        InputRejectedException reject(String column, String reason) {
            return new InputRejectedException(file, "line " + line + ", column " + column, reason);
        }
    }

    private Sheet() {}

    static List<Row> read(Path file, List<String> columns) {
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
        List<Row> rows = new ArrayList<>();
        try (Reader reader = new java.io.InputStreamReader(Files.newInputStream(file), StandardCharsets.UTF_8.newDecoder());
             CSVParser parser = CSVParser.builder().setReader(reader).setFormat(format).get()) {
            List<String> header = parser.getHeaderNames().stream().map(String::strip).toList();
            for (String column : columns)
                if (!header.contains(column))
                    throw new InputRejectedException(file.toString(), "line 1", "missing column '" + column
                            + "' (the template's columns are " + columns + ")");
            for (String column : header)
                if (!columns.contains(column))
                    throw new InputRejectedException(file.toString(), "line 1", "unknown column '" + column
                            + "' (the template's columns are " + columns + ")");
            for (CSVRecord record : parser) {
                if (record.size() != header.size())
                    throw new InputRejectedException(file.toString(), "line " + parser.getCurrentLineNumber(),
                            "row has " + record.size() + " fields, the header has " + header.size());
                Map<String, String> cells = new java.util.LinkedHashMap<>();
                for (int i = 0; i < header.size(); i++)
                    cells.put(header.get(i), record.get(i));
                if (cells.values().stream().allMatch(String::isBlank))
                    continue;
                rows.add(new Row(file.toString(), parser.getCurrentLineNumber(), cells));
            }
        } catch (java.io.UncheckedIOException e) {
            throw rejectRead(file, e.getCause());
        } catch (IOException e) {
            throw rejectRead(file, e);
        }
        return rows;
    }

    private static InputRejectedException rejectRead(Path file, IOException e) {
        if (e instanceof CharacterCodingException)
            return new InputRejectedException(file.toString(), null, "not valid UTF-8; save the sheet as CSV UTF-8");
        return new InputRejectedException(file.toString(), null, "cannot read CSV: " + e.getMessage());
    }
}
