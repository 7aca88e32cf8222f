package se.lsgraph.browser;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import org.apache.jena.graph.Node;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import se.lsgraph.server.views.View;
import se.lsgraph.server.views.ViewCatalogue;
import se.lsgraph.support.Browser;
import se.lsgraph.support.TestServer;
import se.lsgraph.vocab.Ids;

/**
 * A benchmark, not a test (tagged, run with mvn test -Pbenchmarks): in headless Chromium on loopback,
 * the start page's load time and the time from submitting a need to the first result card; for every
 * view and the SPARQL workbench, first contentful paint (the browser's Paint Timing) and the time to an
 * interactive view (navigation start to the moment the view's script has drawn its data: the
 * performance mark lsgraph-ready); and the size of the bundled JavaScript and CSS in the jar.
 * Writes docs/benchmarks/page-load.md.
 */
@Tag("benchmark")
class PageLoadBenchmark {
    private static final int RUNS = 5;
    private static final String NETWORK_LAID_OUT_IN_BROWSER = "/views/network?layout=browser";
    /** Pages that did not become interactive, with what they showed instead. */
    private static final Map<String, String> FAILURES = new LinkedHashMap<>();
    private static final Path ASSETS = Path.of("target", "classes", "lsgraph", "web", "assets");
    private static final Path JAR = Path.of("target", "lsgraph.jar");

    @Test
    void pageLoadTimes(@TempDir Path profile) throws IOException {
        assumeTrue(Files.isExecutable(Path.of("/usr/bin/chromium")) && Files.isExecutable(Path.of("/usr/bin/chromedriver")));
        try (TestServer web = TestServer.start(); Browser browser = Browser.open(web.server.port(), "sv-SE", profile)) {
            browser.waiting().pollingEvery(Duration.ofMillis(5));
            List<Double> load = new ArrayList<>();
            List<Double> firstResult = new ArrayList<>();
            for (int i = 0; i < RUNS; i++) {
                browser.get("/");
                load.add(number(browser.script("const t = performance.getEntriesByType('navigation')[0]; return t.loadEventEnd - t.startTime;")));
                browser.driver.findElement(By.id("q")).sendKeys("kliniska prövningar");
                long t0 = System.nanoTime();
                browser.driver.findElement(By.cssSelector("#search-form button[type=submit]")).click();
                browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#results li.card")));
                firstResult.add((System.nanoTime() - t0) / 1e6);
            }
            // The bundled graph holds the open-data import (data/opendata/); measured with it, then
            // with its graphs taken out (the curated graph alone), in the same run.
            Map<String, List<double[]>> withOpenData = measureViews(browser);
            dropOpenDataGraphs(web);
            Map<String, List<double[]>> curatedOnly = measureViews(browser);
            write(load, firstResult, withOpenData, curatedOnly);
        }
    }

    private static Map<String, List<double[]>> measureViews(Browser browser) {
        Map<String, List<double[]>> views = new LinkedHashMap<>();
        for (View view : ViewCatalogue.all())
            views.put(view.path(), measure(browser, view.path()));
        // The network as it was drawn before its layout moved to the server, for the ratio in the same run.
        views.put(NETWORK_LAID_OUT_IN_BROWSER, measure(browser, NETWORK_LAID_OUT_IN_BROWSER));
        views.put("/sparql", measure(browser, "/sparql"));
        return views;
    }

    private static void dropOpenDataGraphs(TestServer web) {
        web.store.write(dsg -> {
            List<Node> open = new ArrayList<>();
            dsg.listGraphNodes().forEachRemaining(g -> {
                if (g.isURI() && g.getURI().startsWith(Ids.GRAPH + "opendata/"))
                    open.add(g);
            });
            open.forEach(dsg::removeGraph);
        });
    }

    /** {first contentful paint, data received (-1: no data to load), ready} in ms per run; the first run (cold caches) is kept. */
    private static List<double[]> measure(Browser browser, String path) {
        List<double[]> runs = new ArrayList<>();
        for (int i = 0; i < RUNS; i++) {
            browser.get(path);
            try {
                new WebDriverWait(browser.driver, Duration.ofSeconds(60)).pollingEvery(Duration.ofMillis(5))
                        .until(d -> browser.script("return performance.getEntriesByName('lsgraph-ready').length;").equals(1L));
            } catch (TimeoutException e) {
                // Reported in the table rather than aborting the run: what the page said instead.
                Object status = browser.script("const s = document.getElementById('view-status'); return s ? s.textContent : '';");
                FAILURES.put(path, "not interactive within 60 s (status: " + status + ")");
                return runs;
            }
            double fcp = number(browser.script("const p = performance.getEntriesByName('first-contentful-paint')[0]; return p ? p.startTime : -1;"));
            double data = number(browser.script("const p = performance.getEntriesByName('lsgraph-data')[0]; return p ? p.startTime : -1;"));
            double ready = number(browser.script("return performance.getEntriesByName('lsgraph-ready')[0].startTime;"));
            runs.add(new double[] {fcp, data, ready});
        }
        return runs;
    }

    private static String table(Map<String, List<double[]>> views) {
        StringBuilder rows = new StringBuilder();
        views.forEach((path, runs) -> {
            if (runs.isEmpty()) {
                rows.append("| `%s` | %s | | | | | |%n".formatted(path, FAILURES.get(path)));
                return;
            }
            List<Double> fcp = runs.stream().map(r -> r[0]).toList();
            List<Double> data = runs.stream().map(r -> r[1]).toList();
            List<Double> ready = runs.stream().map(r -> r[2]).toList();
            String dataMedian = data.get(0) < 0 ? "–" : "%.0f".formatted(p(data, 50));
            rows.append("| `%s` | %.0f | %.0f | %s | %.0f | %.0f | %.0f |%n".formatted(path, p(fcp, 50), p(fcp, 95), dataMedian,
                    p(ready, 50), p(ready, 95), p(ready, 100)));
        });
        return rows.toString();
    }

    private static void write(List<Double> load, List<Double> firstResult, Map<String, List<double[]>> withOpenData,
            Map<String, List<double[]>> curatedOnly) throws IOException {
        String md = """
                # Page load benchmark

                Measured %s with `mvn -q test -Pbenchmarks -Dtest=PageLoadBenchmark` (class `PageLoadBenchmark`):
                headless Chromium (Debian's chromium, driven by Selenium) on loopback, the bundled graph in memory,
                %d runs per page, on a machine whose load average was %s at the start (2 cores shared with other
                work: the p95 and max columns show that load more than the pages). Times are the browser's own: Navigation Timing, Paint Timing, and the
                performance mark `lsgraph-ready` that a view's script sets once its data is drawn (the workbench:
                once the editor and the catalogue examples are there); `lsgraph-data` marks the moment a view's
                data has arrived, so "data" is the server's share of the time and the rest is drawing. The first
                run of each page has cold caches. The views are measured twice in the same run: with the
                open-data import (the bundled graph as it ships, data/opendata/ included), then with the
                open-data graphs taken out of the store (the curated graph alone).

                The network view draws positions the server computed once for the state of the graph
                (`/views/network/layout.json`, Fruchterman–Reingold per connected part, computed in the
                background at start and again on the first request after a write), fetched alongside its data; it runs no layout
                in the browser before it is interactive (fcose did, and that was most of its time: interactive
                p95 1,311 ms on the curated graph, 1,967 ms with the open data, on 2026-12-02 before the change).
                `/views/network?layout=browser` is the network laid out in the browser as before, measured in the
                same run for comparison.

                ## Start page (the finder)

                | measure | median ms | p95 ms | max ms |
                |---|---:|---:|---:|
                | start page load | %.0f | %.0f | %.0f |
                | Search clicked → first result card | %.0f | %.0f | %.0f |

                ## Views and the workbench, curated graph alone (target: interactive in < 1 s)

                | page | first contentful paint, median ms | FCP p95 ms | data, median ms | interactive, median ms | interactive p95 ms | interactive max ms |
                |---|---:|---:|---:|---:|---:|---:|
                %s
                ## Views and the workbench, with the open-data import (target: interactive in < 2 s)

                | page | first contentful paint, median ms | FCP p95 ms | data, median ms | interactive, median ms | interactive p95 ms | interactive max ms |
                |---|---:|---:|---:|---:|---:|---:|
                %s
                ## Bundled JavaScript and CSS

                %s
                """.formatted(LocalDate.now(), RUNS, loadAverage(), p(load, 50), p(load, 95), p(load, 100),
                p(firstResult, 50), p(firstResult, 95), p(firstResult, 100), table(curatedOnly), table(withOpenData), assetSizes());
        Files.createDirectories(Path.of("docs/benchmarks"));
        Files.writeString(Path.of("docs/benchmarks/page-load.md"), md);
    }

    /** The bytes the front-end adds: files under lsgraph/web/assets, and their compressed size in the jar. */
    private static String assetSizes() throws IOException {
        long files;
        try (Stream<Path> walk = Files.walk(ASSETS)) {
            files = walk.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
        }
        String inJar = "(no target/lsgraph.jar: run mvn package first)";
        if (Files.exists(JAR))
            try (ZipFile jar = new ZipFile(JAR.toFile())) {
                long compressed = jar.stream().filter(e -> e.getName().startsWith("lsgraph/web/assets/"))
                        .mapToLong(ZipEntry::getCompressedSize).sum();
                inJar = "%.2f MB compressed in target/lsgraph.jar (%.1f %% of its %.1f MB)".formatted(compressed / 1e6,
                        100.0 * compressed / Files.size(JAR), Files.size(JAR) / 1e6);
            }
        return "%.2f MB of files in `lsgraph/web/assets/` (esbuild, minified); %s.".formatted(files / 1e6, inJar);
    }

    private static String loadAverage() throws IOException {
        Path proc = Path.of("/proc/loadavg");
        return Files.exists(proc) ? Files.readString(proc).split(" ")[0] : "unknown";
    }

    private static double number(Object o) {
        return ((Number) o).doubleValue();
    }

    private static double p(List<Double> values, int percentile) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        int rank = (int) Math.ceil(percentile / 100.0 * sorted.size());
        return sorted.get(Math.max(0, rank - 1));
    }
}
