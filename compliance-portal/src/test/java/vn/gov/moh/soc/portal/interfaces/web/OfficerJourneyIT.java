package vn.gov.moh.soc.portal.interfaces.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Set;
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
import vn.gov.moh.soc.portal.domain.model.level.Decree85Criteria;
import vn.gov.moh.soc.portal.domain.model.level.LevelRules;
import vn.gov.moh.soc.portal.domain.model.system.Audience;
import vn.gov.moh.soc.portal.domain.model.system.ClassificationProfile;
import vn.gov.moh.soc.portal.domain.model.system.IndustrialControl;
import vn.gov.moh.soc.portal.domain.model.system.InformationCategory;
import vn.gov.moh.soc.portal.domain.model.system.InformationProcessed;
import vn.gov.moh.soc.portal.domain.model.system.InformationSystem;
import vn.gov.moh.soc.portal.domain.model.system.InfrastructureRole;
import vn.gov.moh.soc.portal.domain.model.system.OnlinePublicService;
import vn.gov.moh.soc.portal.domain.model.system.StateSecretGrade;
import vn.gov.moh.soc.portal.domain.model.system.SystemScope;
import vn.gov.moh.soc.portal.domain.model.unit.UnitId;
import vn.gov.moh.soc.portal.interfaces.rest.PortalOnPayara;
import vn.gov.moh.soc.stack.part.DemoUser;
import vn.gov.moh.soc.testkit.RealStack;

/**
 * The pages in headless Chromium against the real war on Payara Micro and the test kit's real
 * Keycloak: an officer logs in on Keycloak's login page, adds a system (an invalid address first,
 * shown next to its field), walks the level wizard and proposes another level with a justification;
 * opens the level-proposal dossier, is told what is missing, fills it, has a non-PDF refused,
 * attaches a design document and submits; on the system's requirement checklist marks one requirement
 * compliant with evidence, is refused "not applicable" without a reason next to that field, and sees
 * the summary count both; an auditor reads the checklist with no edit controls; an auditor reads the same system and dossier with no edit controls, a forged save changes nothing and the
 * API refuses the auditor's change; the audit trail verifies intact. Screenshots in target/screenshots.
 */
@RealStack
@ExtendWith(PortalOnPayara.class)
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class OfficerJourneyIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final String SYSTEM_NAME = "Hệ thống thông tin bệnh viện Bạch Mai";
    private static boolean redirectsAllowed;
    private static long systemId;

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
        if (!redirectsAllowed) {
            PortalClientRedirects.allow(PortalOnPayara.keycloak(), base.toString());
            redirectsAllowed = true;
        }
        HeadlessChromium browser = new HeadlessChromium();
        try {
            browser.driver.get(url(page));
            browser.logInAtKeycloak(PortalOnPayara.keycloak(), user);
            browser.waitForText(By.id("who"), user.username());
            return browser;
        } catch (Exception | AssertionError e) {
            browser.screenshot("failed-login-" + user.username());
            browser.close();
            throw e;
        }
    }

    @Test
    @Order(1)
    void anOfficerAddsASystemAndProposesItsLevelThroughTheWizard() throws Exception {
        long recordsBefore = auditRecords();
        try (HeadlessChromium browser = loggedIn(DemoUser.OFFICER_BACH_MAI, "systems.xhtml")) {
            browser.steps("officer", () -> {
                assertThat(browser.driver.findElement(By.tagName("h1")).getText()).isEqualTo("Danh mục hệ thống thông tin");
                assertThat(browser.driver.findElement(By.id("who")).getText()).contains("bv-bach-mai");
                browser.screenshot("01-officer-system-list");

                browser.driver.findElement(By.id("list:add")).click();
                browser.waitFor(By.id("form:name"));
                browser.type(By.id("form:name"), SYSTEM_NAME);
                browser.type(By.id("form:operator"), "Phòng Công nghệ thông tin");
                browser.driver.findElement(By.id("form:addComponent")).click();
                browser.waitFor(By.id("form:components:0:name"));
                browser.type(By.id("form:components:0:name"), "Cổng thông tin người bệnh");
                browser.type(By.id("form:components:0:hostNames"), "portal.bachmai.example.vn");
                browser.type(By.id("form:components:0:addresses"), "10.20.0.0/24\n10.20.1.300\n2001:db8:20::/48");
                browser.driver.findElement(By.id("form:save")).click();
                browser.waitForAjax();

                // The domain refused the second address: the message stands next to the addresses field, nothing was saved.
                String error = browser.waitFor(By.cssSelector("[id='form:components:0:addresses'] + .ui-message-error, "
                        + ".ui-message-error[id^='form:components:0:']")).getText();
                assertThat(error).contains("10.20.1.300");
                assertThat(browser.driver.getCurrentUrl()).contains("system.xhtml");
                browser.screenshot("02-officer-address-refused");
                assertThat(auditRecords()).isEqualTo(recordsBefore);

                browser.type(By.id("form:components:0:addresses"), "10.20.0.0/24\n10.20.1.10-20\n2001:db8:20::/48");
                browser.driver.findElement(By.id("form:save")).click();
                browser.waitUntilUrlContains("level.xhtml");
                systemId = Long.parseLong(browser.driver.getCurrentUrl().replaceAll(".*[?&]id=(\\d+).*", "$1"));
                assertThat(browser.waitFor(By.id("systemName")).getText()).isEqualTo(SYSTEM_NAME);

                // Step 1: personal and private information of 250,000 people.
                browser.driver.findElement(By.cssSelector("label[for='wizard:categories:1']")).click();
                browser.driver.findElement(By.cssSelector("label[for='wizard:categories:2']")).click();
                browser.type(By.id("wizard:personalDataSubjects_input"), "250000");
                browser.screenshot("03-officer-wizard-information");
                next(browser, "wizard:audienceChoice");
                // Step 2: serves citizens with a partial online public service.
                browser.driver.findElement(By.cssSelector("label[for='wizard:audienceChoice:1']")).click();
                browser.driver.executeScript("document.getElementById('wizard:onlineService_input').value='PARTIAL';");
                next(browser, "wizard:scopeChoice");
                next(browser, "computedLevel");

                String expected = Decree85Criteria.legalTerm(new LevelRules().determine(journeySystem()).level());
                assertThat(browser.driver.findElement(By.id("computedLevel")).getText()).isEqualTo(expected);
                String reasons = browser.driver.findElement(By.id("wizard:steps")).getText();
                assertThat(reasons).contains("Căn cứ").contains("Nghị định 85/2016/NĐ-CP").contains("Điều ");
                browser.screenshot("04-officer-proposed-level");

                // Another level needs a justification of 20 characters: refused next to the field first.
                int other = Math.min(5, new LevelRules().determine(journeySystem()).level().number() + 1);
                browser.driver.executeScript("document.getElementById('wizard:proposedLevel_input').value='" + other + "';");
                browser.type(By.id("wizard:justification"), "quá ngắn");
                browser.driver.findElement(By.id("wizard:save")).click();
                browser.waitForAjax();
                assertThat(browser.waitFor(By.cssSelector(".ui-message-error[id^='wizard:']")).getText()).contains("20");
                browser.driver.executeScript("document.getElementById('wizard:proposedLevel_input').value='" + other + "';");
                browser.type(By.id("wizard:justification"),
                        "Cổng phục vụ người bệnh toàn quốc, dữ liệu khám chữa bệnh của hơn 250.000 người bệnh");
                browser.driver.findElement(By.id("wizard:save")).click();
                browser.waitFor(By.id("savedLevel"));
                assertThat(browser.driver.findElement(By.id("savedLevel")).getText()).isEqualTo("Cấp độ " + other);
                browser.screenshot("05-officer-level-saved");

                // create, update of the attributes, level proposal
                assertThat(auditRecords()).isEqualTo(recordsBefore + 3);
                JsonNode saved = api("GET", "/api/systems/" + systemId, DemoUser.OFFICER_BACH_MAI, null).body();
                assertThat(saved.path("components").get(0).path("addresses").toString()).contains("10.20.1.10-20");

                    // The level-proposal dossier: opened, refused while incomplete, filled, a wrong file refused, a design document attached, submitted.
                    browser.driver.findElement(By.id("wizard:toDossier")).click();
                    browser.waitFor(By.id("dossier:open")).click();
                    browser.waitForText(By.id("state"), "Dự thảo");
                    actionButton(browser, "SUBMIT").click();
                    String missing = browser.waitFor(By.cssSelector("[id='dossier:overview'] ~ .ui-message-error")).getText();
                    assertThat(missing).contains("Art. 15(1)");
                    assertThat(browser.driver.findElement(By.id("state")).getAttribute("data-state")).isEqualTo("DRAFT");
                    browser.type(By.id("dossier:overview"), "Hệ thống phục vụ người bệnh đăng ký khám, tra cứu kết quả và thanh toán trực tuyến.");
                    browser.type(By.id("dossier:levelJustification"), "Xử lý thông tin cá nhân của hơn 250.000 người bệnh, phục vụ người dân (Điều 9).");
                    browser.type(By.id("dossier:securityPlan"), "Tường lửa ứng dụng web, giám sát tập trung tại SOC ngành Y tế, sao lưu hằng ngày.");
                    browser.type(By.id("dossier:specialistOpinion"), "Phòng An toàn thông tin đồng ý với cấp độ đề xuất.");
                    browser.driver.findElement(By.id("dossier:save")).click();
                    browser.waitForText(By.id("messages"), "Đã lưu hồ sơ");

                    Path notPdf = Files.writeString(Files.createTempDirectory("dossier-").resolve("thiet-ke.pdf"), "chỉ là văn bản, không phải PDF");
                    browser.driver.findElement(By.cssSelector("input[type='file']")).sendKeys(notPdf.toString());
                    browser.driver.findElement(By.id("dossier:upload")).click();
                    assertThat(browser.waitFor(By.cssSelector("[id='dossier:file'] ~ .ui-message-error, .ui-message-error")).getText()).isNotBlank();
                    assertThat(browser.driver.findElement(By.id("dossier:attachments")).getText()).doesNotContain("thiet-ke.pdf");

                    Path pdf = Files.write(notPdf.resolveSibling("thiet-ke-so-bo.pdf"), minimalPdf());
                    browser.driver.findElement(By.cssSelector("input[type='file']")).sendKeys(pdf.toString());
                    browser.driver.findElement(By.id("dossier:upload")).click();
                    browser.waitForText(By.id("dossier:attachments"), "thiet-ke-so-bo.pdf");
                    browser.screenshot("06-officer-dossier-filled");
                    actionButton(browser, "SUBMIT").click();
                    browser.waitForText(By.id("state"), "Đã nộp");
                    assertThat(browser.present(By.id("dossier:save"))).as("no edits after submission").isFalse();
                    browser.screenshot("07-officer-dossier-submitted");


                // English on request, Vietnamese again.
                browser.driver.findElement(By.id("lang:en")).click();
                browser.waitForText(By.tagName("h1"), "Level-proposal dossier");
                browser.driver.findElement(By.id("lang:vi")).click();
                browser.waitForText(By.tagName("h1"), "Hồ sơ đề xuất cấp độ");

                // Logout ends Keycloak's session as well: the next page asks for a login again.
                browser.driver.findElement(By.id("logoutButton")).click();
                browser.waitFor(By.id("username"));
                assertThat(browser.driver.getCurrentUrl()).startsWith(PortalOnPayara.keycloak().issuer());
            });
        }
    }

    @Test
    @Order(2)
    void theOfficerAssessesRequirementsOnTheChecklistAndTheSummaryFollows() throws Exception {
        long recordsBefore = auditRecords();
        try (HeadlessChromium browser = loggedIn(DemoUser.OFFICER_BACH_MAI, "systems.xhtml")) {
            browser.steps("officer-checklist", () -> {
                // Linked from the list's row and from the system page.
                assertThat(browser.driver.findElements(By.cssSelector("[id$=':checklist']"))).isNotEmpty();
                browser.driver.get(url("system.xhtml?id=" + systemId));
                browser.waitFor(By.id("form:toChecklist")).click();
                browser.waitFor(By.id("checklist:summary"));
                assertThat(browser.driver.findElement(By.id("systemName")).getText()).isEqualTo(SYSTEM_NAME);
                JsonNode api = api("GET", "/api/systems/" + systemId + "/requirements", DemoUser.OFFICER_BACH_MAI, null).body();
                int applicable = api.path("summary").path("applicable").asInt();
                assertThat(applicable).isPositive();
                assertThat(count(browser, "applicableCount")).isEqualTo(applicable);
                assertThat(count(browser, "compliantCount")).isZero();
                assertThat(browser.driver.findElements(By.cssSelector("[data-code]"))).hasSize(applicable);
                assertThat(browser.driver.findElement(By.id("checklist:gaps")).findElements(By.cssSelector("tbody tr"))).hasSize(applicable);
                browser.screenshot("12-officer-checklist");

                String first = api.path("groups").get(0).path("requirements").get(0).path("code").asText();
                String second = api.path("groups").get(0).path("requirements").get(1).path("code").asText();

                // Compliant with evidence: saved, the summary counts it and it leaves the gap list.
                assess(browser, first, "COMPLIANT", "Chính sách an toàn thông tin ban hành theo Quyết định 123/QĐ-BVBM", "Phòng CNTT");
                browser.waitForText(By.id("compliantCount"), "1");
                assertThat(browser.driver.findElement(By.cssSelector("[data-code='" + first + "'] .status")).getText()).isEqualTo("Đạt");
                assertThat(browser.driver.findElement(By.id("checklist:gaps")).getText()).doesNotContain(first);
                assertThat(browser.driver.findElement(By.id("checklist:gaps")).findElements(By.cssSelector("tbody tr"))).hasSize(applicable - 1);
                browser.screenshot("13-officer-requirement-compliant");

                // "Not applicable" without a reason: refused next to the reason field, nothing recorded.
                assess(browser, second, "NOT_APPLICABLE", "", "Phòng CNTT");
                String error = browser.waitFor(By.cssSelector("[data-code='" + second + "'] [id$=':reason'] ~ .ui-message-error")).getText();
                assertThat(error).contains("not applicable").contains("10");
                assertThat(count(browser, "notApplicableCount")).isZero();
                assertThat(auditRecords()).isEqualTo(recordsBefore + 1);
                browser.screenshot("14-officer-not-applicable-refused");

                browser.type(By.cssSelector("[data-code='" + second + "'] textarea[id$=':reason']"),
                        "Bệnh viện không thuê ngoài phát triển phần mềm cho hệ thống này");
                browser.driver.findElement(By.cssSelector("[data-code='" + second + "'] [id$=':save']")).click();
                browser.waitForText(By.id("notApplicableCount"), "1");
                // Not applicable leaves the share: 1 compliant of the applicable - 1 that count.
                assertThat(browser.driver.findElement(By.id("checklist:overallBar")).getText()).contains((100 / (applicable - 1)) + "%");
                assertThat(auditRecords()).isEqualTo(recordsBefore + 2);
                JsonNode after = api("GET", "/api/systems/" + systemId + "/requirements", DemoUser.OFFICER_BACH_MAI, null).body();
                assertThat(after.path("summary").path("compliant").asInt()).isEqualTo(1);
                assertThat(after.path("summary").path("notApplicable").asInt()).isEqualTo(1);
                browser.screenshot("15-officer-checklist-summary");
            });
        }
    }

    @Test
    @Order(3)
    void anOfficerOfAnotherUnitNeitherSeesNorOpensTheSystem() throws Exception {
        try (HeadlessChromium browser = loggedIn(DemoUser.OFFICER_HA_NOI, "systems.xhtml")) {
            browser.steps("other-unit", () -> {
                assertThat(browser.driver.findElement(By.id("list:systems")).getText()).doesNotContain(SYSTEM_NAME);
                browser.driver.get(url("system.xhtml?id=" + systemId));
                assertThat(browser.waitFor(By.id("messages")).getText()).contains("Bạn không có quyền");
                assertThat(browser.present(By.id("form:name"))).isFalse();
            });
        }
    }

    @Test
    @Order(4)
    void anAuditorReadsEverythingChangesNothingAndVerifiesTheTrail() throws Exception {
        long recordsBefore = auditRecords();
        try (HeadlessChromium browser = loggedIn(DemoUser.AUDITOR, "systems.xhtml")) {
            browser.steps("auditor", () -> {
                assertThat(browser.driver.findElement(By.id("list:systems")).getText()).contains(SYSTEM_NAME);
                assertThat(browser.present(By.id("list:add"))).as("add button").isFalse();
                assertThat(browser.driver.findElements(By.cssSelector("[id$=':edit'], [id$=':level']"))).as("edit controls").isEmpty();
                browser.screenshot("08-auditor-system-list");

                browser.driver.get(url("system.xhtml?id=" + systemId));
                assertThat(browser.waitFor(By.id("form:name")).isEnabled()).isFalse();
                assertThat(browser.driver.findElement(By.id("form:name")).getAttribute("value")).isEqualTo(SYSTEM_NAME);
                assertThat(browser.present(By.id("form:save"))).isFalse();
                assertThat(browser.present(By.id("form:addComponent"))).isFalse();
                browser.screenshot("09-auditor-read-only");

                // A forged save: the button's parameter posted by hand with an enabled, changed name.
                browser.driver.executeScript("""
                        const f = document.getElementById('form');
                        const n = document.getElementById('form:name'); n.disabled = false; n.value = 'Đã bị sửa';
                        const b = document.createElement('input'); b.type = 'hidden'; b.name = 'form:save'; b.value = 'form:save';
                        f.appendChild(b); f.submit();""");
                browser.waitFor(By.id("form:name"));
                assertThat(api("GET", "/api/systems/" + systemId, DemoUser.AUDITOR, null).body().path("name").asText()).isEqualTo(SYSTEM_NAME);
                // The API refuses the auditor's change outright.
                JsonNode body = api("GET", "/api/systems/" + systemId, DemoUser.AUDITOR, null).body();
                assertThat(api("PUT", "/api/systems/" + systemId, DemoUser.AUDITOR, body.toString()).status()).isEqualTo(403);
                assertThat(auditRecords()).isEqualTo(recordsBefore);

                browser.driver.get(url("level.xhtml?id=" + systemId));
                browser.waitFor(By.id("wizard:readOnly"));
                assertThat(browser.present(By.id("wizard:save"))).isFalse();

                browser.driver.get(url("dossier.xhtml?system=" + systemId));
                browser.waitForText(By.id("state"), "Đã nộp");
                assertThat(browser.driver.findElement(By.id("dossier:attachments")).getText()).contains("thiet-ke-so-bo.pdf");
                assertThat(browser.present(By.id("dossier:save"))).isFalse();
                assertThat(browser.present(By.id("dossier:upload"))).isFalse();
                assertThat(browser.driver.findElements(By.cssSelector("[class*='action-']"))).as("workflow buttons").isEmpty();
                browser.screenshot("10-auditor-dossier-read-only");

                // The checklist as the officer left it, with no edit controls.
                browser.driver.get(url("checklist.xhtml?system=" + systemId));
                browser.waitFor(By.id("checklist:readOnly"));
                assertThat(count(browser, "compliantCount")).isEqualTo(1);
                assertThat(count(browser, "notApplicableCount")).isEqualTo(1);
                assertThat(browser.driver.findElements(By.cssSelector("#checklist select, #checklist textarea, #checklist input[type='text'],"
                        + " [id$=':save']"))).as("edit controls").isEmpty();
                assertThat(browser.driver.findElement(By.id("checklist")).getText()).contains("Quyết định 123/QĐ-BVBM");
                browser.screenshot("16-auditor-checklist-read-only");

                browser.driver.get(url("units.xhtml"));
                assertThat(browser.waitFor(By.id("units:tree")).getText()).contains("Bạch Mai").contains("Sở Y tế");

                browser.driver.get(url("audit.xhtml"));
                browser.waitFor(By.id("audit:run")).click();
                browser.waitFor(By.id("audit:intact"));
                assertThat(Long.parseLong(browser.driver.findElement(By.id("audit:records")).getText())).isEqualTo(recordsBefore);
                browser.screenshot("11-auditor-audit-intact");
            });
        }
    }

    // ---- helpers ----

    /** Fills one checklist line (found by its requirement code) and saves it. */
    private static void assess(HeadlessChromium browser, String code, String status, String evidence, String owner) {
        String line = "[data-code='" + code + "'] ";
        new org.openqa.selenium.support.ui.Select(browser.waitFor(By.cssSelector(line + "select[id$=':status']"))).selectByValue(status);
        browser.type(By.cssSelector(line + "textarea[id$=':evidence']"), evidence);
        browser.type(By.cssSelector(line + "input[id$=':owner']"), owner);
        browser.driver.findElement(By.cssSelector(line + "[id$=':save']")).click();
        browser.waitForAjax();
    }

    private static int count(HeadlessChromium browser, String id) {
        return Integer.parseInt(browser.waitFor(By.id(id)).getText().strip());
    }

    private static org.openqa.selenium.WebElement actionButton(HeadlessChromium browser, String action) {
        return browser.waitFor(By.cssSelector(".action-" + action));
    }

    /** The smallest file that starts like a PDF, which is what the attachment rules read. */
    private static byte[] minimalPdf() {
        return ("%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\n"
                + "trailer<</Root 1 0 R>>\n%%EOF\n").getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    }

    private static void next(HeadlessChromium browser, String nextField) {
        browser.driver.findElement(By.cssSelector(".ui-wizard-nav-next")).click();
        browser.waitForAjax();
        browser.waitFor(By.id(nextField));
    }

    /** The system as the journey enters it, for the level the rules give. */
    private static InformationSystem journeySystem() {
        ClassificationProfile profile = new ClassificationProfile(
                new InformationProcessed(Set.of(InformationCategory.PRIVATE, InformationCategory.PERSONAL), 250_000, StateSecretGrade.NONE),
                Audience.CITIZENS_AND_BUSINESSES, OnlinePublicService.PARTIAL, false, SystemScope.SINGLE_UNIT,
                InfrastructureRole.NONE, IndustrialControl.NONE, false);
        return new InformationSystem(null, SYSTEM_NAME, UnitId.of("bv-bach-mai"), null, null, profile, List.of());
    }

    private record Answer(int status, JsonNode body) {
    }

    private Answer api(String method, String path, DemoUser user, String body) throws Exception {
        String token = JSON.readTree(PortalOnPayara.keycloak().passwordGrant(user).body()).path("access_token").asText();
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base.toString().replaceAll("/$", "") + path))
                .timeout(Duration.ofSeconds(30)).header("Authorization", "Bearer " + token);
        if (body != null) {
            b.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(body));
        } else {
            b.method(method, HttpRequest.BodyPublishers.noBody());
        }
        HttpResponse<String> r = HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
        return new Answer(r.statusCode(), r.body().isBlank() ? null : JSON.readTree(r.body()));
    }

    private long auditRecords() throws Exception {
        Answer a = api("GET", "/api/audit/verification", DemoUser.AUDITOR, null);
        assertThat(a.status()).isEqualTo(200);
        return a.body().path("records").asLong();
    }
}
