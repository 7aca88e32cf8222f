package se.lsgraph.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;

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

import se.lsgraph.followup.FollowUpLoad;
import se.lsgraph.server.LsgraphServer;
import se.lsgraph.store.GraphStore;
import se.lsgraph.support.TestStores;

/**
 * The follow-up view in headless Chromium, on the bundled graph with the fictitious fixture plan
 * (src/test/resources/followup/) loaded: coverage of needs by measures per area, and each
 * indicator's observed values and targets per year, exactly as the fixture states them.
 */
class FollowUpViewBrowserTest {
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path FIXTURE = Path.of("src/test/resources/followup");

    private static GraphStore store;
    private static LsgraphServer server;

    @BeforeAll
    static void start() {
        boolean installed = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
        if (System.getenv("CI") != null)
            assertTrue(installed, "CI must have /usr/bin/chromium and /usr/bin/chromedriver");
        assumeTrue(installed, "needs /usr/bin/chromium and /usr/bin/chromedriver (apt-get install chromium chromium-driver)");
        store = TestStores.bundled();
        new FollowUpLoad(store, TestStores.validation(), null).load(FIXTURE.resolve("measures.csv"), FIXTURE.resolve("values.csv"));
        server = LsgraphServer.builder(store).host("127.0.0.1").port(0).build().start();
    }

    @AfterAll
    static void stop() {
        if (server != null)
            server.close();
        if (store != null)
            store.close();
    }

    @Test
    void thePageShowsCoverageAndTheFixturesProgressPerIndicator(@TempDir Path profile) throws IOException {
        ChromeDriver browser = new ChromeDriver(
                new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build(),
                options(profile));
        try {
            browser.get("http://127.0.0.1:" + server.port() + "/views/follow-up?lang=sv");
            new WebDriverWait(browser, Duration.ofSeconds(30)).until(
                    ExpectedConditions.presenceOfElementLocated(By.cssSelector("main[data-ready=true]")));

            // Coverage: 24 needs of the 2021 strategy; the fixture and the curation serve 5 of them (4.1-1, 4.2-1, 4.2-2, 4.2-4, 4.4-2).
            assertEquals(5, browser.findElements(By.cssSelector("#coverage li.need.covered[data-need]")).size());
            assertEquals(19, browser.findElements(By.cssSelector("#coverage li.need.uncovered")).size());
            WebElement need = browser.findElement(By.cssSelector("#coverage li[data-need='4.1-1'] li.measure"));
            assertEquals("FIKTIV insats: gemensam hälsodataplattform (Karolinska Institutet, pågående)", need.getText());
            assertEquals(List.of(5L, 19L), List.of(
                    sum(browser, "return window.lsgraphView.chart.getOption().series[0].data"),
                    sum(browser, "return window.lsgraphView.chart.getOption().series[1].data")));

            // Progress: one figure per indicator, values exactly as in values.csv.
            List<WebElement> figures = browser.findElements(By.cssSelector("#progress figure.follow-up-indicator"));
            assertEquals(2, figures.size());
            assertEquals(List.of("2022 (Karolinska Universitetssjukhuset) 20 25", "2023 (Karolinska Universitetssjukhuset) 45 50"),
                    rows(figures.get(0)));
            assertEquals(List.of("2022 (4.1) 3 4", "2023 (4.1) 6 8", "2024 (4.1) – 12"), rows(figures.get(1)));
            assertEquals("[20,45]", browser.executeScript("return JSON.stringify(window.lsgraphView.indicatorCharts[0].getOption().series[0].data)"));
            assertEquals("[3,6,null]", browser.executeScript("return JSON.stringify(window.lsgraphView.indicatorCharts[1].getOption().series[0].data)"));
            assertEquals("[4,8,12]", browser.executeScript("return JSON.stringify(window.lsgraphView.indicatorCharts[1].getOption().series[1].data)"));
            saveScreenshot(browser, "follow-up.png");
            browser.executeScript("document.getElementById('progress').scrollIntoView()");
            saveScreenshot(browser, "follow-up-progress.png");
        } finally {
            browser.quit();
        }
    }

    private static List<String> rows(WebElement figure) {
        return figure.findElements(By.cssSelector("table.follow-up-values tbody tr")).stream().map(WebElement::getText).toList();
    }

    private static long sum(ChromeDriver browser, String script) {
        return ((List<?>) browser.executeScript(script)).stream().mapToLong(v -> ((Number) v).longValue()).sum();
    }

    private static ChromeOptions options(Path profile) {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--window-size=1280,2400", "--lang=sv-SE", "--user-data-dir=" + profile.toAbsolutePath());
        return options;
    }

    private static void saveScreenshot(ChromeDriver browser, String name) throws IOException {
        Path dir = Path.of("target", "screenshots");
        Files.createDirectories(dir);
        Files.copy(browser.getScreenshotAs(OutputType.FILE).toPath(), dir.resolve(name), StandardCopyOption.REPLACE_EXISTING);
    }
}
