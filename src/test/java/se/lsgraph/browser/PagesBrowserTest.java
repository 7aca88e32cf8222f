package se.lsgraph.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import se.lsgraph.support.Browser;
import se.lsgraph.support.TestServer;

/**
 * Every page kind and every view in a real headless Chromium with the bundled graph: exact content,
 * axe-core (zero serious or critical violations) and the 390 px phone layout; a screenshot of each
 * goes to target/screenshots.
 */
class PagesBrowserTest {
    @RegisterExtension
    static final TestServer.Extension WEB = TestServer.extension();
    @TempDir
    static Path profile;

    private static Browser sv;

    @BeforeAll
    static void openBrowser() {
        sv = Browser.open(WEB.port(), "sv-SE", profile);
    }

    @AfterAll
    static void closeBrowser() {
        if (sv != null)
            sv.close();
    }

    @Test
    void organisationPageShowsIdentifiersAndConsultationPointsByHeading() {
        sv.get("/id/org/karolinska-institutet");
        assertEquals("Karolinska Institutet", sv.driver.findElement(By.tagName("h1")).getText());
        WebElement ror = sv.driver.findElement(By.linkText("ROR 056d84691"));
        assertEquals("https://ror.org/056d84691", ror.getAttribute("href"));
        assertEquals("8 synpunkter i remissen, per rubrik", sv.driver.findElement(By.id("points")).getText());
        List<String> headings = sv.driver.findElements(By.cssSelector(".point-group h3")).stream().map(WebElement::getText).toList();
        assertEquals(List.of("Kompletteringar", "Hälsodata", "Förutsättningar för samtliga vårdgivare att medverka till visionen",
                "Utbildning och kompetens", "Ledning, styrning och uppföljning av strategiarbetet", "Miljö"), headings);
        assertEquals("Karolinska Institutet menade att tillgången till data idag inte kan anses god, och att det behövs ett "
                + "omfattande utvecklingsarbete inom alla led i kedjan (insamling, lagring, utlämning, analys osv).",
                sv.driver.findElement(By.cssSelector("#heading-ls-2020-halsodata li q")).getText());
        assertEquals(0, sv.driver.findElements(By.cssSelector("details.curation-notes[open]")).size(), "notes stay folded");
        sv.screenshot("page-organisation.png");
        sv.assertAccessibleAndFitsAPhone("organisation page");
    }

    @Test
    void offeringPageIsTheFinderCardInFull() {
        sv.get("/id/offering/centrum-for-halsodata");
        assertEquals("Centrum för hälsodata", sv.driver.findElement(By.tagName("h1")).getText());
        assertEquals("Region Stockholm", fact("drivs av"));
        assertEquals("finns", fact("status"));
        assertEquals("tillgång till hälsodata", fact("erbjuder"));
        sv.screenshot("page-offering.png");
        sv.assertAccessibleAndFitsAPhone("offering page");
    }

    @Test
    void strategyElementPageShowsItsCounterpartsWithReasoning() {
        sv.get("/id/element/ls2021-4.1");
        List<String> counterparts = sv.driver.findElements(By.cssSelector(".counterparts > li")).stream()
                .map(li -> li.getAttribute("data-relation") + " " + li.findElement(By.tagName("a")).getAttribute("href")).toList();
        String base = "http://127.0.0.1:" + WEB.port() + "/id/element/";
        assertEquals(List.of("correspondedBy " + base + "ls2026-A-2", "revisionOf " + base + "ls2020-1"), counterparts);
        sv.screenshot("page-strategy-element.png");
        sv.assertAccessibleAndFitsAPhone("strategy element page");
    }

    @Test
    void documentPageHasItsTableOfContents() {
        sv.get("/id/doc/ls-strategy-2021");
        assertEquals("Life science-strategi för Stockholmsregionen", sv.driver.findElement(By.tagName("h1")).getText());
        List<String> toc = sv.driver.findElements(By.cssSelector("ol.toc > li")).stream().map(WebElement::getText).toList();
        assertTrue(toc.contains("4.1 Världsledande tillgång till strukturerade hälsodata och vårdprocessdata"), toc.toString());
        sv.screenshot("page-document.png");
        sv.assertAccessibleAndFitsAPhone("document page");
    }

    @Test
    void consultationPageShowsBodiesAndPoints() {
        sv.get("/id/consultation/ls-2020");
        assertTrue(sv.driver.findElement(By.id("points")).getText().endsWith("synpunkter i remissen, per rubrik"));
        sv.screenshot("page-consultation.png");
        sv.assertAccessibleAndFitsAPhone("consultation page");
    }

    @Test
    void heatMapHasACellForSlsoUnderHealthDataWithItsCount() {
        sv.openView("/views/consultation");
        // The chart's own data: the cell at (heading Hälsodata, body SLSO) holds 3.
        Object count = sv.script("const o = window.lsgraphView.chart.getOption();"
                + "const x = o.xAxis[0].data.indexOf('Hälsodata'); const y = o.yAxis[0].data.indexOf('Stockholms läns sjukvårdsområde');"
                + "const cell = o.series[0].data.find(d => d[0] === x && d[1] === y); return cell ? cell[2] : null;");
        assertEquals(3L, count);
        sv.screenshot("view-consultation.png");
        sv.assertAccessibleAndFitsAPhone("consultation heat map");
    }

    @Test
    void strategyFlowLinks2021Area41ToIts2026Counterpart() {
        sv.openView("/views/strategy");
        Object targets = sv.script("const links = window.lsgraphView.chart.getOption().series[0].links;"
                + "return links.filter(l => l.source.endsWith('/ls2021-4.1')).map(l => l.target.slice(l.target.lastIndexOf('/') + 1) + ' ' + l.relation).sort();");
        assertEquals(List.of("ls2026-A-2 correspondsTo"), targets);
        Object from2020 = sv.script("return window.lsgraphView.chart.getOption().series[0].links"
                + ".filter(l => l.target.endsWith('/ls2021-4.1')).map(l => l.source.slice(l.source.lastIndexOf('/') + 1));");
        assertEquals(List.of("ls2020-1"), from2020);
        sv.screenshot("view-strategy.png");
        sv.assertAccessibleAndFitsAPhone("strategy flow");
    }

    @Test
    void networkFiltersByDocument() {
        sv.openView("/views/network");
        long all = (Long) sv.script("return window.lsgraphView.cy.edges(':visible').length;");
        // One edge per link and document that states it, with the open data and test beds merged.
        assertEquals(574L, all);
        sv.driver.findElement(By.cssSelector("#filter-document option[value='https://w3id.org/lsgraph/id/doc/ls-strategy-2021']")).click();
        long fromStrategy = (Long) sv.script("return window.lsgraphView.cy.edges(':visible').length;");
        long stated = (Long) sv.script("return window.lsgraphView.cy.edges().filter(e => e.data('document') === 'https://w3id.org/lsgraph/id/doc/ls-strategy-2021').length;");
        assertEquals(stated, fromStrategy);
        assertTrue(fromStrategy < all);
        sv.screenshot("view-network.png");
        sv.assertAccessibleAndFitsAPhone("network");
    }

    @Test
    void placesNestAreasInTheirRegion() {
        sv.openView("/views/places");
        WebElement region = sv.driver.findElement(By.xpath("//ul[@id='place-tree']/li[a='Stockholmsregionen']"));
        List<String> areas = region.findElements(By.xpath("./ul/li/a")).stream().map(WebElement::getText).toList();
        // The county lies within the region (place hierarchy from the SCB codes), and so does the inner
        // city (the 2021 strategy); the science-city areas nest in their municipalities or the county.
        assertEquals(List.of("Stockholms län", "Stockholms innerstad"), areas);
        sv.screenshot("view-places.png");
        sv.assertAccessibleAndFitsAPhone("places");
    }

    @Test
    void englishPlacesMarkLsgraphsNamesWithALegend() {
        try {
            sv.openView("/views/places?lang=en");
            WebElement region = sv.driver.findElement(By.xpath("//ul[@id='place-tree']/li[a='Stockholm region']"));
            List<String> within = region.findElements(By.xpath("./ul/li/a")).stream().map(WebElement::getText).toList();
            // The region's English name is the 2021 strategy's own; the county's and the areas' are lsgraph's.
            assertEquals(List.of("Stockholm County *", "Stockholm inner city *"), within);
            assertEquals("* English name given by lsgraph (a translation, or the name kept as it is), not an official name: no source gives one.",
                    sv.driver.findElement(By.cssSelector("main .by-lsgraph-note")).getText());
            sv.screenshot("view-places-en.png");
        } finally {
            sv.get("/views/places?lang=sv"); // the switch is remembered: back to Swedish
        }
    }

    @Test
    void viewListAndWorkbench() {
        sv.get("/views/");
        assertEquals(List.of("Remissen: instanser × rubriker", "Strategierna: från 2020 via 2021 till 2026",
                "Nätverket: aktörer, verksamheter och strategiområden", "Platserna: vad finns var",
                "Uppföljning: insatser, ansvariga och resultat"),
                sv.driver.findElements(By.cssSelector(".view-list h2")).stream().map(WebElement::getText).toList());
        sv.assertAccessibleAndFitsAPhone("view list");

        sv.get("/sparql.html");
        sv.waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#yasgui .CodeMirror")));
        assertTrue(sv.driver.getCurrentUrl().endsWith("/sparql"), sv.driver.getCurrentUrl());
        sv.waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#examples option[value='organisation-consultation-topics']")));
        sv.driver.findElement(By.cssSelector("#examples option[value='organisation-consultation-topics']")).click();
        WebElement param = sv.driver.findElement(By.id("param-organisation"));
        assertEquals("https://w3id.org/lsgraph/id/org/karolinska-institutet", param.getAttribute("value"));
        String query = (String) sv.script("return window.lsgraphWorkbench.getTab().getQuery();");
        assertTrue(query.contains("VALUES ?organisation { <https://w3id.org/lsgraph/id/org/karolinska-institutet> }"), query);
        sv.script("window.lsgraphWorkbench.getTab().query();");
        sv.waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#yasgui .yasr table.dataTable tbody tr")));
        sv.driver.findElement(By.cssSelector("#examples option[value='wikidata-inception-and-website']")).click();
        assertTrue(sv.driver.findElement(By.id("example-command-line")).isDisplayed());
        assertTrue(sv.driver.findElement(By.id("example-command")).getText()
                .endsWith("java -jar target/lsgraph.jar query wikidata-inception-and-website --param wikidataEndpoint=https://query.wikidata.org/sparql"));
        sv.screenshot("sparql-workbench.png");
        sv.assertAccessibleAndFitsAPhone("SPARQL workbench");
    }

    @Test
    void englishReadersSeeLsgraphsEnglishNamesMarked() {
        try {
            sv.get("/id/offering/centrum-for-halsodata?lang=en");
            assertEquals("Centre for Health Data", sv.driver.findElement(By.tagName("h1")).getText());
            assertEquals("This English name is lsgraph's own (a translation, or the name kept as it is), not an official name: no source gives one.",
                    sv.driver.findElement(By.cssSelector(".by-lsgraph-note")).getText());
            sv.screenshot("page-english-name.png");
            sv.assertAccessibleAndFitsAPhone("offering page in English");
        } finally {
            sv.get("/id/offering/centrum-for-halsodata?lang=sv"); // the switch is remembered: back to Swedish
        }
    }

    @Test
    void workbenchChartsPivotsSharesAndDownloads() {
        sv.get("/sparql");
        sv.waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#examples option[value='consultation-statements-per-heading']")));
        sv.driver.findElement(By.cssSelector("#examples option[value='consultation-statements-per-heading']")).click();
        sv.script("window.lsgraphWorkbench.getTab().query();");
        // The tab may still show the results of an earlier query: wait for this one's.
        sv.waiting().until(d -> Boolean.TRUE.equals(sv.script("const r = window.lsgraphWorkbench.getTab().getYasr().results;"
                + " return !!r && r.getVariables().includes('statementsNamingNoBody');")));
        sv.waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#yasgui .yasr table.dataTable tbody tr")));
        String table = (String) sv.script("return window.lsgraphWorkbench.getTab().getYasr().getSelectedPlugin().download().getData();");
        assertEquals("\"document\",\"position\",\"heading\",\"statements\",\"credits\",\"namedBodies\",\"statementsNamingNoBody\"",
                table.lines().findFirst().orElseThrow());
        assertEquals(17, table.lines().count());

        // The 16 headings of the two documents as 16 bars of ?statements, drawn as SVG.
        sv.script("window.lsgraphWorkbench.getTab().getYasr().selectPlugin('chart');");
        sv.waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#yasgui .lsgraph-chart svg")));
        WebElement chart = sv.driver.findElement(By.cssSelector("#yasgui .lsgraph-chart"));
        assertEquals("Diagram (staplar) över ?statements per ?heading: 16 värden", chart.getAttribute("aria-label"));
        String svg = (String) sv.script("return window.lsgraphWorkbench.getTab().getYasr().getSelectedPlugin().download().getData();");
        assertTrue(svg.startsWith("<svg"), svg);
        assertTrue(svg.contains(">Hälsodata<"), svg);
        sv.script("document.querySelector('#yasgui .yasr').scrollIntoView();");
        sv.screenshot("sparql-chart.png");

        // Pivot: headings × documents, the sum of ?statements in each cell: 15 from Huddinge's response, 74 from the summary.
        sv.script("window.lsgraphWorkbench.getTab().getYasr().selectPlugin('pivot');");
        WebElement pivot = sv.waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#yasgui table.lsgraph-pivot")));
        assertEquals(16, pivot.findElements(By.cssSelector("tbody tr")).size());
        assertEquals(List.of("Summa", "15", "74", "89"), pivot.findElements(By.cssSelector("tfoot th, tfoot td")).stream().map(WebElement::getText).toList());
        String pivotCsv = (String) sv.script("return window.lsgraphWorkbench.getTab().getYasr().getSelectedPlugin().download().getData();");
        assertEquals("Hälsodata,0,13,13", pivotCsv.lines().filter(l -> l.startsWith("Hälsodata")).findFirst().orElseThrow());
        assertEquals("Summa,15,74,89", pivotCsv.lines().reduce((a, b) -> b).orElseThrow());
        sv.script("document.querySelector('#yasgui .yasr').scrollIntoView();");
        sv.screenshot("sparql-pivot.png");
        sv.assertAccessibleAndFitsAPhone("SPARQL workbench pivot");

        // The share link reproduces the query and the endpoint, even after the editor moved on.
        String query = (String) sv.script("return window.lsgraphWorkbench.getTab().getQuery();");
        String link = (String) sv.script("return window.lsgraphWorkbench.getTab().getShareableLink();");
        sv.script("window.lsgraphWorkbench.getTab().setQuery('SELECT * WHERE { ?s ?p ?o } LIMIT 1');");
        sv.get("/views/");
        sv.driver.get(link);
        sv.waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#yasgui .CodeMirror")));
        assertEquals(query, sv.script("return window.lsgraphWorkbench.getTab().getQuery();"), link);
        assertEquals("http://127.0.0.1:" + WEB.port() + "/lsgraph/sparql", sv.script("return window.lsgraphWorkbench.getTab().getEndpoint();"));
    }

    private static String fact(String property) {
        return sv.driver.findElement(By.xpath("//dl[@class='facts']/dt[normalize-space(.)='" + property + "']/following-sibling::dd[1]/a")).getText();
    }
}
