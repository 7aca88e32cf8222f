package se.lsgraph.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;

import se.lsgraph.support.Browser;
import se.lsgraph.support.TestServer;

/** The reconciliation preview as OpenRefine shows it, in headless Chromium with the bundled graph: the name links to the page. */
class ReconcilePreviewBrowserTest {
    @RegisterExtension
    static final TestServer.Extension WEB = TestServer.extension();

    @TempDir
    Path profile;

    @Test
    void thePreviewNamesTheCandidateItsKindsAndOtherNames() {
        try (Browser browser = Browser.open(WEB.port(), "sv-SE", profile)) {
            browser.driver.manage().window().setSize(new org.openqa.selenium.Dimension(400, 200));
            browser.get("/reconcile/preview?id=org/karolinska-institutet");
            var link = browser.driver.findElement(By.cssSelector("strong a"));
            assertEquals("Karolinska Institutet", link.getText());
            assertEquals("http://127.0.0.1:" + WEB.port() + "/id/org/karolinska-institutet", link.getAttribute("href"));
            assertEquals("Karolinska Institutet", browser.driver.getTitle());
            browser.screenshot("reconcile-preview.png");
        }
    }
}
