package se.lsgraph.curated;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.extension.RegisterExtension;

import se.lsgraph.load.BundleInstaller;
import se.lsgraph.store.GraphStore;
import se.lsgraph.support.BundledStore;
import se.lsgraph.support.Sparql;
import se.lsgraph.support.TestStores;
import se.lsgraph.validate.ShapesValidator;

/**
 * The curated graph's quality checks: SHACL conformance, and every *-violation.rq query in
 * src/test/resources/checks/ returns no rows (each row is a defect it names).
 */
class QualityChecksTest {
    private static final Path CHECKS = Path.of("src/test/resources/checks");
    @RegisterExtension
    static final BundledStore STORE = new BundledStore();

    @Test
    void theBundledGraphConformsToTheShapes() {
        var bundle = TestStores.bundle();
        List<ShapesValidator.Violation> violations = STORE.get().read(dsg ->
                BundleInstaller.validationOf(bundle).validate(bundle.graphs(), dsg, List.of()));
        assertEquals(List.of(), violations);
    }

    @TestFactory
    Stream<DynamicTest> everyViolationQueryReturnsNothing() throws IOException {
        List<Path> checks;
        try (Stream<Path> files = Files.list(CHECKS)) {
            checks = files.filter(p -> p.toString().endsWith("-violation.rq")).sorted().toList();
        }
        assertTrue(checks.size() >= 8, "the checks are there");
        return checks.stream().map(p -> DynamicTest.dynamicTest(p.getFileName().toString(), () -> {
            List<String> rows = rows(Files.readString(p));
            assertEquals(List.of(), rows, p.getFileName() + " found defects");
        }));
    }

    /** Each check finds the defect written for it in checks-broken/broken.trig: the checks can fail. */
    @TestFactory
    Stream<DynamicTest> everyCheckFindsItsPlantedDefect() throws IOException {
        GraphStore broken = TestStores.bundled();
        var planted = org.apache.jena.riot.RDFParser.source("src/test/resources/checks-broken/broken.trig").toDatasetGraph();
        broken.write(dsg -> planted.find().forEachRemaining(dsg::add));
        List<Path> checks;
        try (Stream<Path> files = Files.list(CHECKS)) {
            checks = files.filter(p -> p.toString().endsWith("-violation.rq")).sorted().toList();
        }
        return checks.stream().map(p -> DynamicTest.dynamicTest(p.getFileName().toString(), () -> {
            String defect = p.getFileName().toString().replace("-violation.rq", "");
            String resource = switch (defect) {
                case "term-without-bilingual-label" -> "<https://w3id.org/lsgraph/ontology#TermWithoutBilingualLabel>";
                case "used-term-undefined" -> "<https://w3id.org/lsgraph/ontology#noSuchProperty>";
                default -> "<https://w3id.org/lsgraph/id/broken/" + defect + ">";
            };
            List<String> rows = Sparql.rows(broken, Files.readString(p));
            assertTrue(rows.stream().anyMatch(r -> r.contains(resource)), p.getFileName() + " should find " + resource + ", found " + rows);
        }));
    }

    private static List<String> rows(String sparql) {
        return Sparql.rows(STORE.get(), sparql);
    }
}
