package se.lsgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command-line contract: exit codes and messages of load, validate and export. */
class CommandLineTest {
    @TempDir
    Path dir;

    @Test
    void validateNamesTheShapeAndTheResourceAndExitsNonZero() {
        Result r = run("validate", "src/test/resources/bad/bad-status.ttl");
        assertEquals(1, r.code);
        assertTrue(r.err.contains("shape https://w3id.org/lsgraph/shapes#OfferingShape-status"), r.err);
        assertTrue(r.err.contains("https://w3id.org/lsgraph/id/offering/x"), r.err);
    }

    @Test
    void validateAcceptsTheBundledGraph() {
        Result r = run("validate");
        assertEquals(0, r.code, r.err);
        assertEquals("Valid: no SHACL violations.\n", r.out);
    }

    @Test
    void loadThenExportRoundTripsAndABadLoadLeavesTheDatabaseAsItWas() throws IOException {
        Path db = dir.resolve("db");
        Path counties = dir.resolve("counties.ttl");
        Files.writeString(counties, """
                @prefix lsg: <https://w3id.org/lsgraph/ontology#> .
                @prefix skos: <http://www.w3.org/2004/02/skos/core#> .
                @prefix dcterms: <http://purl.org/dc/terms/> .
                <https://w3id.org/lsgraph/id/place/lan-01> a lsg:RegionArea ; skos:prefLabel "Stockholms län"@sv ;
                    dcterms:source <https://w3id.org/lsgraph/id/test-source/municipalities> .
                <https://w3id.org/lsgraph/id/place/lan-03> a lsg:RegionArea ; skos:prefLabel "Uppsala län"@sv ;
                    dcterms:source <https://w3id.org/lsgraph/id/test-source/municipalities> .
                """);
        Result first = run("load", "--db", db.toString(), counties.toString());
        assertEquals(0, first.code, first.err);
        Result csv = run("load", "--db", db.toString(), "--mapping", "src/test/resources/load/municipalities.mapping.json",
                "src/test/resources/load/municipalities.csv");
        assertEquals(0, csv.code, csv.err);
        assertTrue(csv.out.contains("Loaded 15 triples into <https://w3id.org/lsgraph/graph/test-municipalities>"), csv.out);

        Result before = run("export", "--db", db.toString(), "--format", "nquads");
        Result bad = run("load", "--db", db.toString(), "--mapping", "src/test/resources/load/municipalities.mapping.json",
                "src/test/resources/bad/duplicate-id.csv");
        assertEquals(1, bad.code);
        assertTrue(bad.err.startsWith("lsgraph: rejected, nothing was changed: src/test/resources/bad/duplicate-id.csv: line 3: duplicate identifier"), bad.err);
        Result after = run("export", "--db", db.toString(), "--format", "nquads");
        assertEquals(sorted(before.out), sorted(after.out));
        assertTrue(after.out.contains("<https://w3id.org/lsgraph/id/place/kommun-0126> <http://www.w3.org/2004/02/skos/core#prefLabel> \"Huddinge\"@sv <https://w3id.org/lsgraph/graph/test-municipalities> ."), after.out);
        assertTrue(after.out.contains("<https://w3id.org/lsgraph/id/load/test-municipalities> <http://purl.org/dc/terms/license> <https://creativecommons.org/publicdomain/zero/1.0/> <https://w3id.org/lsgraph/graph/provenance> ."));
    }

    @Test
    void updatesNeedAPasswordFromTheEnvironmentOrAFileAndNeverADefault() {
        Result none = run("serve", "--memory", "--allow-update", "--user", "editor");
        assertEquals(2, none.code);
        assertEquals("lsgraph: --allow-update needs exactly one of --password-env or --password-file\n", none.err);
        Result unset = run("serve", "--memory", "--allow-update", "--user", "editor", "--password-env", "LSGRAPH_TEST_UNSET_VARIABLE");
        assertEquals(2, unset.code);
        assertEquals("lsgraph: Environment variable LSGRAPH_TEST_UNSET_VARIABLE holds no password\n", unset.err);
    }

    @Test
    void wrongUsageGetsAClearMessage() {
        Result r = run("load", "--db", dir.toString(), "--graph", "not an iri", "x.ttl");
        assertEquals(2, r.code);
        assertEquals("lsgraph: --graph is not an absolute IRI: not an iri\n", r.err);
        Result missing = run("load", "--db", dir.toString(), "no-such-file.ttl");
        assertEquals(1, missing.code);
        assertTrue(missing.err.contains("no-such-file.ttl: cannot read file"), missing.err);
    }

    @Test
    void aNegativeBulkThresholdIsRefusedBeforeTheStoreIsOpened() {
        Path db = dir.resolve("never-created");
        Result r = run("load", "--db", db.toString(), "--bulk-from-mib", "-1", "x.ttl");
        assertEquals(2, r.code);
        assertEquals("lsgraph: --bulk-from-mib must be between 0 (always staged) and 8796093022207 MiB, not -1\n", r.err);
        assertFalse(Files.exists(db), "a refused option must not create the database");
        Result huge = run("load", "--db", db.toString(), "--bulk-from-mib", "8796093022208", "x.ttl");
        assertEquals(2, huge.code);
        assertFalse(Files.exists(db));
    }

    @Test
    void queryRunsANamedQueryWithABoundParameter() throws IOException {
        Path db = dir.resolve("qdb");
        Result r = run("query", "--db", db.toString(), "--sources", ".", "organisation-search", "--param", "name=SLSO", "--format", "csv");
        assertEquals(0, r.code, r.err);
        assertEquals("label,matchedName,exactMatch,organisation,name\n"
                + "Stockholms läns sjukvårdsområde,SLSO,true,https://w3id.org/lsgraph/id/org/stockholms-lans-sjukvardsomrade,SLSO\n", r.out);
        Result missing = run("query", "--db", db.toString(), "organisation-profile");
        assertEquals(2, missing.code);
        assertTrue(missing.err.startsWith("lsgraph: missing parameter 'organisation'"), missing.err);
        Result list = run("query", "--list");
        long catalogued;
        try (var files = Files.list(Path.of("queries"))) {
            catalogued = files.filter(f -> f.toString().endsWith(".rq")).count();
        }
        assertEquals(catalogued, list.out.lines().count(), "one line per catalogue query");
    }

    @Test
    void findAndLinkAndExportWork() throws IOException {
        Path db = dir.resolve("fdb");
        Result built = run("query", "--db", db.toString(), "--sources", ".", "organisation-search", "--param", "name=KTH");
        assertEquals(0, built.code, built.err);
        Result find = run("find", "--db", db.toString(), "biobank");
        assertEquals(0, find.code, find.err);
        List<String> lines = find.out.lines().toList();
        assertEquals(List.of("Uppsala Biobank", "  https://w3id.org/lsgraph/id/offering/uppsala-biobank", "  run by   –",
                "  place    Uppsala", "  offers   biobanksprover", "  status   finns", "  way in   unknown",
                "PKU-biobanken", "  https://w3id.org/lsgraph/id/offering/pku-biobanken"), lines.subList(0, 9));
        assertTrue(lines.contains("(10 results)"), find.out);
        assertEquals(List.of("What the region said:",
                "  KTH, Läkemedelsindustriföreningen: biobankernas betydelse", "    https://w3id.org/lsgraph/id/statement/ls-2020-034"),
                lines.subList(lines.indexOf("What the region said:"), lines.indexOf("What the region said:") + 3));

        Result load = run("load", "--db", db.toString(), "--graph", "https://w3id.org/lsgraph/graph/test-registry",
                "src/test/resources/link/registry.ttl");
        assertEquals(0, load.code, load.err);
        Result link = run("link", "--db", db.toString(), "--graph", "test-registry");
        assertEquals(0, link.code, link.err);
        assertTrue(link.out.endsWith("6 records: 4 matched, 1 ambiguous, 1 missed\n"), link.out);

        Path out = dir.resolve("dumps");
        Result export = run("export", "--db", db.toString(), "--output-dir", out.toString(), "--gzip");
        assertEquals(0, export.code, export.err);
        for (String f : List.of("lsgraph.nq.gz", "lsgraph.trig.gz", "lsgraph.ttl.gz", "lsgraph.jsonld.gz", "catalog.rdf", "catalog-dcat-ap.rdf", "void.ttl"))
            assertTrue(Files.size(out.resolve(f)) > 0, f);
        var quads = org.apache.jena.riot.RDFParser.source(out.resolve("lsgraph.nq.gz").toString()).toDatasetGraph();
        assertEquals(11, quads.getGraph(org.apache.jena.graph.NodeFactory.createURI("https://w3id.org/lsgraph/graph/test-registry")).size(),
                "the registry graph is in the dump");
    }

    private static String sorted(String lines) {
        return lines.lines().sorted().reduce("", (a, b) -> a + b + "\n");
    }

    private record Result(int code, String out, String err) {}

    private static Result run(String... args) {
        PrintStream oldOut = System.out, oldErr = System.err;
        ByteArrayOutputStream out = new ByteArrayOutputStream(), err = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
            int code = Main.run(new java.io.PrintWriter(out, true, StandardCharsets.UTF_8),
                    new java.io.PrintWriter(err, true, StandardCharsets.UTF_8), args);
            return new Result(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(oldOut);
            System.setErr(oldErr);
        }
    }
}
