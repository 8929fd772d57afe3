package vn.gov.moh.soc.portal.interfaces.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.net.URL;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
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
import vn.gov.moh.soc.core.naming.Namespace;
import vn.gov.moh.soc.portal.interfaces.rest.AlertDocuments;
import vn.gov.moh.soc.portal.interfaces.rest.PortalOnPayara;
import vn.gov.moh.soc.portal.interfaces.rest.PortalWithSearch;
import vn.gov.moh.soc.stack.part.DemoUser;
import vn.gov.moh.soc.testkit.ElasticsearchEndpoint;
import vn.gov.moh.soc.testkit.RealStack;

/**
 * The incident pages in headless Chromium (set-up as {@link OfficerJourneyIT}, with the test kit's
 * Elasticsearch): the analyst opens the queue's escalation link for a real alert document, sees the
 * proposal, creates the incident, moves it to containment and comments; the list shows it overdue;
 * the officer of the affected unit reads it without handling controls and comments; the officer of
 * another unit is refused. Screenshots in target/screenshots.
 */
@RealStack
@ExtendWith(PortalWithSearch.class)
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class IncidentJourneyIT {
    private static String incidentUrl;
    private static String reference;

    @ArquillianResource
    URL base;

    @Deployment(testable = false)
    static WebArchive portal() {
        return ShrinkWrap.createFromZipFile(WebArchive.class, new File(System.getProperty("portal.it.war")));
    }

    private String url(String page) {
        return base.toString().replaceAll("/$", "") + "/" + page;
    }

    private HeadlessChromium loggedIn(DemoUser user, String page) throws Exception {
        return HeadlessChromium.loggedIn(base, user, page);
    }

    @Test
    @Order(1)
    void theAnalystEscalatesAnAlertFromTheQueueLinkAndHandlesTheIncident(ElasticsearchEndpoint es, Namespace ns) throws Exception {
        String alert = AlertDocuments.write(es, ns, Instant.now().minus(2, ChronoUnit.HOURS).truncatedTo(ChronoUnit.MILLIS), "high", "P2",
                "bv-bach-mai", "system-4", "HIS Bạch Mai", 3, "203.0.113.9", "open");
        try (HeadlessChromium browser = loggedIn(DemoUser.ANALYST, "incident-new.xhtml?alerts=" + alert)) {
            browser.steps("incident-analyst", () -> {
                assertThat(browser.driver.findElement(By.tagName("h1")).getText()).isEqualTo("Tạo sự cố từ cảnh báo");
                assertThat(browser.waitFor(By.id("incidentNew:title")).getAttribute("value")).isEqualTo("SSH brute force — HIS Bạch Mai");
                assertThat(browser.driver.findElement(By.id("incidentNew:alerts")).getText()).contains("SSH brute force").contains("his-web-1");
                browser.screenshot("incident-01-proposal");
                browser.driver.findElement(By.id("incidentNew:create")).click();
                browser.waitUntilUrlContains("incident.xhtml");
                incidentUrl = browser.driver.getCurrentUrl().replaceAll(".*/(incident\\.xhtml\\?id=\\d+).*", "$1");
                assertThat(browser.waitFor(By.id("state")).getAttribute("data-state")).isEqualTo("NEW");
                reference = browser.driver.findElement(By.id("heading")).getText().split(" ")[0];
                assertThat(reference).matches("INC-\\d{4}-\\d{4,}");
                assertThat(browser.driver.findElement(By.cssSelector(".deadlines")).getText()).contains("Quá hạn")
                        .contains("Thông tư 20/2017/TT-BTTTT").contains("cơ quan điều phối quốc gia");
                browser.screenshot("incident-02-created");

                browser.driver.findElements(By.cssSelector("button[id$=':move']")).stream()
                        .filter(b -> b.getText().contains("Ngăn chặn")).findFirst().orElseThrow().click();
                browser.waitForAjax();
                assertThat(browser.waitFor(By.id("state")).getAttribute("data-state")).isEqualTo("CONTAINMENT");
                browser.type(By.id("incident:text"), "Đã chặn địa chỉ 203.0.113.9 trên tường lửa.");
                browser.driver.findElement(By.id("incident:addComment")).click();
                browser.waitForAjax();
                assertThat(browser.waitFor(By.id("incident:timeline")).getText()).contains("status NEW → CONTAINMENT").contains("commented");
                assertThat(browser.driver.findElement(By.id("incident")).getText()).contains("Đã chặn địa chỉ 203.0.113.9 trên tường lửa.");
                browser.screenshot("incident-03-containment");

                // The details, edited on the page through the API's service call: a blank title refused the same way.
                browser.driver.findElement(By.id("incident:editDetails")).click();
                browser.waitForAjax();
                assertThat(browser.waitFor(By.id("incident:title")).getAttribute("value")).isEqualTo("SSH brute force — HIS Bạch Mai");
                browser.type(By.id("incident:title"), "   ");
                browser.driver.findElement(By.id("incident:saveDetails")).click();
                browser.waitForAjax();
                browser.waitForText(By.id("incident:details"), "the title is required");
                assertThat(browser.driver.findElement(By.id("heading")).getText()).endsWith("SSH brute force — HIS Bạch Mai");
                browser.type(By.id("incident:title"), "Dò mật khẩu SSH vào HIS Bạch Mai");
                browser.driver.executeScript("document.getElementById('incident:severity_input').value='CRITICAL';");
                browser.type(By.id("incident:description"), "Nguồn 203.0.113.9, đã chặn.");
                browser.driver.findElement(By.id("incident:saveDetails")).click();
                browser.waitForAjax();
                browser.waitForText(By.id("heading"), "Dò mật khẩu SSH vào HIS Bạch Mai");
                assertThat(browser.driver.findElements(By.id("incident:details"))).as("closed once saved").isEmpty();
                assertThat(browser.driver.findElement(By.id("incident:descriptionText")).getText()).isEqualTo("Nguồn 203.0.113.9, đã chặn.");
                assertThat(browser.driver.findElement(By.id("incident:body")).getText()).contains("Nghiêm trọng");
                assertThat(browser.waitFor(By.id("incident:timeline")).getText()).contains("title 'Dò mật khẩu SSH vào HIS Bạch Mai'")
                        .contains("severity HIGH → CRITICAL");
                browser.screenshot("incident-03b-details");

                browser.driver.get(url("incidents.xhtml"));
                var row = browser.waitFor(By.xpath("//tr[.//a[text()='" + reference + "']]"));
                assertThat(row.getAttribute("class")).contains("incident-overdue");
                assertThat(row.getText()).contains("Ngăn chặn").contains("Nghiêm trọng");
                browser.screenshot("incident-04-list");
            });
        }
    }

    @Test
    @Order(2)
    void theOfficerOfTheUnitReadsAndCommentsAndAnotherUnitsOfficerIsRefused() throws Exception {
        try (HeadlessChromium browser = loggedIn(DemoUser.OFFICER_BACH_MAI, incidentUrl)) {
            browser.steps("incident-officer", () -> {
                assertThat(browser.waitFor(By.id("heading")).getText()).startsWith(reference);
                assertThat(browser.driver.findElements(By.cssSelector("button[id$=':move']"))).as("no handling controls").isEmpty();
                assertThat(browser.driver.findElements(By.id("incident:close"))).isEmpty();
                assertThat(browser.driver.findElements(By.id("incident:editDetails"))).as("an officer reads the details").isEmpty();
                browser.type(By.id("incident:text"), "Bệnh viện đã cô lập máy chủ his-web-1.");
                browser.driver.findElement(By.id("incident:addComment")).click();
                browser.waitForAjax();
                assertThat(browser.waitFor(By.id("incident")).getText()).contains("Bệnh viện đã cô lập máy chủ his-web-1.");
                browser.screenshot("incident-05-officer");
            });
        }
        try (HeadlessChromium browser = loggedIn(DemoUser.OFFICER_HA_NOI, incidentUrl)) {
            browser.steps("incident-other-officer", () -> {
                assertThat(browser.waitFor(By.id("messages")).getText()).contains("Bạn không có quyền");
                assertThat(browser.driver.findElements(By.id("heading"))).isEmpty();
                browser.screenshot("incident-06-other-officer");
            });
        }
    }
}
