package se.lsgraph.names;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * lsgraph's English translations of the documents' section headings, one Swedish heading and its
 * English translation per line of lsgraph/english-names/section-headings.tsv (tab-separated). A
 * heading that recurs in several documents ("Sammanfattning") is translated once.
 */
final class SectionHeadings {
    private static final String TABLE = "lsgraph/english-names/section-headings.tsv";

    private final Map<String, String> english;

    private SectionHeadings(Map<String, String> english) {
        this.english = english;
    }

    static SectionHeadings bundled() {
        try (InputStream in = SectionHeadings.class.getClassLoader().getResourceAsStream(TABLE)) {
            if (in == null)
                throw new IllegalStateException("The table " + TABLE + " is missing from the classpath");
            return new SectionHeadings(read(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The English translation of a Swedish heading; a heading the table lacks is an error naming it. */
    String translate(String swedish, String section) {
        String translation = english.get(swedish);
        if (translation == null)
            throw new IllegalStateException(TABLE + " has no English translation of the heading \"" + swedish
                    + "\" (section " + section + "): add a line with the heading, a tab and its translation");
        return translation;
    }

    private static Map<String, String> read(BufferedReader lines) throws IOException {
        Map<String, String> table = new HashMap<>();
        int number = 0;
        for (String line = lines.readLine(); line != null; line = lines.readLine()) {
            number++;
            if (line.isBlank() || line.startsWith("#"))
                continue;
            String[] columns = line.split("\t", -1);
            if (columns.length != 2 || columns[0].isBlank() || columns[1].isBlank())
                throw new IllegalStateException(TABLE + " line " + number + ": expected a Swedish heading, a tab and its English translation");
            if (table.put(columns[0], columns[1]) != null)
                throw new IllegalStateException(TABLE + " line " + number + ": the heading \"" + columns[0] + "\" is translated twice");
        }
        return table;
    }
}
