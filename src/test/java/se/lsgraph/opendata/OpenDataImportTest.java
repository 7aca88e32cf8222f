package se.lsgraph.opendata;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.lsgraph.load.InputRejectedException;

/**
 * Re-runs lsgraph import-opendata on the real open data in ../shared/opendata: it must reproduce
 * the committed data/opendata/ byte for byte, and reject bad raw files (a malformed ROR record, a
 * CSV with a wrong column, broken YAML front matter, a file whose SHA-256 no longer matches its
 * provenance record) naming file and record, writing nothing. Skipped when ../shared is absent.
 */
class OpenDataImportTest {
    private static final Path SHARED = Path.of("../shared/opendata");
    private static final Path PROJECT = Path.of(".");
    private static final Path COMMITTED = PROJECT.resolve("data/opendata");
    private static final Path BAD = Path.of("src/test/resources/opendata/bad");

    @BeforeAll
    static void requireSharedOpenData() {
        Assumptions.assumeTrue(Files.isDirectory(SHARED), "skipped: " + SHARED.toAbsolutePath().normalize()
                + " is not present, so the import cannot be re-run (it holds the raw open data; see docs/open-data.md)");
    }

    @Test
    void reimportReproducesTheCommittedFilesExactly() throws IOException {
        OpenDataImport.ImportResult result = new OpenDataImport(SHARED, PROJECT, false).prepare();
        assertEquals(committedFiles().keySet(), new TreeMap<>(result.files()).keySet(), "the files in data/opendata/");
        Map<String, byte[]> committed = committedFiles();
        result.files().forEach((name, bytes) -> assertEquals(new String(committed.get(name), StandardCharsets.UTF_8),
                new String(bytes, StandardCharsets.UTF_8), "data/opendata/" + name
                        + " differs from a re-import: run `lsgraph import-opendata --from ../shared/opendata` and review the diff"));
        assertEquals(14, result.matches(), "reviewed organisation matches");
        assertEquals(List.of(
                "registry records placed by a shared GeoNames place: 201; by their city as a postal locality: 29",
                "ambiguous municipality (locality): https://ror.org/00hgzve81 candidates kommun-0581 (146 postal codes) kommun-0582 (1 postal codes)",
                "ambiguous municipality (locality): https://ror.org/0234bnr88 candidates kommun-0840 (15 postal codes) kommun-0885 (1 postal codes)",
                "ambiguous municipality (locality): https://ror.org/0257kt353 candidates kommun-1462 (1 postal codes) kommun-1488 (59 postal codes)",
                "ambiguous municipality (locality): https://ror.org/02gwcj475 candidates kommun-1441 (2 postal codes) kommun-1442 (3 postal codes) kommun-1489 (45 postal codes)",
                "ambiguous municipality (locality): https://ror.org/04y3fpd13 candidates kommun-1480 (1 postal codes) kommun-1482 (30 postal codes)",
                "ambiguous municipality (locality): https://ror.org/05hf84v35 candidates kommun-1283 (1 postal codes) kommun-1292 (52 postal codes)",
                "unplaced: https://ror.org/00hgzve81 (city Norrköping)",
                "unplaced: https://ror.org/0234bnr88 (city Färjestaden)",
                "unplaced: https://ror.org/0257kt353 (city Trollhättan)",
                "unplaced: https://ror.org/02gwcj475 (city Alingsås)",
                "unplaced: https://ror.org/02haktn42 (city Alnarp)",
                "unplaced: https://ror.org/0491y0974 (city Alnarp)",
                "unplaced: https://ror.org/04y3fpd13 (city Kungälv)",
                "unplaced: https://ror.org/05b30wy30 (city Norrbyn)",
                "unplaced: https://ror.org/05hf84v35 (city Ängelholm)",
                "no operator for maintainer 'Erik Sonnhammer' of https://w3id.org/lsgraph/id/offering/scilifelab-service-genespider-version-v2"),
                result.report());
        assertEquals(Map.of("scb-counties", 105L, "scb-municipalities", 1740L, "scb-postal-codes", 61852L, "ror-v2", 1374L,
                "ror-v1", 2734L, "scilifelab-services", 934L, "scilifelab-data-sources", 1872L, "scilifelab-resources", 75L,
                "scilifelab-units", 329L, "rdmkit-se", 155L), result.mappedTriples(), "triples mapped from each source");
    }

    @Test
    void aMalformedRorRecordIsRejectedNamingFileAndRecord(@TempDir Path tmp) throws IOException {
        InputRejectedException e = rejected(tmp, "ror/ror-se-v2.json", Files.readAllBytes(BAD.resolve("ror-se-v2.json")), true);
        assertEquals("record 2", e.where());
        assertEquals("required field '/names/*[types=ror_display]/value' is empty", e.reason());
        assertTrue(e.file().endsWith("ror/ror-se-v2.json"), e.file());
    }

    @Test
    void aCsvWithAWrongColumnIsRejected(@TempDir Path tmp) throws IOException {
        InputRejectedException e = rejected(tmp, "scb/municipalities.csv", Files.readAllBytes(BAD.resolve("municipalities.csv")), true);
        assertEquals("line 1", e.where());
        assertEquals("missing column 'county_code' (header has [municipality_code, municipality_name, municipality_name_short, lan_code])",
                e.reason());
        assertTrue(e.file().endsWith("scb/municipalities.csv"), e.file());
    }

    @Test
    void brokenYamlFrontMatterIsRejected(@TempDir Path tmp) throws IOException {
        InputRejectedException e = rejected(tmp, "rdmkit/se_resources.md", Files.readAllBytes(BAD.resolve("se_resources.md")), true);
        assertEquals("line 7", e.where());
        assertTrue(e.reason().startsWith("broken YAML front matter: "), e.reason());
        assertTrue(e.file().endsWith("rdmkit/se_resources.md"), e.file());
    }

    @Test
    void aRawFileWhoseChecksumNoLongerMatchesItsProvenanceRecordIsRejected(@TempDir Path tmp) throws IOException {
        List<String> counties = Files.readAllLines(SHARED.resolve("scb/counties.csv"));
        byte[] shortened = (String.join("\n", counties.subList(0, counties.size() - 1)) + "\n").getBytes(StandardCharsets.UTF_8);
        InputRejectedException e = rejected(tmp, "scb/counties.csv", shortened, false);
        assertEquals("provenance record <https://w3id.org/lsgraph/id/source-file/scb-counties> in data/opendata/scb-counties.nt", e.where());
        assertTrue(e.reason().matches("SHA-256 [0-9a-f]{64} no longer matches the recorded [0-9a-f]{64}; check what changed in the source, "
                + "then import with --accept-changed-sources"), e.reason());
    }

    /** Runs the import on the shared open data with one file replaced; it must throw and leave data/opendata/ as it was. */
    private static InputRejectedException rejected(Path tmp, String replaced, byte[] content, boolean acceptChanged) throws IOException {
        Path from = tmp.resolve("opendata");
        try (Stream<Path> files = Files.walk(SHARED)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                Path target = from.resolve(SHARED.relativize(f).toString());
                Files.createDirectories(target.getParent());
                Files.createSymbolicLink(target, f.toAbsolutePath());
            }
        }
        Files.delete(from.resolve(replaced));
        Files.write(from.resolve(replaced), content);
        Map<String, byte[]> before = committedFiles();
        InputRejectedException e = assertThrows(InputRejectedException.class,
                () -> new OpenDataImport(from, PROJECT, acceptChanged).run());
        Map<String, byte[]> after = committedFiles();
        assertEquals(before.keySet(), after.keySet(), "no file added or removed");
        before.forEach((name, bytes) -> assertArrayEquals(bytes, after.get(name), "data/opendata/" + name + " unchanged"));
        return e;
    }

    private static Map<String, byte[]> committedFiles() throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> list = Files.list(COMMITTED)) {
            for (Path f : list.toList())
                files.put(f.getFileName().toString(), Files.readAllBytes(f));
        }
        return files;
    }
}
