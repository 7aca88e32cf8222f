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
        // The county lies within both strategies' regions, which no source relates: it nests under one,
        // the Stockholm–Uppsala region, beside Uppsala County; the inner city (the 2021 strategy) stays
        // in Stockholmsregionen. The science-city areas nest in their municipalities or the county.
        assertEquals(List.of("Stockholms innerstad"), childrenOf("Stockholmsregionen"));
        assertEquals(List.of("Stockholms län", "Uppsala län"), childrenOf("Stockholm-Uppsalaregionen"));
        assertEquals(1, sv.driver.findElements(By.xpath("//ul[@id='place-tree']//li[a='Stockholms län']")).size(), "the county once");
        assertEquals(STOCKHOLM_COUNTY_SV, countsWithin("Stockholms län"));
        // Stockholm's curated place and its SCB twin are one entry, Kista within it, not the one in the other.
        assertEquals(List.of("Kista – 0 organisationer, 0 verksamheter"), countsWithin("Stockholms kommun"));
        assertEquals(List.of("Flemingsberg – 1 organisationer, 7 verksamheter"), countsWithin("Huddinge kommun"));
        sv.screenshot("view-places.png");
        sv.assertAccessibleAndFitsAPhone("places");
    }

    @Test
    void englishPlacesMarkLsgraphsNamesWithALegend() {
        try {
            sv.openView("/views/places?lang=en");
            // Every English place name is lsgraph's: SCB's by rule ("Stockholm County"), the documents' translated.
            assertEquals(List.of("Stockholm inner city *"), childrenOf("Stockholm region *"));
            assertEquals(List.of("Stockholm County *", "Uppsala County *"), childrenOf("Stockholm–Uppsala region *"));
            assertEquals(1, sv.driver.findElements(By.xpath("//ul[@id='place-tree']//li[a='Stockholm County *']")).size(), "the county once");
            assertEquals(STOCKHOLM_COUNTY_EN, countsWithin("Stockholm County *"));
            assertEquals(List.of("Kista * – 0 organisations, 0 offerings"), countsWithin("Stockholm Municipality *"));
            assertEquals("* English name given by lsgraph (a translation, or the name kept as it is), not an official name: no source gives one.",
                    sv.driver.findElement(By.cssSelector("main .by-lsgraph-note")).getText());
            sv.screenshot("view-places-en.png");
            sv.assertAccessibleAndFitsAPhone("places in English");
        } finally {
            sv.get("/views/places?lang=sv"); // the switch is remembered: back to Swedish
        }
    }

    /** Stockholm County's 27 entries with their own counts, sorted (the view orders them by what is there). */
    private static final List<String> STOCKHOLM_COUNTY_SV = List.of(
            "Botkyrka kommun – 0 organisationer, 0 verksamheter", "Danderyds kommun – 1 organisationer, 0 verksamheter",
            "Ekerö kommun – 0 organisationer, 0 verksamheter", "Hagastaden – 0 organisationer, 3 verksamheter",
            "Haninge kommun – 0 organisationer, 0 verksamheter", "Huddinge kommun – 3 organisationer, 10 verksamheter",
            "Järfälla kommun – 0 organisationer, 0 verksamheter", "Lidingö kommun – 1 organisationer, 0 verksamheter",
            "Nacka kommun – 0 organisationer, 0 verksamheter", "Norrtälje kommun – 1 organisationer, 0 verksamheter",
            "Nykvarns kommun – 0 organisationer, 0 verksamheter", "Nynäshamns kommun – 0 organisationer, 0 verksamheter",
            "Salems kommun – 0 organisationer, 0 verksamheter", "Sigtuna kommun – 0 organisationer, 0 verksamheter",
            "Sollentuna kommun – 1 organisationer, 0 verksamheter", "Solna kommun – 12 organisationer, 18 verksamheter",
            "Stockholms kommun – 203 organisationer, 13 verksamheter", "Sundbybergs kommun – 2 organisationer, 0 verksamheter",
            "Södertälje kommun – 2 organisationer, 0 verksamheter", "Tyresö kommun – 0 organisationer, 0 verksamheter",
            "Täby kommun – 0 organisationer, 0 verksamheter", "Upplands-Bro kommun – 0 organisationer, 0 verksamheter",
            "Upplands Väsby kommun – 0 organisationer, 0 verksamheter", "Vallentuna kommun – 0 organisationer, 0 verksamheter",
            "Vaxholms kommun – 0 organisationer, 0 verksamheter", "Värmdö kommun – 0 organisationer, 0 verksamheter",
            "Österåkers kommun – 0 organisationer, 0 verksamheter");
    private static final List<String> STOCKHOLM_COUNTY_EN = List.of(
            "Botkyrka Municipality * – 0 organisations, 0 offerings", "Danderyd Municipality * – 1 organisations, 0 offerings",
            "Ekerö Municipality * – 0 organisations, 0 offerings", "Hagastaden * – 0 organisations, 3 offerings",
            "Haninge Municipality * – 0 organisations, 0 offerings", "Huddinge Municipality * – 3 organisations, 10 offerings",
            "Järfälla Municipality * – 0 organisations, 0 offerings", "Lidingö Municipality * – 1 organisations, 0 offerings",
            "Nacka Municipality * – 0 organisations, 0 offerings", "Norrtälje Municipality * – 1 organisations, 0 offerings",
            "Nykvarn Municipality * – 0 organisations, 0 offerings", "Nynäshamn Municipality * – 0 organisations, 0 offerings",
            "Salem Municipality * – 0 organisations, 0 offerings", "Sigtuna Municipality * – 0 organisations, 0 offerings",
            "Sollentuna Municipality * – 1 organisations, 0 offerings", "Solna Municipality * – 12 organisations, 18 offerings",
            "Stockholm Municipality * – 203 organisations, 13 offerings", "Sundbyberg Municipality * – 2 organisations, 0 offerings",
            "Södertälje Municipality * – 2 organisations, 0 offerings", "Tyresö Municipality * – 0 organisations, 0 offerings",
            "Täby Municipality * – 0 organisations, 0 offerings", "Upplands-Bro Municipality * – 0 organisations, 0 offerings",
            "Upplands Väsby Municipality * – 0 organisations, 0 offerings", "Vallentuna Municipality * – 0 organisations, 0 offerings",
            "Vaxholm Municipality * – 0 organisations, 0 offerings", "Värmdö Municipality * – 0 organisations, 0 offerings",
            "Österåker Municipality * – 0 organisations, 0 offerings");

    /** The names of the places directly within the one named so in the places tree. */
    private static List<String> childrenOf(String place) {
        return sv.driver.findElements(By.xpath("//ul[@id='place-tree']//li[a='" + place + "']/ul/li/a")).stream().map(WebElement::getText).toList();
    }

    /** "name – counts" of each place directly within the one named so, sorted by text. */
    private static List<String> countsWithin(String place) {
        return sv.driver.findElements(By.xpath("//ul[@id='place-tree']//li[a='" + place + "']/ul/li")).stream()
                .map(li -> li.findElement(By.xpath("./a")).getText() + " " + li.findElement(By.xpath("./span[@class='counts']")).getText())
                .sorted(java.text.Collator.getInstance(new java.util.Locale("sv")) ::compare).toList();
    }

    /** Every view in English marks the names the documents give in Swedish only, and in Swedish nothing. */
    @Test
    void englishViewsMarkTheDocumentsTranslatedNames() {
        try {
            sv.openView("/views/consultation?lang=en");
            // The summary's heading and SLSO's name are lsgraph's translations; the hospital's is its ROR name.
            Object shown = sv.script("const o = window.lsgraphView.chart.getOption();"
                    + "return [o.xAxis[0].data.includes('Health data *'), o.yAxis[0].data.includes('Stockholm County Healthcare Area *'),"
                    + " o.yAxis[0].data.includes('Karolinska University Hospital'), o.yAxis[0].data.filter(b => !b.endsWith(' *')).length];");
            assertEquals(List.of(true, true, true, 7L), shown);
            sv.screenshot("view-consultation-en.png");
            sv.assertAccessibleAndFitsAPhone("consultation heat map in English");
            sv.openView("/views/strategy?lang=en");
            assertEquals(31L, sv.script("return window.lsgraphView.chart.getOption().series[0].data.filter(n => n.label.endsWith(' *')).length;"));
            sv.screenshot("view-strategy-en.png");
            sv.assertAccessibleAndFitsAPhone("strategy flow in English");
            sv.openView("/views/network?lang=en");
            // The 48 of 208 nodes whose English name is lsgraph's (ViewsTest counts them in the CSV), the mark
            // first so that the node's shortened label keeps it.
            assertEquals(48L, sv.script("return window.lsgraphView.cy.nodes().filter(n => String(n.data('label')).startsWith('* ')).length;"));
            sv.screenshot("view-network-en.png");
        } finally {
            sv.get("/views/strategy?lang=sv");
        }
        sv.openView("/views/strategy");
        assertEquals(0L, sv.script("return window.lsgraphView.chart.getOption().series[0].data.filter(n => n.label.endsWith(' *')).length;"));
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
        // The server binds the example value as the query API does: in place and in a VALUES block.
        sv.waiting().until(d -> serverBound(String.valueOf(sv.script("return window.lsgraphWorkbench.getTab().getQuery();")), "?organisation"));
        String query = (String) sv.script("return window.lsgraphWorkbench.getTab().getQuery();");
        assertTrue(query.contains("lsg:raisedBy  <https://w3id.org/lsgraph/id/org/karolinska-institutet>"), query);
        sv.script("window.lsgraphWorkbench.getTab().query();");
        sv.waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#yasgui .yasr table.dataTable tbody tr")));

        // consultation-topic-pairs reads its parameters inside subqueries and in HAVING: the example gives its 13 rows.
        sv.driver.findElement(By.cssSelector("#examples option[value='consultation-topic-pairs']")).click();
        sv.waiting().until(d -> serverBound(String.valueOf(sv.script("return window.lsgraphWorkbench.getTab().getQuery();")), "?minBodies"));
        sv.script("window.lsgraphWorkbench.getTab().query();");
        sv.waiting().until(d -> Boolean.TRUE.equals(sv.script("const r = window.lsgraphWorkbench.getTab().getYasr().results;"
                + " return !!r && r.getVariables().includes('raisedBy');")));
        assertEquals(13L, sv.script("return window.lsgraphWorkbench.getTab().getYasr().results.getBindings().length;"));

        // A value the server refuses is said next to the form, and the editor keeps its text.
        sv.driver.findElement(By.id("param-minBodies")).clear();
        sv.driver.findElement(By.id("param-minBodies")).sendKeys("two");
        sv.driver.findElement(By.cssSelector("#example-params button[type=submit]")).click();
        WebElement problem = sv.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("example-problem")));
        sv.waiting().until(d -> !problem.getText().isEmpty());
        assertTrue(problem.getText().startsWith("parameter 'minBodies'"), problem.getText());
        assertTrue(serverBound(String.valueOf(sv.script("return window.lsgraphWorkbench.getTab().getQuery();")), "?minBodies"));
        sv.driver.findElement(By.cssSelector("#examples option[value='wikidata-inception-and-website']")).click();
        assertTrue(sv.driver.findElement(By.id("example-command-line")).isDisplayed());
        assertTrue(sv.driver.findElement(By.id("example-command")).getText()
                .endsWith("java -jar target/lsgraph.jar query wikidata-inception-and-website --param wikidataEndpoint=https://query.wikidata.org/sparql"));
        sv.waiting().until(d -> String.valueOf(sv.script("return window.lsgraphWorkbench.getTab().getQuery();")).contains("SERVICE ?wikidataEndpoint"));
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
        sv.waiting().until(d -> serverBound(String.valueOf(sv.script("return window.lsgraphWorkbench.getTab().getQuery();")), "?source"));
        sv.script("window.lsgraphWorkbench.getTab().query();");
        // The tab may still show the results of an earlier query: wait for this one's.
        sv.waiting().until(d -> Boolean.TRUE.equals(sv.script("const r = window.lsgraphWorkbench.getTab().getYasr().results;"
                + " return !!r && r.getVariables().includes('statementsNamingNoBody');")));
        sv.waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#yasgui .yasr table.dataTable tbody tr")));
        String table = (String) sv.script("return window.lsgraphWorkbench.getTab().getYasr().getSelectedPlugin().download().getData();");
        assertEquals("\"document\",\"position\",\"heading\",\"statements\",\"credits\",\"namedBodies\",\"statementsNamingNoBody\",\"source\"",
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

    /** The text the server bound (the catalogue file's header comments are gone) with this variable in its VALUES. */
    private static boolean serverBound(String query, String variable) {
        return !query.contains("# summary:") && query.contains("VALUES") && query.contains(variable);
    }

    private static String fact(String property) {
        return sv.driver.findElement(By.xpath("//dl[@class='facts']/dt[normalize-space(.)='" + property + "']/following-sibling::dd[1]/a")).getText();
    }
}
