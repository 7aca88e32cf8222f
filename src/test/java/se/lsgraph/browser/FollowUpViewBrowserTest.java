package se.lsgraph.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

import se.lsgraph.followup.FollowUpLoad;
import se.lsgraph.server.LsgraphServer;
import se.lsgraph.store.GraphStore;
import se.lsgraph.support.Browser;
import se.lsgraph.support.TestStores;

/**
 * The follow-up view in headless Chromium, on the bundled graph with the fictitious fixture plan
 * (src/test/resources/followup/) loaded: coverage of needs by measures per area, and each
 * indicator's observed values and targets per year, exactly as the fixture states them.
 */
class FollowUpViewBrowserTest {
    private static final Path FIXTURE = Path.of("src/test/resources/followup");

    private static GraphStore store;
    private static LsgraphServer server;

    @BeforeAll
    static void start() {
        Browser.requireInstalled();
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
    void thePageShowsCoverageAndTheFixturesProgressPerIndicator(@TempDir Path profile) {
        try (Browser browser = Browser.open(server.port(), "sv-SE", profile, 2400)) {
            browser.openView("/views/follow-up?lang=sv");
            ChromeDriver page = browser.driver;

            // Coverage: 24 needs of the 2021 strategy; the fixture and the curation serve 5 of them (4.1-1, 4.2-1, 4.2-2, 4.2-4, 4.4-2).
            assertEquals(5, page.findElements(By.cssSelector("#coverage li.need.covered[data-need]")).size());
            assertEquals(19, page.findElements(By.cssSelector("#coverage li.need.uncovered")).size());
            WebElement need = page.findElement(By.cssSelector("#coverage li[data-need='4.1-1'] li.measure"));
            assertEquals("FIKTIV insats: gemensam hälsodataplattform (Karolinska Institutet, pågående)", need.getText());
            assertEquals(List.of(5L, 19L), List.of(
                    sum(browser, "return window.lsgraphView.chart.getOption().series[0].data"),
                    sum(browser, "return window.lsgraphView.chart.getOption().series[1].data")));

            // Progress: one figure per indicator, values exactly as in values.csv.
            List<WebElement> figures = page.findElements(By.cssSelector("#progress figure.follow-up-indicator"));
            assertEquals(2, figures.size());
            assertEquals(List.of("2022 (Karolinska Universitetssjukhuset) 20 25", "2023 (Karolinska Universitetssjukhuset) 45 50"),
                    rows(figures.get(0)));
            assertEquals(List.of("2022 (4.1) 3 4", "2023 (4.1) 6 8", "2024 (4.1) – 12"), rows(figures.get(1)));
            assertEquals("[20,45]", browser.script("return JSON.stringify(window.lsgraphView.indicatorCharts[0].getOption().series[0].data)"));
            assertEquals("[3,6,null]", browser.script("return JSON.stringify(window.lsgraphView.indicatorCharts[1].getOption().series[0].data)"));
            assertEquals("[4,8,12]", browser.script("return JSON.stringify(window.lsgraphView.indicatorCharts[1].getOption().series[1].data)"));
            browser.screenshot("follow-up.png");
            browser.script("document.getElementById('progress').scrollIntoView()");
            browser.screenshot("follow-up-progress.png");
        }
    }

    private static List<String> rows(WebElement figure) {
        return figure.findElements(By.cssSelector("table.follow-up-values tbody tr")).stream().map(WebElement::getText).toList();
    }

    private static long sum(Browser browser, String script) {
        return ((List<?>) browser.script(script)).stream().mapToLong(v -> ((Number) v).longValue()).sum();
    }
}
