package se.lsgraph.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

import com.sun.net.httpserver.HttpServer;

import se.lsgraph.server.Credentials;
import se.lsgraph.server.LsgraphServer;
import se.lsgraph.store.GraphStore;
import se.lsgraph.support.TestStores;

/**
 * A page on a second loopback origin (another port) runs SPARQL queries against lsgraph with
 * fetch(), as YASGUI or a notebook elsewhere would: a GET and a preflighted POST succeed, an
 * update is blocked by the browser because update never allows other origins.
 */
class CrossOriginBrowserTest {
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    @Test
    void aPageOnAnotherOriginQueriesButCannotUpdate(@TempDir Path profile) throws Exception {
        boolean installed = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
        if (System.getenv("CI") != null)
            assertTrue(installed, "CI must have /usr/bin/chromium and /usr/bin/chromedriver");
        assumeTrue(installed, "needs /usr/bin/chromium and /usr/bin/chromedriver (apt-get install chromium chromium-driver)");
        HttpServer otherSite = otherSite();
        try (GraphStore store = TestStores.bundled();
             LsgraphServer lsgraph = LsgraphServer.builder(store).port(0).allowUpdate(new Credentials("editor", "pw-for-test"))
                     .build().start()) {
            ChromeDriver browser = new ChromeDriver(
                    new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build(),
                    options(profile));
            try {
                browser.get("http://127.0.0.1:" + otherSite.getAddress().getPort() + "/page.html?server=http://127.0.0.1:" + lsgraph.port());
                WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
                for (String id : new String[] {"get", "post", "update"})
                    wait.until(d -> !d.findElement(By.id(id)).getText().equals("waiting"));
                assertEquals("KTH", browser.findElement(By.id("get")).getText());
                assertEquals("KTH", browser.findElement(By.id("post")).getText());
                assertEquals("blocked: TypeError", browser.findElement(By.id("update")).getText());
                Path dir = Path.of("target", "screenshots");
                Files.createDirectories(dir);
                Files.copy(browser.getScreenshotAs(OutputType.FILE).toPath(), dir.resolve("cross-origin.png"),
                        StandardCopyOption.REPLACE_EXISTING);
            } finally {
                browser.quit();
            }
        } finally {
            otherSite.stop(0);
        }
    }

    /** The second origin: serves src/test/resources/cors/ on another loopback port. */
    private static HttpServer otherSite() throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            String name = exchange.getRequestURI().getPath().substring(1);
            try (InputStream in = CrossOriginBrowserTest.class.getResourceAsStream("/cors/" + name)) {
                if (in == null || name.contains("/")) {
                    exchange.sendResponseHeaders(404, -1);
                    return;
                }
                byte[] body = in.readAllBytes();
                exchange.getResponseHeaders().set("Content-Type", name.endsWith(".js") ? "text/javascript" : "text/html; charset=utf-8");
                exchange.sendResponseHeaders(200, body.length);
                exchange.getResponseBody().write(body);
            } finally {
                exchange.close();
            }
        });
        server.start();
        return server;
    }

    private static ChromeOptions options(Path profile) {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--window-size=900,500", "--user-data-dir=" + profile.toAbsolutePath());
        return options;
    }
}
