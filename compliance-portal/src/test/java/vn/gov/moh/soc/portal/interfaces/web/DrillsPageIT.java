package vn.gov.moh.soc.portal.interfaces.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.net.URL;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
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
import vn.gov.moh.soc.core.naming.Namespace;
import vn.gov.moh.soc.portal.application.LocalDay;
import vn.gov.moh.soc.portal.domain.model.drill.DrillId;
import vn.gov.moh.soc.portal.domain.model.drill.run.DrillPlay;
import vn.gov.moh.soc.portal.domain.model.drill.run.DrillRun;
import vn.gov.moh.soc.portal.domain.model.unit.UnitId;
import vn.gov.moh.soc.portal.infrastructure.json.DrillRunJson;
import vn.gov.moh.soc.portal.interfaces.rest.AlertDocuments;
import vn.gov.moh.soc.portal.interfaces.rest.PortalOnPayara;
import vn.gov.moh.soc.portal.interfaces.rest.PortalWithSearch;
import vn.gov.moh.soc.stack.part.DemoUser;
import vn.gov.moh.soc.testkit.ElasticsearchEndpoint;
import vn.gov.moh.soc.testkit.RealStack;

/**
 * The drill pages in headless Chromium (set-up as {@link OfficerJourneyIT}, with the test kit's
 * Elasticsearch and its soc-core templates). officer.bachmai adds a drill to the plan through the
 * form (a blank title refused as the API refuses it), sees it in the list, and is refused a start:
 * this server has no soc-agent jar and no Kafka, so no run reaches a live pipeline here; then
 * records how it was held (a future end refused) and sees it held.
 *
 * <p><b>What is seeded</b>: the two runs are rows written into the server's {@code drill_run}
 * table (their steps' JSON made by the portal's own {@link DrillRunJson} from a {@link DrillRun}),
 * and their alerts are documents carrying the run's mark in the namespace's alerts index, with the
 * triage times analysts leave. The page measures them itself, through the service the API uses.
 * A finished run: step 1 detected (42 s, acknowledged after 3 min, closed after 10), step 2 late
 * (400 s against a 300 s wait), step 3 (quiet exfiltration) missed. A running run: step 1 waiting,
 * then its alert is written and the page's poll shows it detected.
 * Then the auditor reads the same drill and runs and sees no start or plan controls.
 * Screenshots {@code target/screenshots/drills-*.png}.
 */
@RealStack
@ExtendWith(PortalWithSearch.class)
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DrillsPageIT {
    private static final String UNIT = "bv-bach-mai";
    /** Far above the ids the server's sequence hands out in this test. */
    private static final long FINISHED_RUN = 1_000_001;
    private static final long RUNNING_RUN = 1_000_002;
    private static final String TITLE = "Diễn tập ứng cứu sự cố tấn công HIS";
    private static long drillId;

    @ArquillianResource
    URL base;

    @Deployment(testable = false)
    static WebArchive portal() {
        return ShrinkWrap.createFromZipFile(WebArchive.class, new File(System.getProperty("portal.it.war")));
    }

    private String url(String page) {
        return base.toString().replaceAll("/$", "") + "/" + page;
    }

    private static String rule(DrillPlay play) {
        return play.expectedRules().iterator().next();
    }

    /** Writes the run's row as the repository stores it. */
    private static void seed(DrillRun run) throws Exception {
        try (Connection db = PortalOnPayara.database(); PreparedStatement insert = db.prepareStatement(
                "insert into drill_run (id, drill_id, unit_id, started_by, started_at, detection_wait_seconds, steps_json, failure, version)"
                        + " values (?, ?, ?, ?, ?, ?, ?, null, 0)")) {
            insert.setLong(1, run.id().value());
            insert.setLong(2, run.drill().value());
            insert.setString(3, run.unit().value());
            insert.setString(4, run.startedBy());
            insert.setObject(5, run.startedAt().atOffset(ZoneOffset.UTC));
            insert.setLong(6, run.detectionWait().toSeconds());
            insert.setString(7, DrillRunJson.steps(run.steps()).toString());
            assertThat(insert.executeUpdate()).isEqualTo(1);
        }
    }

    /** Sets the date pickers' inputs as typed (their popups would cover the button a click then hits). */
    private static void dates(HeadlessChromium browser, String start, String end) {
        browser.driver.executeScript("document.getElementById('plan:plannedStart_input').value=arguments[0];"
                + "document.getElementById('plan:plannedEnd_input').value=arguments[1];", start, end);
    }

    private static void executionDates(HeadlessChromium browser, String start, String end) {
        browser.driver.executeScript("document.getElementById('execution:startedOn_input').value=arguments[0];"
                + "document.getElementById('execution:endedOn_input').value=arguments[1];", start, end);
    }

    private static List<String> texts(HeadlessChromium browser, String css) {
        return browser.driver.findElements(By.cssSelector(css)).stream().map(WebElement::getText).toList();
    }

    @Test
    @Order(1)
    void theOfficerPlansADrillAndReadsItsRunsMeasuredStepByStep(ElasticsearchEndpoint es, Namespace ns) throws Exception {
        int year = LocalDay.today().getYear();
        try (HeadlessChromium browser = HeadlessChromium.loggedIn(base, DemoUser.OFFICER_BACH_MAI, "drills.xhtml")) {
            browser.steps("drills-officer", () -> {
                assertThat(browser.driver.findElement(By.id("navDrills")).getText()).isEqualTo("Diễn tập");
                assertThat(browser.driver.findElement(By.tagName("h1")).getText()).isEqualTo("Diễn tập an toàn thông tin mạng");
                // A plan entry through the form, refused as POST /api/drills refuses it.
                browser.type(By.id("plan:scenarios"), "Dò mật khẩu SSH vào máy chủ HIS");
                dates(browser, "10/11/" + year, "12/11/" + year);
                browser.driver.findElement(By.id("plan:create")).click();
                browser.waitForAjax();
                browser.waitForText(By.id("plan"), "title is required");
                browser.type(By.id("plan:title"), TITLE);
                dates(browser, "10/11/" + year, "12/11/" + year);
                browser.driver.findElement(By.id("plan:create")).click();
                browser.waitForAjax();
                browser.waitForText(By.id("messages"), "Đã thêm cuộc diễn tập vào kế hoạch.");
                WebElement row = browser.waitFor(By.xpath("//tr[.//a[text()='" + TITLE + "']]"));
                assertThat(row.getText()).contains("Bệnh viện Bạch Mai", "Diễn tập của đơn vị", "Quá hạn, chưa tổ chức");
                String href = row.findElement(By.tagName("a")).getAttribute("href");
                drillId = Long.parseLong(href.replaceAll(".*[?&]drill=(\\d+).*", "$1"));
                browser.screenshot("drills-01-planned");

                // The seeded runs and their marked alerts (see the class comment).
                Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
                DrillRun finished = DrillRun.start(new DrillId(drillId), UnitId.of(UNIT), "officer.bachmai", now.minus(Duration.ofMinutes(30)),
                                Duration.ofSeconds(300), List.of(DrillPlay.SSH_BRUTE_FORCE, DrillPlay.SQL_INJECTION, DrillPlay.QUIET_EXFILTRATION))
                        .withId(new vn.gov.moh.soc.portal.domain.model.drill.run.DrillRunId(FINISHED_RUN))
                        .injected(1, now.minus(Duration.ofMinutes(25))).injected(2, now.minus(Duration.ofMinutes(20)))
                        .injected(3, now.minus(Duration.ofMinutes(15)));
                seed(finished);
                Instant first = now.minus(Duration.ofMinutes(25)).plusSeconds(42);
                String detected = AlertDocuments.writeMarked(es, ns, first, rule(DrillPlay.SSH_BRUTE_FORCE), "SSH brute force (diễn tập)", UNIT,
                        finished.mark(), "benign", first.plus(Duration.ofMinutes(3)), first.plus(Duration.ofMinutes(10)));
                Instant late = now.minus(Duration.ofMinutes(20)).plusSeconds(400);
                AlertDocuments.writeMarked(es, ns, late, rule(DrillPlay.SQL_INJECTION), "SQL injection (diễn tập)", UNIT, finished.mark(),
                        "acknowledged", late.plusSeconds(60), null);
                DrillRun running = DrillRun.start(new DrillId(drillId), UnitId.of(UNIT), "officer.bachmai", now.minus(Duration.ofMinutes(1)),
                                Duration.ofSeconds(600), List.of(DrillPlay.SSH_BRUTE_FORCE, DrillPlay.EHR_SNOOPING))
                        .withId(new vn.gov.moh.soc.portal.domain.model.drill.run.DrillRunId(RUNNING_RUN))
                        .injected(1, now.minusSeconds(30));
                seed(running);

                browser.driver.get(url("drills.xhtml?drill=" + drillId));
                assertThat(browser.waitFor(By.id("chosen")).getText()).contains(TITLE);
                List<String> runs = texts(browser, "[id='runs:table_data'] tr");
                assertThat(runs).hasSize(2);
                assertThat(runs.get(0)).contains("drill-run-" + FINISHED_RUN, "1 / 3", "Đã kết thúc");
                assertThat(runs.get(1)).contains("drill-run-" + RUNNING_RUN, "0 / 2", "Đang diễn tập");
                // The officer may start a run for the own unit; this server cannot inject, and says why.
                browser.driver.findElement(By.id("start:go")).click();
                browser.waitForAjax();
                browser.waitForText(By.id("start"), "portal.drills.agent-jar is not set");
                browser.screenshot("drills-02-runs-start-refused");
                browser.driver.get(url("drills.xhtml?drill=" + drillId));
                assertThat(texts(browser, "[id='runs:table_data'] tr")).as("a refused start stores no run").hasSize(2);

                // The record once held, refused as PUT /api/drills/{id}/execution refuses a future end.
                java.time.format.DateTimeFormatter day = java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy");
                executionDates(browser, "10/11/" + year, LocalDay.today().plusDays(1).format(day));
                browser.type(By.id("execution:conductedBy"), "Phòng Công nghệ thông tin, Bệnh viện Bạch Mai");
                browser.type(By.id("execution:findings"), "Cảnh báo dò mật khẩu đến sau 42 giây\n\nKhông phát hiện lấy cắp dữ liệu âm thầm");
                browser.type(By.id("execution:lessons"), "Cần luật phát hiện cho việc xuất báo cáo bất thường");
                browser.driver.findElement(By.id("execution:save")).click();
                browser.waitForAjax();
                browser.waitForText(By.id("execution"), "is in the future");
                executionDates(browser, "10/11/" + year, "12/11/" + year);
                browser.driver.findElement(By.id("execution:save")).click();
                browser.waitForAjax();
                browser.waitForText(By.id("messages"), "Đã ghi nhận kết quả tổ chức diễn tập.");
                assertThat(browser.waitFor(By.id("held")).getText()).contains("Phòng Công nghệ thông tin, Bệnh viện Bạch Mai",
                        "Cảnh báo dò mật khẩu đến sau 42 giây", "Không phát hiện lấy cắp dữ liệu âm thầm",
                        "Cần luật phát hiện cho việc xuất báo cáo bất thường");
                assertThat(browser.driver.findElements(By.cssSelector("[id='held'] li"))).as("a blank line is no finding").hasSize(3);
                assertThat(browser.waitFor(By.xpath("//tr[.//a[text()='" + TITLE + "']]")).getText()).contains("Đã tổ chức");
                browser.screenshot("drills-02b-recorded");

                browser.driver.findElement(By.linkText("drill-run-" + FINISHED_RUN)).click();
                browser.waitUntilUrlContains("drill-run.xhtml");
                assertThat(browser.waitFor(By.id("progress")).getAttribute("data-progress")).isEqualTo("FINISHED");
                assertThat(browser.driver.findElement(By.id("heading")).getText()).isEqualTo("drill-run-" + FINISHED_RUN + " — " + TITLE);
                assertThat(browser.driver.findElements(By.id("detail:bar"))).as("no progress bar once finished").isEmpty();
                assertThat(browser.driver.findElement(By.id("injected")).getText()).isEqualTo("3 / 3");
                assertThat(browser.driver.findElement(By.id("detected")).getText()).isEqualTo("1 / 3");
                assertThat(browser.driver.findElement(By.id("missed")).getText()).isEqualTo("2, 3");
                assertThat(browser.driver.findElement(By.id("medianDetect")).getText()).isEqualTo("42s");
                assertThat(browser.driver.findElement(By.id("medianAcknowledge")).getText()).isEqualTo("1m 00s");
                assertThat(browser.driver.findElement(By.id("medianClose")).getText()).isEqualTo("10m 00s");
                List<WebElement> steps = browser.driver.findElements(By.cssSelector("[id='detail:steps_data'] tr"));
                assertThat(steps).hasSize(3);
                assertThat(steps.get(0).getAttribute("class")).contains("step-DETECTED");
                assertThat(steps.get(0).getText()).contains("Dò mật khẩu SSH", "Phát hiện đúng hạn", "SSH brute force (diễn tập)");
                assertThat(browser.driver.findElement(By.id("detail:steps:0:ttd")).getText()).isEqualTo("42s");
                assertThat(browser.driver.findElement(By.id("detail:steps:0:tta")).getText()).isEqualTo("3m 00s");
                assertThat(browser.driver.findElement(By.id("detail:steps:0:ttc")).getText()).isEqualTo("10m 00s");
                assertThat(steps.get(1).getAttribute("class")).contains("step-LATE");
                assertThat(steps.get(1).getText()).contains("Tấn công chèn mã SQL", "Phát hiện muộn");
                assertThat(browser.driver.findElement(By.id("detail:steps:1:ttd")).getText()).isEqualTo("6m 40s");
                assertThat(browser.driver.findElement(By.id("detail:steps:1:ttc")).getText()).as("not closed").isEmpty();
                assertThat(steps.get(2).getAttribute("class")).contains("step-MISSED");
                assertThat(steps.get(2).getText()).contains("Lấy cắp dữ liệu âm thầm", "Bỏ sót, không phát hiện");
                assertThat(browser.driver.findElements(By.id("detail:steps:2:alert"))).as("no alert for a missed step").isEmpty();
                assertThat(browser.driver.findElement(By.id("detail:steps:2:outcome")).getAttribute("class")).contains("step-missed");
                browser.screenshot("drills-03-run-finished");

                browser.driver.findElement(By.id("detail:steps:0:alert")).click();
                browser.waitUntilUrlContains("alert.xhtml");
                assertThat(browser.driver.getCurrentUrl()).endsWith("alert.xhtml?id=" + detected);
                assertThat(browser.waitFor(By.tagName("h2")).getText()).contains("SSH brute force (diễn tập)");
                browser.screenshot("drills-04-alert");

                // The running run: step 1 waits; its alert arrives and the poll shows it detected.
                browser.driver.get(url("drill-run.xhtml?drill=" + drillId + "&run=" + RUNNING_RUN));
                assertThat(browser.waitFor(By.id("progress")).getAttribute("data-progress")).isEqualTo("RUNNING");
                assertThat(browser.driver.findElement(By.id("detail:bar")).isDisplayed()).isTrue();
                assertThat(browser.driver.findElement(By.id("detail:steps:0:outcome")).getText()).isEqualTo("Đang chờ phát hiện");
                assertThat(browser.driver.findElement(By.id("detail:steps:1:outcome")).getText()).isEqualTo("Chưa đưa dữ liệu");
                browser.screenshot("drills-05-run-waiting");
                AlertDocuments.writeMarked(es, ns, Instant.now().truncatedTo(ChronoUnit.MILLIS), rule(DrillPlay.SSH_BRUTE_FORCE),
                        "SSH brute force (diễn tập)", UNIT, running.mark(), "open", null, null);
                browser.waitForText(By.id("detail:steps:0:outcome"), "Phát hiện đúng hạn");
                assertThat(browser.driver.findElement(By.id("progress")).getAttribute("data-progress")).as("step 2 not injected yet")
                        .isEqualTo("RUNNING");
                assertThat(browser.driver.findElement(By.id("detail:steps:0:tta")).getText()).as("not acknowledged yet").isEmpty();
                browser.screenshot("drills-06-run-detected-by-poll");
            });
        }
    }

    @Test
    @Order(2)
    void theAuditorReadsTheDrillAndItsRunsWithoutAnyControl() throws Exception {
        try (HeadlessChromium browser = HeadlessChromium.loggedIn(base, DemoUser.AUDITOR, "drills.xhtml?drill=" + drillId)) {
            browser.steps("drills-auditor", () -> {
                assertThat(browser.waitFor(By.xpath("//tr[.//a[text()='" + TITLE + "']]")).getText()).contains("Bệnh viện Bạch Mai");
                assertThat(browser.waitFor(By.id("chosen")).getText()).contains(TITLE);
                assertThat(texts(browser, "[id='runs:table_data'] tr")).hasSize(2);
                assertThat(browser.driver.findElements(By.id("start:go"))).as("auditors start no run").isEmpty();
                assertThat(browser.driver.findElements(By.id("plan:create"))).as("auditors plan no drill").isEmpty();
                assertThat(browser.driver.findElements(By.id("execution:save"))).as("auditors record no drill").isEmpty();
                assertThat(browser.driver.findElement(By.id("held")).getText()).contains("Phòng Công nghệ thông tin, Bệnh viện Bạch Mai");
                browser.screenshot("drills-07-auditor");
                browser.driver.findElement(By.linkText("drill-run-" + FINISHED_RUN)).click();
                browser.waitUntilUrlContains("drill-run.xhtml");
                assertThat(browser.waitFor(By.id("missed")).getText()).isEqualTo("2, 3");
                assertThat(browser.driver.findElements(By.cssSelector(".portal-main button"))).as("no buttons on the run").isEmpty();
                browser.screenshot("drills-08-auditor-run");
            });
        }
    }
}
