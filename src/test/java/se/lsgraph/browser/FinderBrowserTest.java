package se.lsgraph.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import se.lsgraph.server.LsgraphServer;
import se.lsgraph.store.GraphStore;
import se.lsgraph.support.Browser;
import se.lsgraph.support.TestStores;

/**
 * A company's way in, in a real headless Chromium driven by Selenium: type a need, see the expected
 * infrastructure among the results, open its page, see its owner and status. Chromium comes from
 * support/Browser (a Swedish-speaking user unless a test asks otherwise).
 */
class FinderBrowserTest {
    private static GraphStore store;
    private static LsgraphServer server;

    @BeforeAll
    static void start() {
        Browser.requireInstalled();
        store = TestStores.bundled();
        server = LsgraphServer.builder(store).port(0).build().start();
        // The finder's index is built in the background; on a loaded machine that outlasts a page wait.
        server.awaitSearchReady(Duration.ofSeconds(120));
    }

    @AfterAll
    static void stop() {
        if (server != null)
            server.close();
        if (store != null)
            store.close();
    }

    @Test
    void aCompanyFindsTheHealthDataCentreAndOpensItsPage(@TempDir Path profile) {
        try (Browser page = Browser.open(server.port(), "sv-SE", profile)) {
            ChromeDriver browser = page.driver;
            WebDriverWait wait = page.waiting();
            page.get("/");
            WebElement need = wait.until(ExpectedConditions.elementToBeClickable(By.id("q")));
            need.sendKeys("hälsodata");
            browser.findElement(By.cssSelector("#search-form button[type=submit]")).click();
            WebElement firstCard = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#results li.card")));
            assertEquals("Centrum för hälsodata", firstCard.findElement(By.cssSelector("h3 a")).getText());
            assertEquals("Region Stockholm", firstCard.findElement(By.cssSelector("dd.field-owner")).getText());
            assertEquals("finns", firstCard.findElement(By.cssSelector("dd.field-status")).getText());
            page.screenshot("finder.png");

            firstCard.findElement(By.cssSelector("h3 a")).click();
            WebElement heading = wait.until(ExpectedConditions.visibilityOfElementLocated(By.tagName("h1")));
            assertEquals("Centrum för hälsodata", heading.getText());
            assertEquals("Region Stockholm", fact(browser, "drivs av"));
            assertEquals("finns", fact(browser, "status"));
            page.screenshot("resource-page.png");
        }
    }

    /**
     * "PIST" (Personalägda vårdcentraler i Stockholm, on document 003's consultation list) runs no
     * entry point: the answer has no cards, says so, and shows the consultation it was sent to.
     */
    @Test
    void anAbbreviationOfAConsultedBodyShowsTheConsultation(@TempDir Path profile) {
        try (Browser page = Browser.open(server.port(), "sv-SE", profile)) {
            ChromeDriver browser = page.driver;
            WebDriverWait wait = page.waiting();
            page.get("/");
            wait.until(ExpectedConditions.elementToBeClickable(By.id("q"))).sendKeys("PIST");
            browser.findElement(By.cssSelector("#search-form button[type=submit]")).click();
            WebElement said = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#said li.card")));
            assertEquals("Remiss av förslag till life science-strategi för Stockholmsregionen", said.findElement(By.cssSelector("h3 a")).getText());
            assertEquals(0, browser.findElements(By.cssSelector("#results li.card")).size());
            browser.executeScript("arguments[0].scrollIntoView()", browser.findElement(By.id("said-section")));
            page.screenshot("finder-pist.png");
        }
    }

    /**
     * An English need is answered in English; a name that is lsgraph's own translation carries a
     * visible mark (from the message bundles), an official English name none.
     */
    @Test
    void anEnglishReaderSeesWhichNamesAreLsgraphsTranslation(@TempDir Path profile) {
        try (Browser page = Browser.open(server.port(), "sv-SE", profile)) {
            ChromeDriver browser = page.driver;
            WebDriverWait wait = page.waiting();
            page.get("/?q=" + java.net.URLEncoder.encode("health data for research", java.nio.charset.StandardCharsets.UTF_8));
            WebElement firstCard = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#results li.card")));
            assertEquals("Centre for Health Data", firstCard.findElement(By.cssSelector("h3 a")).getText());
            WebElement mark = firstCard.findElement(By.cssSelector("h3 small.by-lsgraph"));
            assertEquals("(our English name)", mark.getText());
            assertEquals("Not an official name: English name given by lsgraph", mark.getAttribute("title"));
            assertEquals("Region Stockholm", firstCard.findElement(By.cssSelector("dd.field-owner")).getText(),
                    "an official English name (data/labels) has no mark");
            // Every English text on the card is marked by the same rule, not only the title: its area is the
            // 2021 strategy's 4.1, whose English name is lsgraph's translation (the strategy is Swedish only).
            assertEquals("World-leading access to structured health data and care process data (our English name)",
                    firstCard.findElement(By.cssSelector("dd.field-area")).getText());
            page.screenshot("finder-english-names.png");
        }
    }

    /** The first value of a fact on a resource page (the link in the dd after the dt of that name). */
    private static String fact(ChromeDriver browser, String property) {
        return browser.findElement(By.xpath("//dl[@class='facts']/dt[normalize-space(.)='" + property + "']/following-sibling::dd[1]/a")).getText();
    }
}
