package se.lsgraph.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A headless Chromium (Debian's chromium and chromium-driver) for page tests, in one language,
 * with the checks every page gets: axe-core accessibility, layout at 390 px, screenshots.
 * Skipped with a message where the browser is missing; a failure in CI (.ci/run installs it).
 */
public final class Browser implements AutoCloseable {
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path AXE = Path.of("node_modules", "axe-core", "axe.min.js");
    public static final Path SCREENSHOTS = Path.of("target", "screenshots");

    public final ChromeDriver driver;
    private final String base;

    private Browser(ChromeDriver driver, int port) {
        this.driver = driver;
        this.base = "http://127.0.0.1:" + port;
    }

    public static void requireInstalled() {
        boolean installed = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
        if (System.getenv("CI") != null)
            assertTrue(installed, "CI must have /usr/bin/chromium and /usr/bin/chromedriver");
        assumeTrue(installed, "needs /usr/bin/chromium and /usr/bin/chromedriver (apt-get install chromium chromium-driver)");
    }

    /** A browser whose user speaks {@code language} (sv or en), against the server on {@code port}. */
    public static Browser open(int port, String language, Path profile) {
        return open(port, language, profile, 1000);
    }

    /** The same with a taller window, for screenshots of a whole long page. */
    public static Browser open(int port, String language, Path profile, int windowHeight) {
        requireInstalled();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--window-size=1280," + windowHeight, "--lang=" + language,
                "--user-data-dir=" + profile.toAbsolutePath());
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", language));
        ChromeDriver driver = new ChromeDriver(new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build(), options);
        return new Browser(driver, port);
    }

    public void get(String path) {
        driver.get(base + path);
    }

    public WebDriverWait waiting() {
        return new WebDriverWait(driver, Duration.ofSeconds(20));
    }

    /** Opens a view and waits until its script has drawn it (main[data-ready]). */
    public void openView(String path) {
        get(path);
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("main[data-ready=true]")));
    }

    public Object script(String js, Object... args) {
        return driver.executeScript(js, args);
    }

    /** axe-core's serious and critical violations of the page now shown, as "rule: target" lines. */
    @SuppressWarnings("unchecked")
    public List<String> seriousAccessibilityViolations() {
        try {
            driver.executeScript(Files.readString(AXE, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("axe-core is an npm devDependency: run mvn process-resources (npm install)", e);
        }
        Map<String, Object> result = (Map<String, Object>) driver.executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                        + "axe.run(document, { resultTypes: ['violations'] }).then(r => done({ violations: r.violations.map(v =>"
                        + " ({ id: v.id, impact: v.impact, targets: v.nodes.map(n => n.target.join(' ')).slice(0, 5) })) }));");
        return ((List<Map<String, Object>>) result.get("violations")).stream()
                .filter(v -> "serious".equals(v.get("impact")) || "critical".equals(v.get("impact")))
                .map(v -> v.get("id") + ": " + v.get("targets"))
                .toList();
    }

    /** At 390 px wide: the elements wider than the viewport (none means no horizontal scrolling). */
    @SuppressWarnings("unchecked")
    public List<String> elementsWiderThanAPhone() {
        Dimension before = driver.manage().window().getSize();
        driver.manage().window().setSize(new Dimension(390, 844));
        try {
            // Let scripts redraw for the narrow width (charts listen to resize).
            script("window.dispatchEvent(new Event('resize'));");
            waitBriefly();
            return (List<String>) script(
                    "const w = document.documentElement.clientWidth; const out = [];"
                            // Content of a box that scrolls or clips and itself fits (a wide table in its scroller) is fine.
                            + "const scrollsInside = e => { for (let a = e.parentElement; a && a !== document.body; a = a.parentElement) {"
                            + " const ox = getComputedStyle(a).overflowX; const r = a.getBoundingClientRect();"
                            + " if (ox !== 'visible' && r.right <= w + 1 && r.left >= -1) return true; } return false; };"
                            + "if (document.documentElement.scrollWidth > w) out.push('page scrolls: ' + document.documentElement.scrollWidth + ' > ' + w);"
                            + "for (const e of document.querySelectorAll('body *')) { const r = e.getBoundingClientRect();"
                            + " if (r.width > 0 && (r.right > w + 1 || r.left < -1) && getComputedStyle(e).position !== 'absolute'"
                            + " && !e.closest('.skip-link, details:not([open])') && !scrollsInside(e))"
                            + " out.push(e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + (e.className && e.className.baseVal === undefined ? '.' + e.className : '') + ' ' + Math.round(r.left) + '..' + Math.round(r.right)); }"
                            + "return out.slice(0, 20);");
        } finally {
            driver.manage().window().setSize(before);
        }
    }

    public void screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            Files.copy(driver.getScreenshotAs(OutputType.FILE).toPath(), SCREENSHOTS.resolve(name), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The standard checks of every page kind and view: zero serious/critical axe violations, fits 390 px. */
    public void assertAccessibleAndFitsAPhone(String what) {
        assertEquals(List.of(), seriousAccessibilityViolations(), what + ": axe-core serious/critical violations");
        assertEquals(List.of(), elementsWiderThanAPhone(), what + ": elements wider than 390 px");
    }

    private static void waitBriefly() {
        try {
            Thread.sleep(400);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        driver.quit();
    }
}
