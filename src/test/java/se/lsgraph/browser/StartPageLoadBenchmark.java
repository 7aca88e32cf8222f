package se.lsgraph.browser;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import se.lsgraph.support.TestServer;

/**
 * A benchmark, not a test (tagged, run with mvn test -Pbenchmarks): the start page's load time in
 * headless Chromium (navigation start to the load event, from the browser's Navigation Timing) and
 * the time from submitting a need to the first result card. Writes docs/benchmarks/page-load.md.
 */
@Tag("benchmark")
class StartPageLoadBenchmark {
    private static final int RUNS = 20;

    @Test
    void startPageLoadTime(@TempDir Path profile) throws IOException {
        assumeTrue(Files.isExecutable(Path.of("/usr/bin/chromium")) && Files.isExecutable(Path.of("/usr/bin/chromedriver")));
        try (TestServer web = TestServer.start()) {
            ChromeOptions options = new ChromeOptions();
            options.setBinary("/usr/bin/chromium");
            options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                    "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                    "--disable-sync", "--user-data-dir=" + profile.toAbsolutePath());
            ChromeDriver browser = new ChromeDriver(new ChromeDriverService.Builder()
                    .usingDriverExecutable(Path.of("/usr/bin/chromedriver").toFile()).usingAnyFreePort().build(), options);
            try {
                String url = "http://127.0.0.1:" + web.server.port() + "/";
                WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
                wait.pollingEvery(Duration.ofMillis(5));
                List<Double> load = new ArrayList<>();
                List<Double> firstResult = new ArrayList<>();
                for (int i = 0; i < RUNS; i++) {
                    browser.get(url);
                    Object ms = browser.executeScript(
                            "const t = performance.getEntriesByType('navigation')[0]; return t.loadEventEnd - t.startTime;");
                    load.add(((Number) ms).doubleValue());
                    browser.findElement(By.id("q")).sendKeys("kliniska prövningar");
                    long t0 = System.nanoTime();
                    browser.findElement(By.cssSelector("#search-form button[type=submit]")).click();
                    wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#results li.card")));
                    firstResult.add((System.nanoTime() - t0) / 1e6);
                }
                write(load, firstResult);
            } finally {
                browser.quit();
            }
        }
    }

    private static void write(List<Double> load, List<Double> firstResult) throws IOException {
        String md = """
                # Start page load benchmark

                Measured %s with `mvn -q test -Pbenchmarks` (class `StartPageLoadBenchmark`): headless Chromium
                (Debian's chromium, driven by Selenium) opens the start page %d times on loopback; the load time is
                the browser's own Navigation Timing (start of navigation to the end of the load event); then the
                need "kliniska prövningar" is typed, and the time from clicking Search to the first result card is taken.
                The first run includes the server's first search, which builds the search index.

                | measure | median ms | p95 ms | max ms |
                |---|---:|---:|---:|
                | start page load | %.0f | %.0f | %.0f |
                | Search clicked → first result card | %.0f | %.0f | %.0f |
                """.formatted(LocalDate.now(), load.size(), p(load, 50), p(load, 95), p(load, 100),
                p(firstResult, 50), p(firstResult, 95), p(firstResult, 100));
        Files.createDirectories(Path.of("docs/benchmarks"));
        Files.writeString(Path.of("docs/benchmarks/page-load.md"), md);
    }

    private static double p(List<Double> values, int percentile) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        int rank = (int) Math.ceil(percentile / 100.0 * sorted.size());
        return sorted.get(Math.max(0, rank - 1));
    }
}
