package vn.gov.moh.soc.portal.interfaces.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.File;
import java.io.InputStream;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
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
import vn.gov.moh.soc.portal.interfaces.rest.PortalClient;
import vn.gov.moh.soc.portal.interfaces.rest.PortalClient.Answer;
import vn.gov.moh.soc.portal.interfaces.rest.PortalOnPayara;
import vn.gov.moh.soc.portal.interfaces.rest.PortalWithSearch;
import vn.gov.moh.soc.stack.part.DemoUser;
import vn.gov.moh.soc.testkit.ElasticsearchEndpoint;
import vn.gov.moh.soc.testkit.RealStack;

/**
 * The unit pages in headless Chromium (set-up as {@link DashboardPageIT}: the war on Payara Micro
 * with H2, the test kit's Keycloak and Elasticsearch): officer.bachmai declares layer 4 of the
 * 4-layer model and sees it in place (the API agrees), has an inspection dated in the future refused
 * next to its date; makes an IPv6 plan for a system whose events are two thirds IPv6 and sees the
 * measured 66% beside it, has a bad due date refused next to that milestone, sees the flag on a
 * plan declaring dual stack whose system shows no IPv6 traffic; on a system's vulnerability page has
 * a file that is no dependency-check report refused with the reason, uploads the report with four
 * known CVEs and sees them worst first, the critical ones highlighted. The auditor reads all three
 * pages with no edit or upload control, and the findings in English. Screenshots
 * {@code target/screenshots/unit-pages-*.png}.
 */
@RealStack
@ExtendWith(PortalWithSearch.class)
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class UnitPagesIT {
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final String UNIT = "bv-bach-mai";
    private static PortalClient portal;
    private static long dualStackSystem;
    private static long measuredSystem;

    @ArquillianResource
    URL base;

    @Deployment(testable = false)
    static WebArchive portal() {
        return ShrinkWrap.createFromZipFile(WebArchive.class, new File(System.getProperty("portal.it.war")));
    }

    private PortalClient api() {
        if (portal == null) {
            portal = new PortalClient(base, PortalOnPayara.keycloak());
        }
        return portal;
    }

    private long system(String name) throws Exception {
        Answer a = api().call("POST", "/api/systems", DemoUser.ADMIN, Map.of("name", name, "owner", UNIT, "operator", "Phòng CNTT",
                "purpose", "Khám chữa bệnh",
                "profile", Map.of("information", Map.of("categories", List.of("PERSONAL", "PRIVATE"), "personalDataSubjects", 250000),
                        "audience", "CITIZENS_AND_BUSINESSES", "onlineService", "PARTIAL", "scope", "SINGLE_UNIT"),
                "components", List.of(Map.of("name", "web", "hostNames", List.of(name.replace(' ', '-').toLowerCase() + ".example.vn"),
                        "addresses", List.of()))));
        assertThat(a.status()).as(a.toString()).isEqualTo(201);
        return a.body().path("id").asLong();
    }

    private static List<String> texts(HeadlessChromium browser, String css) {
        return browser.driver.findElements(By.cssSelector(css)).stream().map(WebElement::getText).toList();
    }

    @Test
    @Order(1)
    void anOfficerDeclaresTheNationalConnectionAndHasAFutureInspectionRefused() throws Exception {
        try (HeadlessChromium browser = HeadlessChromium.loggedIn(base, DemoUser.OFFICER_BACH_MAI, "systems.xhtml")) {
            browser.steps("unit-pages-protection", () -> {
                browser.driver.findElement(By.id("navProtection")).click();
                browser.waitFor(By.id("unitTitle"));
                assertThat(browser.driver.findElement(By.tagName("h1")).getText()).isEqualTo("Mô hình bảo vệ 4 lớp");
                assertThat(browser.driver.findElement(By.id("unitTitle")).getText()).contains("Bệnh viện Bạch Mai");
                assertThat(texts(browser, "[id='overview:units_data'] tr")).as("an officer's overview: the own subtree")
                        .isNotEmpty().allSatisfy(r -> assertThat(r).doesNotContain("Xanh Pôn"));
                assertThat(browser.driver.findElement(By.id("layers:3:state")).getText()).isEqualTo("Chưa triển khai");
                assertThat(browser.driver.findElement(By.id("layers:0:layer")).getText())
                        .contains("Lớp 1: lực lượng tại chỗ", "Chưa có cán bộ chuyên trách an toàn thông tin tại chỗ", "NO_STAFF");
                browser.screenshot("unit-pages-01-protection-before");

                String since = LocalDate.now(ZoneOffset.UTC).minusDays(30).toString();
                browser.type(By.id("layer4:connectedSince"), since);
                browser.type(By.id("layer4:channel"), "Mạng truyền số liệu chuyên dùng, đầu mối giám sát quốc gia");
                browser.driver.findElement(By.id("layer4:saveConnection")).click();
                browser.waitForText(By.id("layers:3:state"), "Đã triển khai");
                assertThat(browser.driver.findElement(By.id("layer4:connectedSince")).getAttribute("value")).isEqualTo(since);
                browser.screenshot("unit-pages-02-protection-layer4");
                JsonNode layers = api().call("GET", "/api/units/" + UNIT + "/protection", DemoUser.AUDITOR, null).body().path("layers");
                assertThat(layers.get(3).path("status").asText()).isEqualTo("IN_PLACE");

                long records = api().auditRecords();
                browser.type(By.id("layer3:inspector"), "Trung tâm Giám sát an toàn không gian mạng quốc gia");
                browser.type(By.id("layer3:date"), LocalDate.now(ZoneOffset.UTC).plusDays(10).toString());
                browser.driver.findElement(By.id("layer3:addInspection")).click();
                String error = browser.waitFor(By.cssSelector("[id='layer3:dateMessage'].ui-message-error")).getText();
                assertThat(error).contains("in the future");
                assertThat(api().auditRecords()).as("nothing recorded").isEqualTo(records);
                browser.screenshot("unit-pages-03-protection-inspection-refused");
            });
        }
    }

    @Test
    @Order(2)
    void anOfficerMakesAPlanAndSeesTheMeasuredShareAndTheDualStackFlag(ElasticsearchEndpoint es, Namespace ns) throws Exception {
        dualStackSystem = system("HIS song song Bach Mai");
        measuredSystem = system("LIS do luong Bach Mai");
        // A plan whose dual stack is done, of a system with only IPv4 traffic: flagged.
        Answer plan = api().call("POST", "/api/ipv6-plans", DemoUser.OFFICER_BACH_MAI, Map.of("unit", UNIT, "system", dualStackSystem,
                "title", "Chuyển đổi IPv6 cho HIS", "milestones", List.of(
                        Map.of("phase", "INVENTORY", "title", "Kiểm kê", "due", "2026-01-31", "status", "DONE", "doneOn", "2026-01-20"),
                        Map.of("phase", "DUAL_STACK", "title", "Chạy song song", "due", "2026-06-30", "status", "DONE", "doneOn", "2026-06-15"),
                        Map.of("phase", "IPV6_ONLY", "title", "Chỉ dùng IPv6", "due", "2027-12-31"))));
        assertThat(plan.status()).as(plan.toString()).isEqualTo(201);
        // The measured system: two IPv6 connections and one IPv4 a minute ago; the dual-stack one: IPv4 only.
        String[][] events = {{"2001:db8:1::5", "2001:db8:ffaa::11", "" + measuredSystem}, {"2001:db8:1::6", "2001:db8:ffaa::11", "" + measuredSystem},
                {"10.40.0.5", "10.40.0.10", "" + measuredSystem}, {"10.40.0.7", "10.40.0.10", "" + dualStackSystem}};
        Instant at = Instant.now().minusSeconds(60);
        StringBuilder bulk = new StringBuilder();
        for (int i = 0; i < events.length; i++) {
            bulk.append("{\"index\":{\"_index\":\"").append(ns.eventsIndex(at.atOffset(ZoneOffset.UTC).toLocalDate()))
                    .append("\",\"_id\":\"unit-page-").append(i).append("\"}}\n")
                    .append("{\"@timestamp\":\"").append(at).append("\",\"event\":{\"id\":\"unit-page-").append(i)
                    .append("\"},\"organization\":{\"id\":\"").append(UNIT).append("\"},\"soc\":{\"system\":{\"id\":\"").append(events[i][2])
                    .append("\"}},\"source\":{\"ip\":\"").append(events[i][0])
                    .append("\"},\"destination\":{\"ip\":\"").append(events[i][1]).append("\"}}\n");
        }
        HttpResponse<String> indexed = HTTP.send(HttpRequest.newBuilder(URI.create(es.url() + "/_bulk?refresh=true"))
                .header("Content-Type", "application/x-ndjson").POST(HttpRequest.BodyPublishers.ofString(bulk.toString())).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(indexed.body()).contains("\"errors\":false");

        try (HeadlessChromium browser = HeadlessChromium.loggedIn(base, DemoUser.OFFICER_BACH_MAI, "system.xhtml?id=" + measuredSystem)) {
            browser.steps("unit-pages-ipv6", () -> {
                browser.driver.findElement(By.id("form:toIpv6")).click();
                browser.waitFor(By.id("plan:plans"));
                assertThat(browser.driver.findElement(By.tagName("h1")).getText()).isEqualTo("Chuyển đổi IPv6");
                String flagged = browser.driver.findElement(By.xpath("//*[@id='plan:plans_data']/tr[contains(., 'Chuyển đổi IPv6 cho HIS')]")).getText();
                assertThat(flagged).contains("Khai báo chạy song song IPv4/IPv6 nhưng không có lưu lượng IPv6", "0% (0/1)");

                browser.driver.findElement(By.id("plan:newPlan")).click();
                browser.waitFor(By.id("plan:title"));
                browser.type(By.id("plan:title"), "Chuyển đổi IPv6 cho LIS");
                browser.type(By.id("plan:milestones:0:title"), "Kiểm kê thiết bị mạng");
                browser.type(By.id("plan:milestones:0:due"), "31/12/2026");
                browser.driver.findElement(By.id("plan:save")).click();
                String error = browser.waitFor(By.cssSelector("[id='plan:milestones:0:dueMessage'].ui-message-error")).getText();
                assertThat(error).contains("milestones[0].due", "yyyy-MM-dd");
                browser.screenshot("unit-pages-04-ipv6-bad-date");

                browser.type(By.id("plan:milestones:0:due"), "2026-12-31");
                browser.driver.findElement(By.id("plan:save")).click();
                browser.waitUntilGone(By.id("plan:editor"));
                String measured = browser.driver.findElement(By.xpath("//*[@id='plan:plans_data']/tr[contains(., 'Chuyển đổi IPv6 cho LIS')]")).getText();
                assertThat(measured).contains("LIS do luong Bach Mai", "Kiểm kê, đánh giá hiện trạng", "66% (2/3)")
                        .doesNotContain("không có lưu lượng IPv6");
                browser.screenshot("unit-pages-05-ipv6-measured");
            });
        }
        JsonNode plans = api().call("GET", "/api/ipv6-plans?unit=" + UNIT, DemoUser.AUDITOR, null).body().path("items");
        assertThat(plans.findValuesAsText("title")).contains("Chuyển đổi IPv6 cho LIS");
    }

    @Test
    @Order(3)
    void anOfficerHasABadReportRefusedAndUploadsOneWithKnownCves() throws Exception {
        Path bad = Files.createTempFile("not-a-report", ".json");
        Files.writeString(bad, "dependency-check finished: 4 vulnerabilities (the console log, not the JSON report)");
        Path report = Files.createTempFile("his-web-dependency-check", ".json");
        try (InputStream in = UnitPagesIT.class.getResourceAsStream("/vulnerability/his-web-dependency-check.json")) {
            Files.write(report, in.readAllBytes());
        }
        try (HeadlessChromium browser = HeadlessChromium.loggedIn(base, DemoUser.OFFICER_BACH_MAI, "system.xhtml?id=" + dualStackSystem)) {
            browser.steps("unit-pages-vulnerabilities", () -> {
                browser.driver.findElement(By.id("form:toVulnerabilities")).click();
                browser.waitFor(By.id("vulnerabilities:noReport"));
                assertThat(browser.driver.findElement(By.id("systemName")).getText()).isEqualTo("HIS song song Bach Mai");
                assertThat(browser.driver.findElement(By.id("vulnerabilities:level")).getText()).matches("Cấp độ [1-5]");

                browser.driver.findElement(By.cssSelector("input[type='file']")).sendKeys(bad.toString());
                browser.driver.findElement(By.id("vulnerabilities:upload")).click();
                String error = browser.waitFor(By.cssSelector("[id='vulnerabilities:fileMessage'].ui-message-error")).getText();
                assertThat(error).contains(bad.getFileName().toString(), "not JSON");
                assertThat(browser.present(By.id("vulnerabilities:findings"))).isFalse();
                browser.screenshot("unit-pages-06-vulnerabilities-refused");

                browser.driver.findElement(By.cssSelector("input[type='file']")).sendKeys(report.toString());
                browser.driver.findElement(By.id("vulnerabilities:upload")).click();
                browser.waitFor(By.id("vulnerabilities:findings"));
                List<String> rows = texts(browser, "[id='vulnerabilities:findings_data'] tr");
                assertThat(rows).hasSize(4);
                assertThat(rows.stream().map(r -> r.split("\\s")[0]).toList())
                        .containsExactly("CVE-2021-44228", "CVE-2022-42889", "CVE-2021-45046", "CVE-2021-44832");
                assertThat(rows.get(0)).contains("Nghiêm trọng", "log4j");
                assertThat(browser.driver.findElements(By.cssSelector("[id='vulnerabilities:findings_data'] tr.finding-critical"))).hasSize(3);
                assertThat(browser.driver.findElement(By.id("vulnerabilities:openCritical")).getText()).contains("3");
                browser.screenshot("unit-pages-07-vulnerabilities-findings");
            });
        }
        JsonNode exposure = api().call("GET", "/api/systems/" + dualStackSystem + "/vulnerabilities", DemoUser.AUDITOR, null).body();
        assertThat(exposure.path("latest").path("findings").size()).isEqualTo(4);
    }

    @Test
    @Order(4)
    void theAuditorReadsTheThreePagesWithNoControls() throws Exception {
        try (HeadlessChromium browser = HeadlessChromium.loggedIn(base, DemoUser.AUDITOR, "protection.xhtml?unit=" + UNIT)) {
            browser.steps("unit-pages-auditor", () -> {
                browser.waitFor(By.id("unitTitle"));
                assertThat(browser.driver.findElement(By.id("layers:3:state")).getText()).isEqualTo("Đã triển khai");
                assertThat(texts(browser, "[id='overview:units_data'] tr")).anySatisfy(r -> assertThat(r).contains("Xanh Pôn"));
                assertThat(browser.present(By.id("readOnly"))).isTrue();
                for (String control : List.of("layer1:addStaff", "layer2:saveMonitoring", "layer3:addInspection", "layer4:saveConnection")) {
                    assertThat(browser.present(By.id(control))).as(control).isFalse();
                }
                assertThat(browser.driver.findElement(By.id("layer4:channel")).isEnabled()).isFalse();
                browser.screenshot("unit-pages-08-auditor-protection");

                browser.driver.get(base.toString().replaceAll("/$", "") + "/ipv6.xhtml?unit=" + UNIT);
                browser.waitFor(By.id("plan:plans"));
                assertThat(texts(browser, "[id='plan:plans_data'] tr")).anySatisfy(r -> assertThat(r).contains("66% (2/3)"))
                        .anySatisfy(r -> assertThat(r).contains("không có lưu lượng IPv6"));
                assertThat(browser.driver.findElements(By.cssSelector("[id$=':edit']"))).isEmpty();
                assertThat(browser.present(By.id("plan:newPlan"))).isFalse();
                browser.screenshot("unit-pages-09-auditor-ipv6");

                browser.driver.get(base.toString().replaceAll("/$", "") + "/vulnerabilities.xhtml?system=" + dualStackSystem);
                browser.waitFor(By.id("vulnerabilities:findings"));
                assertThat(texts(browser, "[id='vulnerabilities:findings_data'] tr")).hasSize(4);
                assertThat(browser.present(By.id("vulnerabilities:uploadPanel"))).isFalse();
                assertThat(browser.driver.findElements(By.cssSelector("input[type='file']"))).isEmpty();
                browser.screenshot("unit-pages-10-auditor-vulnerabilities");

                browser.driver.findElement(By.id("lang:en")).click();
                browser.waitForText(By.tagName("h1"), "Vulnerabilities of the information system");
                assertThat(texts(browser, "[id='vulnerabilities:findings_data'] tr").get(0)).contains("CVE-2021-44228", "Critical");
                assertThat(browser.driver.findElement(By.id("navProtection")).getText()).isEqualTo("4-layer protection");
                browser.screenshot("unit-pages-11-auditor-vulnerabilities-en");
            });
        }
    }
}
