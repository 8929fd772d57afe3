package vn.gov.moh.soc.portal.interfaces.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.net.URL;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import vn.gov.moh.soc.portal.application.pipeline.TestRules;
import vn.gov.moh.soc.portal.interfaces.rest.SeededSearch;
import vn.gov.moh.soc.stack.part.DemoUser;
import vn.gov.moh.soc.testkit.ElasticsearchEndpoint;
import vn.gov.moh.soc.testkit.RealStack;

/**
 * The event search and rules pages in headless Chromium, on {@link SeededSearch}'s events: the
 * analyst's search (total, query string, a facet click, the document dialog, a refused query next
 * to the query field), an alert's source events, an officer's search limited to the own unit, and
 * the rules page's counts, validation with the line and publication. Screenshots in target/screenshots.
 */
@RealStack
@ExtendWith(SeededSearch.Portal.class)
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ConsoleSearchPagesIT {

    @ArquillianResource
    URL base;

    @Deployment(testable = false)
    static WebArchive portal() {
        return ShrinkWrap.createFromZipFile(WebArchive.class, new File(System.getProperty("portal.it.war")));
    }

    private HeadlessChromium loggedIn(DemoUser user, String page) throws Exception {
        return HeadlessChromium.loggedIn(base, user, page);
    }

    private static String total(HeadlessChromium browser) {
        return browser.driver.findElement(By.id("search:total")).getText();
    }

    private static List<WebElement> rows(HeadlessChromium browser, String table) {
        return browser.driver.findElements(By.cssSelector("[id='" + table + "_data'] tr:not(.ui-datatable-empty-message)"));
    }

    @Test
    @Order(1)
    void anAnalystSearchesFiltersByAFacetAndOpensAnEvent(ElasticsearchEndpoint es) throws Exception {
        try (HeadlessChromium browser = loggedIn(DemoUser.ANALYST, "events.xhtml")) {
            browser.steps("events-analyst", () -> {
                assertThat(browser.driver.findElement(By.tagName("h1")).getText()).isEqualTo("Tìm kiếm sự kiện");
                assertThat(total(browser)).as("the last 24 hours").isEqualTo("155");
                assertThat(browser.driver.findElements(By.cssSelector("svg.histogram rect")).size()).as("30-minute bars over 24 hours")
                        .isBetween(48, 49);
                assertThat(rows(browser, "search:table")).hasSize(50);
                browser.screenshot("console-01-events-analyst");

                browser.type(By.id("search:q"), "event.outcome:failure");
                browser.driver.findElement(By.id("search:go")).click();
                browser.waitForAjax();
                long failures = SeededSearch.SEEDED.values().stream().filter(e -> !e.timestamp().isBefore(SeededSearch.T0))
                        .filter(e -> e.text("event.outcome").equals("failure")).count();
                assertThat(total(browser)).isEqualTo(String.valueOf(failures));

                browser.driver.findElement(By.xpath("//div[contains(@class,'facet')]//a[normalize-space(.)='xp-web-01']")).click();
                browser.waitForAjax();
                assertThat(total(browser)).as("failures of Xanh Pôn's web server").isEqualTo("15");
                assertThat(browser.driver.findElement(By.xpath("//div[contains(@class,'selected')]//a")).getText()).contains("xp-web-01");
                browser.screenshot("console-02-events-filtered");

                rows(browser, "search:table").get(0).findElement(By.linkText("Xem")).click();
                browser.waitForAjax();
                browser.waitFor(By.cssSelector("[id='document']"));
                assertThat(browser.driver.findElement(By.cssSelector("[id='document']")).getText()).contains("xp-web-01", "organization.id");
                browser.screenshot("console-03-event-document");
                browser.driver.findElement(By.cssSelector("[id='document'] .ui-dialog-titlebar-close")).click();
                // The dialog's modal mask fades out: clicking before it is gone hits the mask (seen in CI).
                browser.waitUntilGone(By.id("document_modal"));

                browser.type(By.id("search:q"), "host.name:(xp-web-01 AND");
                browser.driver.findElement(By.id("search:go")).click();
                browser.waitForAjax();
                assertThat(browser.waitFor(By.cssSelector("[id='search:q'] ~ .ui-message-error, .ui-message-error[id^='search:']"))
                        .getText()).contains("Cannot parse");
                browser.screenshot("console-04-events-refused-query");
            });
        }
    }

    @Test
    @Order(2)
    void anAlertOpensOnItsSourceEvents() throws Exception {
        try (HeadlessChromium browser = loggedIn(DemoUser.ANALYST, "events.xhtml?alert=" + SeededSearch.ALERT_BACH_MAI)) {
            browser.steps("events-alert", () -> {
                assertThat(browser.driver.findElement(By.id("search:alertId")).getText()).isEqualTo(SeededSearch.ALERT_BACH_MAI);
                assertThat(rows(browser, "search:table")).hasSize(3);
                assertThat(browser.driver.findElement(By.id("search:missing")).getText()).contains("bm-gone");
                browser.screenshot("console-05-alert-source-events");
            });
        }
    }

    @Test
    @Order(3)
    void anOfficerSearchesOnlyTheOwnUnitAndHasNoRulesPage() throws Exception {
        try (HeadlessChromium browser = loggedIn(DemoUser.OFFICER_XANH_PON, "events.xhtml")) {
            browser.steps("events-officer", () -> {
                assertThat(total(browser)).isEqualTo("30");
                assertThat(browser.driver.findElements(By.xpath("//div[contains(@class,'facet')]//a[normalize-space(.)='bm-web-01']"))).isEmpty();
                assertThat(browser.present(By.id("navRules"))).isFalse();
                assertThat(browser.present(By.id("navEvents"))).isTrue();
                browser.screenshot("console-06-events-officer");
            });
        }
    }

    @Test
    @Order(4)
    void anAnalystSeesTheRulesCountsValidatesWithTheLineAndPublishes() throws Exception {
        try (HeadlessChromium browser = loggedIn(DemoUser.ANALYST, "rules.xhtml")) {
            browser.steps("rules-analyst", () -> {
                WebElement ssh = browser.driver.findElement(By.xpath("//tr[td[contains(.,'" + SeededSearch.RULE_FILES + "')]]"));
                assertThat(ssh.getText()).contains("SSH brute force", "Tệp luật của pipeline", "3", "5");
                browser.screenshot("console-07-rules");

                WebElement yaml = browser.waitFor(By.id("editor:yaml"));
                yaml.clear();
                yaml.sendKeys(TestRules.REFUSED_SUDO.replace("  condition: selection", "  condition: [selection\n   bad: }"));
                browser.driver.findElement(By.id("editor:validate")).click();
                browser.waitForAjax();
                assertThat(browser.waitFor(By.id("editor:problems")).getText()).containsPattern("Dòng 1[1-3]");
                browser.screenshot("console-08-rule-invalid");

                yaml = browser.driver.findElement(By.id("editor:yaml"));
                yaml.clear();
                yaml.sendKeys(TestRules.REFUSED_SUDO);
                browser.driver.findElement(By.id("editor:validate")).click();
                browser.waitForAjax();
                assertThat(browser.waitFor(By.id("editor:valid")).getText()).contains(TestRules.REFUSED_SUDO_ID);
                browser.driver.findElement(By.id("editor:publish")).click();
                browser.waitForAjax();
                WebElement published = browser.waitFor(By.xpath("//tr[td[contains(.,'" + TestRules.REFUSED_SUDO_ID + "')]]"));
                assertThat(published.getText()).contains("Cổng", "Đang chạy", "1", "2");
                browser.screenshot("console-09-rule-published");
            });
        }
        try (HeadlessChromium browser = loggedIn(DemoUser.AUDITOR, "rules.xhtml")) {
            browser.steps("rules-auditor", () -> {
                browser.waitFor(By.id("list:rules"));
                assertThat(browser.present(By.id("editor:yaml"))).as("auditors read").isFalse();
            });
        }
    }
}
