package se.lsgraph.server.pages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.jena.query.ParameterizedSparqlString;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import se.lsgraph.support.Sparql;
import se.lsgraph.support.TestServer;

/**
 * Resource pages in the reader's language: interface texts and labels, with the other language as the fallback.
 * Every resource that has a page of its kind has an English name: an official one where a source gives it
 * (data/labels/, with the source), otherwise lsgraph's own (data/curation/english-names.ttl, in the curation
 * graph), which the pages mark as such for English readers.
 */
class ResourcePageLanguageTest {
    private static final Path ENGLISH_NAME_QUERIES = Path.of("src/test/resources/pages/english-names");
    private static final String LABELS = "<https://w3id.org/lsgraph/graph/labels>";
    private static final String CURATION = "<https://w3id.org/lsgraph/graph/curation>";
    private static final Pattern MARKED = Pattern.compile("lang=\"([a-z]+)\">([^<]*)</(?:a|span)><small class=\"by-lsgraph\"");

    @RegisterExtension
    static final TestServer.Extension WEB = TestServer.extension();

    @Test
    void englishReaderGetsEnglishTextsAndLabels() {
        HttpResponse<String> r = WEB.http().getWith("/id/org/karolinska-institutet", "Accept", "text/html", "Accept-Language", "en-GB,en;q=0.9");
        String html = r.body();
        assertEquals("en", r.headers().firstValue("Content-Language").orElse(""));
        assertTrue(html.contains("<h2 id=\"identifiers\">Identifiers</h2>"), html);
        // The summary is Swedish only: its heading's English name is lsgraph's translation, marked.
        assertTrue(html.contains("<h3><a href=\"/id/heading/ls-2020-halsodata\" lang=\"en\">Health data</a><small class=\"by-lsgraph\""), html);
        // The summary's texts exist in Swedish only: shown in Swedish and marked so.
        assertTrue(html.contains("<q lang=\"sv\">Karolinska Institutet menade att tillgången till data idag inte kan anses god"), html);
        assertTrue(html.contains("<a class=\"lang-switch\" href=\"/id/org/karolinska-institutet?lang=sv\" lang=\"sv\" hreflang=\"sv\">Svenska</a>"), html);
    }

    @Test
    void swedishReaderGetsSwedishTexts() {
        String html = WEB.http().getWith("/id/org/karolinska-institutet", "Accept", "text/html", "Accept-Language", "sv").body();
        assertTrue(html.contains("<h2 id=\"identifiers\">Identifierare</h2>"), html);
        assertTrue(html.contains("<h3><a href=\"/id/heading/ls-2020-halsodata\" lang=\"sv\">Hälsodata</a></h3>"), html);
        assertTrue(html.contains("<li><a href=\"https://ror.org/056d84691\">ROR 056d84691</a></li>"), html);
    }

    @Test
    void jsonLdDescribesTheOrganisationForSchemaOrg() {
        String html = WEB.http().getWith("/id/org/karolinska-institutet", "Accept", "text/html", "Accept-Language", "sv").body();
        assertTrue(html.contains("<script type=\"application/ld+json\">{\"@context\":\"https://schema.org\",\"@type\":\"Organization\","
                + "\"@id\":\"https://w3id.org/lsgraph/id/org/karolinska-institutet\",\"name\":\"Karolinska Institutet\","
                + "\"alternateName\":[\"KI\",\"Karolinska institutet\"],\"sameAs\":[\"http://dataportal.se/organisation/SE2021002973\","
                + "\"http://www.wikidata.org/entity/Q219564\",\"https://ror.org/056d84691\"]}</script>"), html);
    }

    @Test
    void jsonLdCannotCloseItsScriptElement() {
        assertEquals("{\"name\":\"\\u003c/script\\u003e\\u003cscript\\u003ealert(1)\\u003c/script\\u003e \\u0026\"}",
                SchemaOrgJsonLd.scriptSafe("{\"name\":\"</script><script>alert(1)</script> &\"}"));
    }

    @Test
    void everyResourceWithAPageOfItsKindHasAnEnglishName() {
        assertEquals(List.of(), Sparql.rows(WEB.store(), query("without-english-name")));
    }

    @Test
    void elevenOrganisationsOrOfferingsHaveOfficialEnglishNamesInLabelsAndEightyHaveOurs() {
        assertEquals(List.of(CURATION + "\t80", LABELS + "\t11"), Sparql.rows(WEB.store(), query("english-name-origin")));
    }

    @Test
    void theSwedishResearchCouncilsEnglishNameComesFromItsRorRecord() {
        assertEquals(List.of("\"Swedish Research Council\"@en\t" + LABELS + "\t<https://ror.org/03zttf063>"),
                englishName("org/vetenskapsradet"));
    }

    @Test
    void theCentreForHealthDataIsLsgraphsTranslation() {
        assertEquals(List.of("\"Centre for Health Data\"@en\t" + CURATION
                + "\t<https://w3id.org/lsgraph/id/doc/ls-strategy-2021/s/4.1>"), englishName("offering/centrum-for-halsodata"));
    }

    @Test
    void anOfficialEnglishNameIsShownUnmarked() {
        String html = page("/id/org/vetenskapsradet", "en");
        assertTrue(html.contains("<h1 lang=\"en\">Swedish Research Council</h1>\n  \n  <p class=\"iri\">"), html);
        assertFalse(html.contains("class=\"by-lsgraph-note\""), html);
        // What the page shows besides may carry lsgraph's names, marked there: the organisation number's.
        assertTrue(html.contains("<span lang=\"en\">Organisation number 202100-5208 (Swedish Research Council)</span><small class=\"by-lsgraph\""), html);
    }

    @Test
    void lsgraphsEnglishNameIsMarkedWhereverItIsShown() {
        String html = page("/id/offering/centrum-for-halsodata", "en");
        assertTrue(html.contains("<h1 lang=\"en\">Centre for Health Data</h1>\n  <p class=\"by-lsgraph-note\">This English name is"
                + " lsgraph&#39;s own (a translation, or the name kept as it is), not an official name: no source gives one.</p>"), html);
        assertTrue(html.contains("<span lang=\"en\">Centre for Health Data</span><small class=\"by-lsgraph\" title=\"Not an official"
                + " name: English name given by lsgraph\"> (our English name)</small>"), html);
        // A linked organisation's name carries the same mark: the board a committee belongs to, on the committee's page.
        String committee = page("/id/org/region-stockholm-innovations-och-utvecklingsutskottet", "en");
        assertTrue(committee.contains("<a href=\"/id/org/region-stockholm-regionstyrelsen\" lang=\"en\">Regional Executive Board</a>"
                + "<small class=\"by-lsgraph\""), committee);
    }

    /**
     * The documents are Swedish only, so an English label in a document's graph is lsgraph's translation
     * too: marked like the curation graph's (the rule: se.lsgraph.vocab.OfficialEnglishNames).
     */
    @Test
    void englishNamesInTheDocumentGraphsAreMarkedAsLsgraphs() {
        // The 2021 strategy's area 4.1, which the Centre for Health Data serves, on the centre's page.
        String centre = page("/id/offering/centrum-for-halsodata", "en");
        assertTrue(centre.contains("<a href=\"/id/element/ls2021-4.1\" lang=\"en\">World-leading access to structured health data and care process data</a>"
                + "<small class=\"by-lsgraph\" title=\"Not an official name: English name given by lsgraph\"> (our English name)</small>"), centre);
        // A goal of the 2021 strategy: its own page's title.
        String goal = page("/id/goal/ls2021-top-five-2025", "en");
        assertTrue(goal.contains("<h1 lang=\"en\">One of the world&#39;s five leading regions for life science in 2025</h1>\n"
                + "  <p class=\"by-lsgraph-note\">"), goal);
        // In Swedish the same pages show the documents' own Swedish, unmarked.
        // In Swedish the same pages show the documents' own Swedish, unmarked; the one mark left is on
        // the English name in the centre's list of names, which is English output.
        assertEquals(List.of("en Centre for Health Data"), markedNames(page("/id/offering/centrum-for-halsodata", "sv")));
        assertEquals(List.of("en One of the world's five leading regions for life science in 2025"),
                markedNames(page("/id/goal/ls2021-top-five-2025", "sv")));
        assertEquals(List.of(), markedNames(page("/id/element/ls2021-4.1", "sv")).stream().filter(n -> !n.startsWith("en ")).toList());
        // The 2021 area's counterparts in 2020 and 2026 are the documents' too: marked on its English page.
        String area = page("/id/element/ls2021-4.1", "en");
        assertTrue(area.contains("<a href=\"/id/element/ls2026-A-2\" lang=\"en\">Data and infrastructure</a><small class=\"by-lsgraph\""), area);
    }

    /** The texts a page marks as lsgraph's English names, each after its language tag. */
    private static List<String> markedNames(String html) {
        List<String> out = new ArrayList<>();
        Matcher m = MARKED.matcher(html);
        while (m.find())
            out.add(m.group(1) + " " + m.group(2).replace("&#39;", "'"));
        return out;
    }

    @Test
    void anEnglishNameFromRorIsNotMarkedOnAnyPageShowingIt() {
        String hospital = page("/id/org/karolinska-universitetssjukhuset", "en");
        assertTrue(hospital.contains("<h1 lang=\"en\">Karolinska University Hospital</h1>\n  \n  <p class=\"iri\">"), hospital);
        assertFalse(hospital.contains("<p class=\"by-lsgraph-note\">"), hospital);
        // The hospital's innovation centre is run by it: the link to the hospital carries no mark.
        String centre = page("/id/offering/karolinska-center-for-innovation", "en");
        assertTrue(centre.contains("<a href=\"/id/org/karolinska-universitetssjukhuset\" lang=\"en\">Karolinska University Hospital</a><sup class=\"cites\">"), centre);
    }

    /**
     * place:stockholm, the curated place of Stockholm, has no name of its own: it is named by its SCB
     * twin place:kommun-0180 (each lies within the other), on its own page and wherever it is linked.
     */
    @Test
    void aPlaceWithoutANameIsNamedByItsScbTwin() {
        assertTrue(page("/id/place/stockholm", "sv").contains("<h1 lang=\"sv\">Stockholms kommun</h1>"));
        String en = page("/id/place/stockholm", "en");
        assertTrue(en.contains("<h1 lang=\"en\">Stockholm Municipality</h1>\n  <p class=\"by-lsgraph-note\">"), en);
        String atlas = page("/id/offering/human-protein-atlas", "sv");
        assertTrue(atlas.contains("<a href=\"/id/place/stockholm\" lang=\"sv\">Stockholms kommun</a>"), atlas);
        String atlasEn = page("/id/offering/human-protein-atlas", "en");
        assertTrue(atlasEn.contains("<a href=\"/id/place/stockholm\" lang=\"en\">Stockholm Municipality</a><small class=\"by-lsgraph\""), atlasEn);
        // The SCB place's own page lists its twin among what lies within it, by the same name.
        String municipality = page("/id/place/kommun-0180", "sv");
        assertTrue(municipality.contains("<a href=\"/id/place/stockholm\" lang=\"sv\">Stockholms kommun</a>"), municipality);
    }

    @Test
    void swedishReadersSeeTheSwedishNameWithoutTheMark() {
        String html = page("/id/offering/centrum-for-halsodata", "sv");
        assertTrue(html.contains("<h1 lang=\"sv\">Centrum för hälsodata</h1>"), html);
        assertFalse(html.contains("class=\"by-lsgraph-note\""), html);
    }

    private List<String> englishName(String resource) {
        ParameterizedSparqlString q = new ParameterizedSparqlString(query("english-name"));
        q.setIri("resource", "https://w3id.org/lsgraph/id/" + resource);
        return Sparql.rows(WEB.store(), q.toString());
    }

    private static String page(String path, String lang) {
        return WEB.http().getWith(path, "Accept", "text/html", "Accept-Language", lang).body();
    }

    private static String query(String name) {
        try {
            return Files.readString(ENGLISH_NAME_QUERIES.resolve(name + ".rq"), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
