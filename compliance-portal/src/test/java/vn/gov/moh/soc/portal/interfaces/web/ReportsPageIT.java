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
import vn.gov.moh.soc.portal.interfaces.rest.PortalOnPayara;
import vn.gov.moh.soc.stack.part.DemoUser;
import vn.gov.moh.soc.testkit.RealStack;

/**
 * The reports page in headless Chromium (set-up as {@link OfficerJourneyIT}): the auditor asks for
 * the sector report as CSV and sees it go to done with what it was built from and a download
 * button; officer.bachmai may choose only the own unit, asks for its report, and does not see the
 * auditor's sector report. Screenshots {@code target/screenshots/reports-*.png}.
 */
@RealStack
@ExtendWith(PortalOnPayara.class)
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ReportsPageIT {
    @ArquillianResource
    URL base;

    @Deployment(testable = false)
    static WebArchive portal() {
        return ShrinkWrap.createFromZipFile(WebArchive.class, new File(System.getProperty("portal.it.war")));
    }

    /** Selects a value of a PrimeFaces menu through its widget, as a click on the item does (its change event, its Ajax). */
    private static void choose(HeadlessChromium browser, String menu, String value) {
        // selectValue selects silently; the change behaviour (the p:ajax) is then called as a user's choice would.
        browser.driver.executeScript("var w = PrimeFaces.getWidgetById(arguments[0]); w.selectValue(arguments[1]); w.callBehavior('change');",
                menu, value);
        browser.waitForAjax();
    }

    /** The labels a menu offers (its hidden native select holds them all). */
    private static List<String> options(HeadlessChromium browser, String menu) {
        return browser.driver.findElements(By.cssSelector("[id='" + menu + "_input'] option")).stream()
                .map(o -> o.getAttribute("textContent").strip()).toList();
    }

    private static List<String> rows(HeadlessChromium browser) {
        return browser.driver.findElements(By.cssSelector("[id='list:table_data'] tr")).stream().map(WebElement::getText).toList();
    }

    @Test
    @Order(1)
    void theAuditorAsksForTheSectorReportAndSeesItBuilt() throws Exception {
        try (HeadlessChromium browser = HeadlessChromium.loggedIn(base, DemoUser.AUDITOR, "reports.xhtml")) {
            browser.steps("reports-auditor", () -> {
                assertThat(browser.driver.findElement(By.id("navReports")).getText()).isEqualTo("Báo cáo");
                assertThat(options(browser, "request:kind")).containsExactly("Báo cáo toàn ngành", "Báo cáo của đơn vị",
                        "Tóm tắt hồ sơ của hệ thống thông tin", "Báo cáo diễn tập hằng năm");
                choose(browser, "request:kind", "SECTOR_COMPLIANCE");
                browser.driver.findElement(By.xpath("//*[@id='request:format']//div[contains(@class,'ui-button')][normalize-space(.)='CSV']")).click();
                browser.driver.findElement(By.id("request:ask")).click();
                browser.waitForText(By.id("list:table_data"), "Đã xong");
                browser.screenshot("reports-01-auditor-done");
                String row = rows(browser).get(0);
                assertThat(row).contains("Báo cáo toàn ngành", "sector", "CSV", "auditor", "Dữ liệu tính đến", "đơn vị");
                assertThat(browser.driver.findElement(By.id("list:table:0:download")).isDisplayed()).isTrue();
            });
        }
    }

    @Test
    @Order(2)
    void anOfficerChoosesOnlyTheOwnUnitAndSeesOnlyItsReports() throws Exception {
        try (HeadlessChromium browser = HeadlessChromium.loggedIn(base, DemoUser.OFFICER_BACH_MAI, "reports.xhtml")) {
            browser.steps("reports-officer", () -> {
                assertThat(options(browser, "request:unit")).containsExactly("Bệnh viện Bạch Mai");
                browser.driver.findElement(By.id("request:ask")).click();
                browser.waitForText(By.id("list:table_data"), "Đã xong");
                browser.screenshot("reports-02-officer-done");
                assertThat(rows(browser)).isNotEmpty().allSatisfy(r -> assertThat(r).contains("unit bv-bach-mai").doesNotContain("sector"));
            });
        }
    }
}
