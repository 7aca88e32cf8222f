package se.lsgraph.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.StringReader;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import se.lsgraph.support.TestServer;
import se.lsgraph.support.Validators;

/**
 * The record at /catalog checked with the standards' own published material (../shared/validators):
 * DCAT-AP-SE 3.0.1 templates for the default profile, SEMIC's DCAT-AP 3.0.0 shapes (combined file and
 * modular set) for ?profile=dcat-ap. Test settings use a reserved .invalid domain.
 */
class PublishedValidatorsTest {
    static final CatalogSettings SETTINGS = new CatalogSettings("Testorganisationen", "NonProfitOrganisation",
            "202100-2973", "data@lsgraph.test.invalid");

    @RegisterExtension
    static final TestServer.Extension WEB = TestServer.extension(b -> b.publicUrl("https://lsgraph.test.invalid")
            .catalogSettings(SETTINGS));

    private static Graph fetch(String path) {
        HttpResponse<String> r = WEB.http().get(path, "application/rdf+xml");
        assertEquals(200, r.statusCode(), r.body());
        return RDFParser.create().source(new StringReader(r.body())).lang(Lang.RDFXML).toGraph();
    }

    @Test
    void swedishProfileHasNoMandatoryGapAndOnlyRecommendedFieldsThatDoNotApply() {
        PublishedValidators published = new PublishedValidators(Validators.required());
        List<ProfileCheck.Finding> findings = published.dcatApSe(fetch("/catalog"));
        assertEquals(List.of(), findings.stream().filter(f -> f.level() != ProfileCheck.Level.RECOMMENDED).toList());
        // What is left is recommended and not known to lsgraph: the deployment's telephone, postal
        // address, description and fee classification, and the geometry of the places.
        Set<String> recommended = findings.stream().map(f -> f.resource() + " " + f.property()).collect(Collectors.toCollection(TreeSet::new));
        assertEquals(new TreeSet<>(Set.of(
                "http://publications.europa.eu/resource/authority/country/SWE http://www.w3.org/ns/dcat#bbox",
                "http://publications.europa.eu/resource/authority/country/SWE http://www.w3.org/ns/dcat#centroid",
                "https://sws.geonames.org/2666218/ http://www.w3.org/ns/dcat#bbox",
                "https://sws.geonames.org/2666218/ http://www.w3.org/ns/dcat#centroid",
                "https://sws.geonames.org/2673722/ http://www.w3.org/ns/dcat#bbox",
                "https://sws.geonames.org/2673722/ http://www.w3.org/ns/dcat#centroid",
                "https://w3id.org/lsgraph/id/agent/publisher https://www.w3.org/ns/org#classification",
                "https://w3id.org/lsgraph/id/agent/publisher http://purl.org/dc/terms/description",
                "https://w3id.org/lsgraph/id/agent/publisher/contact http://www.w3.org/2006/vcard/ns#hasAddress",
                "https://w3id.org/lsgraph/id/agent/publisher/contact http://www.w3.org/2006/vcard/ns#hasTelephone")), recommended);
    }

    @Test
    void europeanProfilePassesBothShapeSetsWithoutViolations() {
        PublishedValidators published = new PublishedValidators(Validators.required());
        Graph record = fetch("/catalog?profile=dcat-ap");
        assertEquals(List.of(), violations(published.semicCombined(record)));
        List<PublishedValidators.ShapeResult> modular = published.semicModular(record);
        assertEquals(List.of(), violations(modular));
        // Warnings left: licences without an ADMS licence type, a publisher outside the EU corporate
        // bodies list (catalogue and dataset), places without geometry.
        assertEquals(12, modular.size(), modular.toString());
    }

    @Test
    void eachProfileFailsTheOtherOnlyOnTheFormatItCannotShare() {
        PublishedValidators published = new PublishedValidators(Validators.required());
        Set<String> paths = published.semicCombined(fetch("/catalog")).stream().map(PublishedValidators.ShapeResult::path)
                .collect(Collectors.toSet());
        assertEquals(Set.of("<http://purl.org/dc/terms/format>"), paths);
        Set<String> fields = published.dcatApSe(fetch("/catalog?profile=dcat-ap")).stream()
                .filter(f -> f.level() != ProfileCheck.Level.RECOMMENDED).map(ProfileCheck.Finding::property).collect(Collectors.toSet());
        assertEquals(Set.of("http://purl.org/dc/terms/format"), fields);
    }

    private static List<PublishedValidators.ShapeResult> violations(List<PublishedValidators.ShapeResult> results) {
        return results.stream().filter(r -> r.severity().equals("Violation")).toList();
    }
}
