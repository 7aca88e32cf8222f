package se.lsgraph.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import se.lsgraph.support.Browser;
import se.lsgraph.support.TestServer;

/**
 * Markup and javascript: IRIs in the data (src/test/resources/pages/hostile.trig) are shown as text
 * on every page kind and in finder cards: no script runs, no javascript: link exists.
 */
class HostileDataBrowserTest {
    @RegisterExtension
    static final TestServer.Extension WEB = TestServer.extension();
    @TempDir
    static Path profile;

    private static Browser browser;

    @BeforeAll
    static void loadHostileDataAndOpenBrowser() {
        WEB.store().write(dsg -> RDFParser.source("src/test/resources/pages/hostile.trig").lang(Lang.TRIG).parse(dsg));
        WEB.awaitFinderCurrent();
        browser = Browser.open(WEB.port(), "sv-SE", profile);
    }

    @AfterAll
    static void closeBrowser() {
        if (browser != null)
            browser.close();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "org/hostile          | <script>window.hacked='org'</script>Hostile University",
            "offering/hostile     | <script>window.hacked='offering'</script>Hostile test bed",
            "element/hostile      | <script>window.hacked='element'</script>Hostile area",
            "doc/hostile          | <script>window.hacked='document'</script>Hostile document",
            "consultation/hostile | <script>window.hacked='consultation'</script>Hostile consultation"})
    void markupInLabelsIsText(String path, String title) {
        browser.get("/id/" + path);
        assertEquals(title, browser.driver.findElement(By.tagName("h1")).getText());
        assertEquals(null, browser.script("return window.hacked === undefined ? null : window.hacked;"), "no script ran");
        assertEquals(0L, browser.script("return document.querySelectorAll('a[href^=\"javascript:\" i], [onerror], [onmouseover]').length;"));
        String main = browser.driver.findElement(By.tagName("main")).getText();
        if (path.startsWith("org/"))
            assertTrue(main.contains("javascript:window.hacked='exactMatch'"), "the javascript: IRI is shown as text: " + main);
        if (path.startsWith("offering/"))
            assertTrue(main.contains("javascript:window.hacked='wayIn'"), "the way in is shown as text: " + main);
    }

    @Test
    void aJavascriptWayInIsTextInTheFinderCard() {
        browser.get("/");
        browser.waiting().until(ExpectedConditions.elementToBeClickable(By.id("q"))).sendKeys("Hostile test bed");
        browser.driver.findElement(By.cssSelector("#search-form button[type=submit]")).click();
        WebElement card = browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(
                By.xpath("//li[contains(@class,'card')][.//h3[contains(., 'Hostile test bed')]]")));
        assertEquals("javascript:window.hacked='wayIn'", card.findElement(By.cssSelector("dd.field-wayIn")).getText());
        assertEquals(0, card.findElements(By.cssSelector("dd.field-wayIn a")).size(), "not a link");
        assertEquals(null, browser.script("return window.hacked === undefined ? null : window.hacked;"));
    }
}
