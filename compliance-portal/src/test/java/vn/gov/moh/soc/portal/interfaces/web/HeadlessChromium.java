package vn.gov.moh.soc.portal.interfaces.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import vn.gov.moh.soc.portal.interfaces.rest.PortalOnPayara;
import vn.gov.moh.soc.stack.part.DemoUser;
import vn.gov.moh.soc.testkit.KeycloakEndpoint;

/**
 * Debian's Chromium driven by Debian's chromedriver, headless, with a fresh profile and nothing
 * that reaches the network on its own (this machine's network is closed; no browser is downloaded).
 * Screenshots go to {@code target/screenshots}, which the CI log keeps.
 */
public final class HeadlessChromium implements AutoCloseable {
    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    static final Path SCREENSHOTS = Path.of("target", "screenshots");

    public final ChromeDriver driver;
    private final Path profile;
    private final WebDriverWait wait;

    public HeadlessChromium() throws IOException {
        if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
            throw new IllegalStateException("the browser tests need Debian's chromium and chromium-driver"
                    + " (/usr/bin/chromium, /usr/bin/chromedriver): apt-get install -y chromium chromium-driver; .ci/run does");
        }
        profile = Files.createTempDirectory("portal-chromium-");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--window-size=1400,1000", "--lang=vi", "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
        wait = new WebDriverWait(driver, Duration.ofSeconds(30));
    }

    /** The deployments whose URL the realm's client already accepts as a redirect. */
    private static final Set<String> REDIRECTS_ALLOWED = ConcurrentHashMap.newKeySet();

    /**
     * A browser logged in as the demo user: {@code page} of the deployment, the OpenID Connect
     * redirect to Keycloak's own login page, the user's name and password, back on the page.
     */
    static HeadlessChromium loggedIn(URL base, DemoUser user, String page) throws Exception {
        String root = base.toString().replaceAll("/$", "");
        if (!REDIRECTS_ALLOWED.contains(root)) {
            PortalClientRedirects.allow(PortalOnPayara.keycloak(), base.toString());
            REDIRECTS_ALLOWED.add(root);
        }
        return loggedIn(base, PortalOnPayara.keycloak(), user, page);
    }

    /**
     * The same, against a Keycloak whose realm already lets the browser back to that portal (the
     * local stack's realm names the stack's portal URL).
     */
    public static HeadlessChromium loggedIn(URL base, KeycloakEndpoint keycloak, DemoUser user, String page) throws Exception {
        String root = base.toString().replaceAll("/$", "");
        HeadlessChromium browser = new HeadlessChromium();
        try {
            browser.driver.get(root + "/" + page);
            browser.logInAtKeycloak(keycloak, user);
            try {
                browser.waitForText(By.id("who"), user.username());
            } catch (org.openqa.selenium.TimeoutException e) {
                // A busy machine's Keycloak may answer the server's first fetch of its keys too late
                // (a 500 with "Couldn't retrieve remote JWK set"): Keycloak's session stands, so once more.
                browser.screenshot("retried-login-" + user.username());
                browser.driver.get(root + "/" + page);
                browser.waitForText(By.id("who"), user.username());
            }
            // Back on the page asked for, not on the start page (ReturnTo).
            assertThat(browser.driver.getCurrentUrl()).endsWith("/" + page);
            return browser;
        } catch (Exception | AssertionError e) {
            browser.screenshot("failed-login-" + user.username());
            browser.close();
            throw e;
        }
    }

    public WebElement waitFor(By by) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(by));
    }

    public void waitForText(By by, String text) {
        wait.until(ExpectedConditions.textToBePresentInElementLocated(by, text));
    }

    /** Waits until the element's attribute has the value, e.g. a page's state after an Ajax update. */
    public void waitForAttribute(By by, String attribute, String value) {
        wait.until(ExpectedConditions.attributeToBe(by, attribute, value));
    }

    /** Waits until the element is gone or hidden, e.g. a closing dialog's modal mask. */
    public void waitUntilGone(By by) {
        wait.until(ExpectedConditions.invisibilityOfElementLocated(by));
    }

    public void waitUntilUrlContains(String part) {
        wait.until(ExpectedConditions.urlContains(part));
    }

    /** Waits until PrimeFaces has no Ajax request running. */
    public void waitForAjax() {
        wait.until(d -> Boolean.TRUE.equals(driver.executeScript(
                "return !window.PrimeFaces || !PrimeFaces.ajax || PrimeFaces.ajax.Queue.isEmpty();")));
    }

    public boolean present(By by) {
        return !driver.findElements(by).isEmpty();
    }

    /** Logs in on Keycloak's own login page, which the portal's OpenID Connect redirect has opened. */
    public void logInAtKeycloak(KeycloakEndpoint keycloak, DemoUser user) {
        waitFor(By.id("username"));
        assertThat(driver.getCurrentUrl()).startsWith(keycloak.issuer() + "/protocol/openid-connect/auth");
        type(By.id("username"), user.username());
        type(By.id("password"), DemoUser.PASSWORD);
        driver.findElement(By.id("kc-login")).click();
    }

    public void type(By by, String text) {
        WebElement e = waitFor(by);
        e.clear();
        e.sendKeys(text);
    }

    public Path screenshot(String name) throws IOException {
        // A name may hold a folder of its own (soc-console/01-queue).
        Path target = SCREENSHOTS.resolve(name + ".png");
        Files.createDirectories(target.getParent());
        Files.move(driver.getScreenshotAs(OutputType.FILE).toPath(), target, StandardCopyOption.REPLACE_EXISTING);
        return target;
    }

    /** Steps of a test; on a failure the page as it stood is saved as {@code failed-<name>.png}. */
    public interface Steps {
        void run() throws Exception;
    }

    public void steps(String name, Steps steps) throws Exception {
        try {
            steps.run();
        } catch (Exception | AssertionError e) {
            screenshot("failed-" + name);
            throw e;
        }
    }

    @Override
    public void close() throws IOException {
        driver.quit();
        try (var files = Files.walk(profile)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
