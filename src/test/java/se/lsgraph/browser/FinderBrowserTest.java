package se.lsgraph.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import se.lsgraph.server.LsgraphServer;
import se.lsgraph.store.GraphStore;
import se.lsgraph.support.TestStores;

/**
 * A company's way in, in a real headless Chromium driven by Selenium: type a need, see the expected
 * infrastructure among the results, open its page, see its owner and status. Needs Debian's
 * chromium and chromium-driver (.ci/run installs them); skipped with a message where they are missing.
 */
class FinderBrowserTest {
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    private static GraphStore store;
    private static LsgraphServer server;

    @BeforeAll
    static void start() {
        boolean installed = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
        // In CI (.ci/run installs them) a missing browser is a failure; elsewhere the test is skipped.
        if (System.getenv("CI") != null)
            assertTrue(installed, "CI must have /usr/bin/chromium and /usr/bin/chromedriver");
        assumeTrue(installed, "needs /usr/bin/chromium and /usr/bin/chromedriver (apt-get install chromium chromium-driver)");
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
    void aCompanyFindsTheHealthDataCentreAndOpensItsPage(@TempDir Path profile) throws IOException {
        ChromeDriver browser = new ChromeDriver(
                new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build(),
                options(profile));
        try {
            WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
            browser.get("http://127.0.0.1:" + server.port() + "/");
            WebElement need = wait.until(ExpectedConditions.elementToBeClickable(By.id("q")));
            need.sendKeys("hälsodata");
            browser.findElement(By.cssSelector("#search-form button[type=submit]")).click();
            WebElement firstCard = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#results li.card")));
            assertEquals("Centrum för hälsodata", firstCard.findElement(By.cssSelector("h3 a")).getText());
            assertEquals("Region Stockholm", firstCard.findElement(By.cssSelector("dd.field-owner")).getText());
            assertEquals("finns", firstCard.findElement(By.cssSelector("dd.field-status")).getText());
            saveScreenshot(browser, "finder.png");

            firstCard.findElement(By.cssSelector("h3 a")).click();
            WebElement heading = wait.until(ExpectedConditions.visibilityOfElementLocated(By.tagName("h1")));
            assertEquals("Centrum för hälsodata", heading.getText());
            assertEquals("Region Stockholm", fact(browser, "drivs av"));
            assertEquals("finns", fact(browser, "status"));
            saveScreenshot(browser, "resource-page.png");
        } finally {
            browser.quit();
        }
    }

    /**
     * "PIST" (Personalägda vårdcentraler i Stockholm, on document 003's consultation list) runs no
     * entry point: the answer has no cards, says so, and shows the consultation it was sent to.
     */
    @Test
    void anAbbreviationOfAConsultedBodyShowsTheConsultation(@TempDir Path profile) throws IOException {
        ChromeDriver browser = new ChromeDriver(
                new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build(),
                options(profile));
        try {
            WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
            browser.get("http://127.0.0.1:" + server.port() + "/");
            wait.until(ExpectedConditions.elementToBeClickable(By.id("q"))).sendKeys("PIST");
            browser.findElement(By.cssSelector("#search-form button[type=submit]")).click();
            WebElement said = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#said li.card")));
            assertEquals("Remiss av förslag till life science-strategi för Stockholmsregionen", said.findElement(By.cssSelector("h3 a")).getText());
            assertEquals(0, browser.findElements(By.cssSelector("#results li.card")).size());
            browser.executeScript("arguments[0].scrollIntoView()", browser.findElement(By.id("said-section")));
            saveScreenshot(browser, "finder-pist.png");
        } finally {
            browser.quit();
        }
    }

    /**
     * An English need is answered in English; a name that is lsgraph's own translation carries a
     * visible mark (from the message bundles), an official English name none.
     */
    @Test
    void anEnglishReaderSeesWhichNamesAreLsgraphsTranslation(@TempDir Path profile) throws IOException {
        ChromeDriver browser = new ChromeDriver(
                new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build(),
                options(profile));
        try {
            WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
            browser.get("http://127.0.0.1:" + server.port() + "/?q=" + java.net.URLEncoder.encode("health data for research", java.nio.charset.StandardCharsets.UTF_8));
            WebElement firstCard = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#results li.card")));
            assertEquals("Centre for Health Data", firstCard.findElement(By.cssSelector("h3 a")).getText());
            WebElement mark = firstCard.findElement(By.cssSelector("h3 small.by-lsgraph"));
            assertEquals("(our English name)", mark.getText());
            assertEquals("Not an official name: English name given by lsgraph", mark.getAttribute("title"));
            assertEquals("Region Stockholm", firstCard.findElement(By.cssSelector("dd.field-owner")).getText(),
                    "an official English name (data/labels) has no mark");
            saveScreenshot(browser, "finder-english-names.png");
        } finally {
            browser.quit();
        }
    }

    /** The first value of a fact on a resource page (the link in the dd after the dt of that name). */
    private static String fact(ChromeDriver browser, String property) {
        return browser.findElement(By.xpath("//dl[@class='facts']/dt[normalize-space(.)='" + property + "']/following-sibling::dd[1]/a")).getText();
    }

    private static ChromeOptions options(Path profile) {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--window-size=1280,1000", "--lang=sv-SE", "--user-data-dir=" + profile.toAbsolutePath());
        // A Swedish-speaking user: pages follow the browser's Accept-Language.
        options.setExperimentalOption("prefs", java.util.Map.of("intl.accept_languages", "sv-SE,sv"));
        return options;
    }

    private static void saveScreenshot(ChromeDriver browser, String name) throws IOException {
        Path dir = Path.of("target", "screenshots");
        Files.createDirectories(dir);
        Files.copy(browser.getScreenshotAs(OutputType.FILE).toPath(), dir.resolve(name), StandardCopyOption.REPLACE_EXISTING);
    }
}
