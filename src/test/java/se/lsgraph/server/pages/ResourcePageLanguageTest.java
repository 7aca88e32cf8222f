package se.lsgraph.server.pages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import se.lsgraph.support.TestServer;

/** Resource pages in the reader's language: interface texts and labels, with the other language as the fallback. */
class ResourcePageLanguageTest {
    @RegisterExtension
    static final TestServer.Extension WEB = TestServer.extension();

    @Test
    void englishReaderGetsEnglishTextsAndLabels() {
        HttpResponse<String> r = WEB.http().getWith("/id/org/karolinska-institutet", "Accept", "text/html", "Accept-Language", "en-GB,en;q=0.9");
        String html = r.body();
        assertEquals("en", r.headers().firstValue("Content-Language").orElse(""));
        assertTrue(html.contains("<h2 id=\"identifiers\">Identifiers</h2>"), html);
        assertTrue(html.contains("<h3><a href=\"/id/heading/ls-2020-halsodata\" lang=\"en\">Health data</a></h3>"), html);
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
}
