package se.lsgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.lsgraph.support.Validators;

/** validate --catalog: names the mandatory fields a deployment has not set, and passes once they are. */
class CatalogCommandTest {
    @TempDir
    Path dir;

    @Test
    void withoutSettingsEveryMissingFieldIsNamedAndTheExitCodeIs1() {
        Result r = run("validate", "--catalog");
        assertEquals(1, r.code, r.err);
        assertEquals(List.of(
                "Missing: publisher.name (foaf:name of the publisher, mandatory in DCAT-AP-SE)",
                "Missing: publisher.type (dcterms:type of the publisher, mandatory in DCAT-AP-SE)",
                "Missing: contact.email (vcard:hasEmail of the contact point, mandatory in DCAT-AP-SE)",
                "Missing: publisher.organisation-number (dcterms:identifier of the publisher, recommended in DCAT-AP-SE and "
                        + "used by Sweden's data portal to recognise the organisation)"),
                r.out.lines().filter(l -> l.startsWith("Missing: ")).toList());
    }

    @Test
    void withSettingsAndThePublishedValidatorsOnlyRecommendedFindingsRemain() throws Exception {
        Path validators = Validators.required();
        Path settings = dir.resolve("catalog.properties");
        Files.writeString(settings, "publisher.name=Testorganisationen\npublisher.type=NonProfitOrganisation\n"
                + "publisher.organisation-number=202100-2973\ncontact.email=data@lsgraph.test.invalid\n");
        Result r = run("validate", "--catalog", "--catalog-settings", settings.toString(), "--validators", validators.toString());
        assertEquals(0, r.code, r.out + r.err);
        assertEquals("The catalogue record has every mandatory field.", r.out.lines().reduce((a, b) -> b).orElse(""));
        assertEquals(10, r.out.lines().filter(l -> l.startsWith("DCAT-AP-SE RECOMMENDED ")).count(), r.out);
        assertEquals(0, r.out.lines().filter(l -> l.contains(" Violation ")).count(), r.out);
    }

    private record Result(int code, String out, String err) {}

    private static Result run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(), err = new ByteArrayOutputStream();
        int code = Main.run(new PrintWriter(out, true, StandardCharsets.UTF_8), new PrintWriter(err, true, StandardCharsets.UTF_8), args);
        return new Result(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }
}
