package vn.gov.moh.soc.portal.interfaces.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.awt.image.BufferedImage;
import java.io.File;
import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import javax.imageio.ImageIO;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
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
import vn.gov.moh.soc.portal.application.report.ReportContents;
import vn.gov.moh.soc.portal.domain.model.dossier.DossierState;
import vn.gov.moh.soc.portal.domain.model.report.ReportContent;
import vn.gov.moh.soc.portal.domain.model.report.ReportKind;
import vn.gov.moh.soc.portal.interfaces.rest.PortalClient.Answer;
import vn.gov.moh.soc.stack.part.DemoUser;
import vn.gov.moh.soc.testkit.RealStack;

/**
 * Compliance reports on a real Payara Micro with real Keycloak tokens (the set-up of
 * {@link PortalApiIT}): the sector report and a unit report as PDF and CSV, each waited for while it
 * is built in the background, downloaded, its first page rendered with poppler's {@code pdftoppm}
 * and its Vietnamese title read back (by {@code pdftotext} and by OCR with tesseract's Vietnamese
 * model), the CSV's columns and rows held against what the API says the database holds; the
 * authorization matrix of the report endpoints; bad requests.
 *
 * <p>poppler-utils, tesseract-ocr and tesseract-ocr-vie are Debian packages that {@code .ci/run}
 * installs; where they are missing the PDF's rendering checks are skipped, saying which.
 */
@RealStack
@ExtendWith(PortalOnPayara.class)
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ReportApiIT {
    private static final int YEAR = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).getYear() - 1;
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static PortalClient portal;
    private static long bachMaiSystem;
    private static long xanhPonSystem;

    @ArquillianResource
    URL base;

    @Deployment(testable = false)
    static WebArchive portal() {
        return ShrinkWrap.createFromZipFile(WebArchive.class, new File(System.getProperty("portal.it.war")));
    }

    private static Map<String, Object> system(String name, String owner, String net) {
        return Map.of("name", name, "owner", owner, "operator", "Phòng CNTT", "purpose", "Quản lý khám chữa bệnh",
                "profile", Map.of(
                        "information", Map.of("categories", List.of("PERSONAL", "PRIVATE"), "personalDataSubjects", 250000),
                        "audience", "CITIZENS_AND_BUSINESSES", "onlineService", "PARTIAL", "scope", "SINGLE_UNIT"),
                "components", List.of(Map.of("name", "web", "hostNames", List.of("his.example.vn"), "addresses", List.of(net))));
    }

    private static long created(Answer a) {
        assertThat(a.status()).as(a.toString()).isEqualTo(201);
        return a.body().path("id").asLong();
    }

    private static void ok(Answer a) {
        assertThat(a.status()).as(a.toString()).isBetween(200, 299);
    }

    /** Two systems (Bạch Mai's with a proposal, a dossier and assessments), a drill of last year. */
    private synchronized void seed() throws Exception {
        if (portal == null) {
            portal = new PortalClient(base);
        }
        if (bachMaiSystem != 0) {
            return;
        }
        bachMaiSystem = created(portal.call("POST", "/api/systems", DemoUser.ADMIN, system("HIS Bạch Mai", "bv-bach-mai", "10.40.1.0/24")));
        xanhPonSystem = created(portal.call("POST", "/api/systems", DemoUser.ADMIN, system("HIS Xanh Pôn", "bv-xanh-pon", "10.40.2.0/24")));
        ok(portal.call("POST", "/api/systems/" + bachMaiSystem + "/level", DemoUser.OFFICER_BACH_MAI, Map.of()));
        ok(portal.call("POST", "/api/dossiers", DemoUser.OFFICER_BACH_MAI, Map.of("system", bachMaiSystem, "overview", "Tổng quan hệ thống HIS",
                "levelJustification", "Điều 9: dịch vụ công trực tuyến", "securityPlan", "", "specialistOpinion", "")));
        ok(portal.call("PUT", "/api/systems/" + bachMaiSystem + "/requirements/MGT-POL-01", DemoUser.OFFICER_BACH_MAI,
                Map.of("status", "COMPLIANT", "evidence", "Quyết định ban hành quy chế ATTT số 12/QĐ", "owner", "Phòng CNTT")));
        ok(portal.call("PUT", "/api/systems/" + bachMaiSystem + "/requirements/MGT-POL-02", DemoUser.OFFICER_BACH_MAI,
                Map.of("status", "PARTIAL", "evidence", "Đang rà soát, \"bản nháp\", chưa ký", "owner", "Phòng CNTT")));
        created(portal.call("POST", "/api/drills", DemoUser.ADMIN, Map.of("year", YEAR, "organizer", "bv-bach-mai", "scope", "UNIT",
                "title", "Diễn tập ứng cứu mã độc tống tiền", "scenarios", List.of(Map.of("title", "Mã độc tống tiền", "description", "")),
                "participants", List.of(), "plannedStart", YEAR + "-06-10", "plannedEnd", YEAR + "-06-11")));
    }

    // ---- requests and downloads ----

    private static Map<String, Object> request(String kind, String format, Object... scope) {
        Map<String, Object> m = new HashMap<>(Map.of("kind", kind, "format", format));
        for (int i = 0; i < scope.length; i += 2) {
            m.put((String) scope[i], scope[i + 1]);
        }
        return m;
    }

    /** Asks for the report and waits until it is built; returns its final JSON. */
    private static JsonNode built(DemoUser user, Map<String, Object> request) throws Exception {
        Answer queued = portal.call("POST", "/api/reports", user, request);
        assertThat(queued.status()).as(queued.toString()).isEqualTo(202);
        assertThat(queued.body().path("status").asText()).isIn("QUEUED", "RUNNING", "DONE");
        long id = queued.body().path("id").asLong();
        Instant until = Instant.now().plusSeconds(120);
        List<Integer> progress = new ArrayList<>();
        while (true) {
            Answer a = portal.call("GET", "/api/reports/" + id, user, null);
            assertThat(a.status()).as(a.toString()).isEqualTo(200);
            progress.add(a.body().path("progress").asInt());
            String status = a.body().path("status").asText();
            if (status.equals("DONE")) {
                assertThat(progress).isSorted().last().isEqualTo(100);
                return a.body();
            }
            assertThat(status).as("report %d: %s", id, a.body()).isIn("QUEUED", "RUNNING");
            assertThat(Instant.now()).as("report %d still %s after 120 s", id, status).isBefore(until);
            Thread.sleep(200);
        }
    }

    private record Download(int status, String type, String disposition, String digest, byte[] body) {
    }

    private Download download(DemoUser user, long id) throws Exception {
        HttpRequest r = HttpRequest.newBuilder(URI.create(base.toString().replaceAll("/$", "") + "/api/reports/" + id + "/content"))
                .header("Authorization", "Bearer " + portal.token(user)).timeout(Duration.ofSeconds(30)).GET().build();
        HttpResponse<byte[]> a = HTTP.send(r, HttpResponse.BodyHandlers.ofByteArray());
        return new Download(a.statusCode(), a.headers().firstValue("Content-Type").orElse(""),
                a.headers().firstValue("Content-Disposition").orElse(""), a.headers().firstValue("Repr-Digest").orElse(""), a.body());
    }

    /** Downloads a built report and checks the headers against its JSON. */
    private Download content(DemoUser user, JsonNode report) throws Exception {
        Download d = download(user, report.path("id").asLong());
        assertThat(d.status()).isEqualTo(200);
        assertThat(d.type()).startsWith(report.path("format").asText().equals("PDF") ? "application/pdf" : "text/csv");
        assertThat(d.disposition()).isEqualTo("attachment; filename=\"" + report.path("fileName").asText() + "\"");
        assertThat(d.body()).hasSize(report.path("size").asInt());
        String sha = vn.gov.moh.soc.portal.domain.model.report.Report.StoredContent.sha256(d.body());
        assertThat(sha).isEqualTo(report.path("sha256").asText());
        assertThat(d.digest()).isEqualTo("sha-256=:" + java.util.Base64.getEncoder().encodeToString(java.util.HexFormat.of().parseHex(sha)) + ":");
        return d;
    }

    // ---- PDF: rendered and read back ----

    private static boolean installed(String tool) {
        return Files.isExecutable(Path.of("/usr/bin", tool));
    }

    private static String run(Path dir, String... command) throws Exception {
        Process p = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).as(String.join(" ", command)).isTrue();
        assertThat(p.exitValue()).as(String.join(" ", command) + ": " + out).isZero();
        return out;
    }

    private static String oneLine(String s) {
        return s.replaceAll("\\s+", " ").strip();
    }

    /** Page 1 as PNG at 100 dpi (kept in target/it/reports), not blank, with the title in its text and in what OCR reads. */
    private static void checkFirstPage(byte[] pdf, String name, String title) throws Exception {
        Path dir = Path.of(System.getProperty("portal.it.dir", "target/it"), "reports");
        Files.createDirectories(dir);
        Path file = dir.resolve(name + ".pdf");
        Files.write(file, pdf);
        assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        assumeTrue(installed("pdftoppm") && installed("pdftotext"),
                "poppler-utils (pdftoppm, pdftotext) is not installed; .ci/run installs it");
        run(dir, "pdftoppm", "-png", "-r", "100", "-f", "1", "-l", "1", "-singlefile", file.toString(), dir.resolve(name).toString());
        BufferedImage png = ImageIO.read(dir.resolve(name + ".png").toFile());
        // A4 landscape at 100 dpi; at least 1 % of the pixels dark (text and table lines), so not blank.
        assertThat(png.getWidth()).isBetween(1160, 1175);
        long dark = 0;
        for (int y = 0; y < png.getHeight(); y++) {
            for (int x = 0; x < png.getWidth(); x++) {
                int rgb = png.getRGB(x, y);
                if (((rgb >> 16 & 0xff) + (rgb >> 8 & 0xff) + (rgb & 0xff)) / 3 < 128) {
                    dark++;
                }
            }
        }
        assertThat(dark).as("dark pixels of page 1").isGreaterThan((long) png.getWidth() * png.getHeight() / 100);
        String text = run(dir, "pdftotext", "-f", "1", "-l", "1", "-layout", file.toString(), "-");
        assertThat(oneLine(text)).contains(title);
        assumeTrue(installed("tesseract") && Files.exists(Path.of("/usr/share/tesseract-ocr/5/tessdata/vie.traineddata")),
                "tesseract-ocr with tesseract-ocr-vie is not installed; .ci/run installs them");
        String ocr = run(dir, "tesseract", dir.resolve(name + ".png").toString(), "stdout", "-l", "vie");
        assertThat(oneLine(ocr)).as("what OCR reads on page 1").contains(title);
    }

    // ---- CSV: against the database as the API shows it ----

    private static List<CSVRecord> csv(byte[] body, List<ReportContent.Column> columns) throws Exception {
        String text = new String(body, StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFF");
        try (CSVParser p = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(new StringReader(text.substring(1)))) {
            assertThat(p.getHeaderNames()).containsExactlyElementsOf(columns.stream().map(ReportContent.Column::key).toList());
            return p.getRecords();
        }
    }

    /** Each system's row as the compliance summary and the dossier list give it (as admin). */
    private static Map<String, Map<String, String>> expectedRows(String owner) throws Exception {
        Answer summaries = portal.call("GET", "/api/compliance" + (owner == null ? "" : "?owner=" + owner), DemoUser.ADMIN, null);
        Map<String, String> unitNames = new HashMap<>();
        collectUnits(portal.call("GET", "/api/units", DemoUser.ADMIN, null).body(), unitNames);
        Map<String, Map<String, String>> rows = new LinkedHashMap<>();
        for (JsonNode s : summaries.body().path("items")) {
            JsonNode dossiers = portal.call("GET", "/api/dossiers?system=" + s.path("system").asLong(), DemoUser.ADMIN, null).body().path("items");
            Map<String, String> r = new LinkedHashMap<>();
            r.put("system_id", s.path("system").asText());
            r.put("system_name", s.path("systemName").asText());
            r.put("owner_unit_id", s.path("owner").asText());
            r.put("owner_unit_name", unitNames.get(s.path("owner").asText()));
            r.put("level", s.path("level").asText());
            r.put("level_source", s.path("levelSource").asText().equals("PROPOSED") ? "Đề xuất" : "Tính theo tiêu chí");
            r.put("dossier_state", dossiers.isEmpty() ? "Chưa lập hồ sơ" : DossierState.valueOf(dossiers.get(0).path("state").asText()).vietnamese());
            JsonNode sum = s.path("summary");
            r.put("requirements_applicable", sum.path("applicable").asText());
            r.put("compliant", sum.path("compliant").asText());
            r.put("partial", sum.path("partial").asText());
            r.put("non_compliant", sum.path("nonCompliant").asText());
            r.put("not_applicable", sum.path("notApplicable").asText());
            r.put("not_assessed", sum.path("notAssessed").asText());
            r.put("percent_compliant", sum.path("percentCompliant").asText());
            r.put("open_critical_vulnerabilities", s.path("openCriticalVulnerabilities").asText());
            rows.put(r.get("system_id"), r);
        }
        return rows;
    }

    private static void collectUnits(JsonNode node, Map<String, String> names) {
        if (node.isArray()) {
            node.forEach(n -> collectUnits(n, names));
            return;
        }
        if (node.has("id") && node.has("name")) {
            names.put(node.path("id").asText(), node.path("name").asText());
        }
        node.forEach(child -> collectUnits(child, names));
    }

    private static void sameRows(List<CSVRecord> rows, Map<String, Map<String, String>> expected) {
        Map<String, Map<String, String>> actual = new LinkedHashMap<>();
        rows.forEach(r -> actual.put(r.get("system_id"), r.toMap()));
        assertThat(actual.keySet()).containsExactlyInAnyOrderElementsOf(expected.keySet());
        expected.forEach((id, row) -> assertThat(actual.get(id)).as("system " + id).containsExactlyInAnyOrderEntriesOf(row));
    }

    @Test
    @Order(1)
    void theSectorReportIsBuiltInTheBackgroundAsPdfAndCsvWithWhatTheDatabaseHolds() throws Exception {
        seed();
        JsonNode pdf = built(DemoUser.AUDITOR, request("SECTOR_COMPLIANCE", "PDF"));
        assertThat(pdf.path("requestedBy").asText()).isEqualTo("auditor");
        assertThat(pdf.path("fileName").asText()).isEqualTo("bao-cao-toan-nganh-" + pdf.path("id").asLong() + ".pdf");
        JsonNode from = pdf.path("builtFrom");
        Answer units = portal.call("GET", "/api/units", DemoUser.ADMIN, null);
        Map<String, String> allUnits = new HashMap<>();
        collectUnits(units.body(), allUnits);
        Map<String, Map<String, String>> expected = expectedRows(null);
        assertThat(from.path("units").asInt()).isEqualTo(allUnits.size());
        assertThat(from.path("systems").asInt()).isEqualTo(expected.size());
        assertThat(from.path("dossiers").asInt()).isEqualTo(portal.call("GET", "/api/dossiers", DemoUser.ADMIN, null).body().path("items").size());
        assertThat(Instant.parse(from.path("dataAsOf").asText())).isAfterOrEqualTo(Instant.parse(pdf.path("requestedAt").asText()))
                .isBeforeOrEqualTo(Instant.parse(pdf.path("finishedAt").asText()));
        checkFirstPage(content(DemoUser.AUDITOR, pdf).body(), "sector", ReportKind.SECTOR_COMPLIANCE.vietnameseTitle());

        JsonNode csv = built(DemoUser.AUDITOR, request("SECTOR_COMPLIANCE", "CSV"));
        List<CSVRecord> rows = csv(content(DemoUser.AUDITOR, csv).body(), ReportContents.SYSTEM_COLUMNS);
        sameRows(rows, expectedRows(null));
        assertThat(rows.stream().filter(r -> r.get("system_id").equals(Long.toString(bachMaiSystem))).findFirst().orElseThrow().toMap())
                .containsEntry("system_name", "HIS Bạch Mai").containsEntry("dossier_state", "Dự thảo").containsEntry("compliant", "1")
                .containsEntry("partial", "1").containsEntry("level_source", "Đề xuất");
    }

    @Test
    @Order(2)
    void anOfficersUnitReportAsPdfAndCsvCoversTheirUnitOnly() throws Exception {
        seed();
        JsonNode pdf = built(DemoUser.OFFICER_BACH_MAI, request("UNIT_COMPLIANCE", "PDF", "unit", "bv-bach-mai"));
        assertThat(pdf.path("unit").asText()).isEqualTo("bv-bach-mai");
        checkFirstPage(content(DemoUser.OFFICER_BACH_MAI, pdf).body(), "unit-bv-bach-mai", ReportKind.UNIT_COMPLIANCE.vietnameseTitle());

        JsonNode csv = built(DemoUser.OFFICER_BACH_MAI, request("UNIT_COMPLIANCE", "CSV", "unit", "bv-bach-mai"));
        List<CSVRecord> rows = csv(content(DemoUser.OFFICER_BACH_MAI, csv).body(), ReportContents.SYSTEM_COLUMNS);
        sameRows(rows, expectedRows("bv-bach-mai"));
        assertThat(rows).extracting(r -> r.get("system_id")).contains(Long.toString(bachMaiSystem)).doesNotContain(Long.toString(xanhPonSystem));
        assertThat(csv.path("builtFrom").path("systems").asInt()).isEqualTo(rows.size());

        // Officers list their units' reports only; Hà Nội's officer neither sees nor downloads Bạch Mai's.
        List<String> seen = new ArrayList<>();
        portal.call("GET", "/api/reports", DemoUser.OFFICER_BACH_MAI, null).body().path("items").forEach(r -> seen.add(r.path("unit").asText("-")));
        assertThat(seen).isNotEmpty().containsOnly("bv-bach-mai");
        List<Long> hanoi = new ArrayList<>();
        portal.call("GET", "/api/reports", DemoUser.OFFICER_HA_NOI, null).body().path("items").forEach(r -> hanoi.add(r.path("id").asLong()));
        assertThat(hanoi).doesNotContain(pdf.path("id").asLong(), csv.path("id").asLong());
        assertThat(download(DemoUser.OFFICER_HA_NOI, csv.path("id").asLong()).status()).isEqualTo(403);
        List<Long> auditor = new ArrayList<>();
        portal.call("GET", "/api/reports", DemoUser.AUDITOR, null).body().path("items").forEach(r -> auditor.add(r.path("id").asLong()));
        assertThat(auditor).contains(pdf.path("id").asLong(), csv.path("id").asLong());
    }

    @Test
    @Order(3)
    void theSystemSummaryAndTheAnnualDrillReportHoldTheirData() throws Exception {
        seed();
        JsonNode system = built(DemoUser.OFFICER_BACH_MAI, request("SYSTEM_DOSSIER", "CSV", "system", bachMaiSystem));
        List<CSVRecord> lines = csv(content(DemoUser.OFFICER_BACH_MAI, system).body(), ReportContents.REQUIREMENT_COLUMNS);
        JsonNode checklist = portal.call("GET", "/api/systems/" + bachMaiSystem + "/requirements", DemoUser.ADMIN, null).body();
        List<String> codes = new ArrayList<>();
        checklist.path("groups").forEach(g -> g.path("requirements").forEach(r -> codes.add(r.path("code").asText())));
        assertThat(lines).extracting(r -> r.get("requirement_code")).containsExactlyInAnyOrderElementsOf(codes);
        assertThat(lines.stream().filter(r -> r.get("requirement_code").equals("MGT-POL-02")).findFirst().orElseThrow().toMap())
                .containsEntry("status", "Đáp ứng một phần").containsEntry("evidence", "Đang rà soát, \"bản nháp\", chưa ký")
                .containsEntry("assessed_by", "officer.bachmai");
        JsonNode systemPdf = built(DemoUser.OFFICER_BACH_MAI, request("SYSTEM_DOSSIER", "PDF", "system", bachMaiSystem));
        checkFirstPage(content(DemoUser.OFFICER_BACH_MAI, systemPdf).body(), "system", ReportKind.SYSTEM_DOSSIER.vietnameseTitle());

        JsonNode drills = built(DemoUser.ANALYST, request("ANNUAL_DRILLS", "CSV", "year", YEAR));
        List<CSVRecord> rows = csv(content(DemoUser.ANALYST, drills).body(), ReportContents.DRILL_COLUMNS);
        List<String> ids = new ArrayList<>();
        portal.call("GET", "/api/drills?year=" + YEAR, DemoUser.ADMIN, null).body().path("items").forEach(d -> ids.add(d.path("id").asText()));
        assertThat(rows).extracting(r -> r.get("drill_id")).containsExactlyInAnyOrderElementsOf(ids).isNotEmpty();
        assertThat(drills.path("builtFrom").path("drills").asInt()).isEqualTo(ids.size());
        assertThat(rows).allSatisfy(r -> assertThat(r.get("status")).isEqualTo("Quá hạn, chưa tổ chức"));
    }

    // ---- the authorization matrix ----

    // The rules and each user's expected status are GovernanceApiIT's (GovernanceApiIT.Rule, GovernanceApiIT.expected).

    @Test
    @Order(4)
    void everyReportEndpointFollowsThePolicyForEveryRoleOnOwnAndOtherUnits() throws Exception {
        seed();
        long bmReport = built(DemoUser.ADMIN, request("UNIT_COMPLIANCE", "CSV", "unit", "bv-bach-mai")).path("id").asLong();
        long xpReport = built(DemoUser.ADMIN, request("UNIT_COMPLIANCE", "CSV", "unit", "bv-xanh-pon")).path("id").asLong();
        long sector = built(DemoUser.ADMIN, request("ANNUAL_DRILLS", "CSV", "year", YEAR)).path("id").asLong();
        Function<Boolean, Object> none = b -> null;
        Function<Boolean, String> unit = b -> b ? "bv-bach-mai" : "bv-xanh-pon";
        Function<Boolean, String> report = b -> "/api/reports/" + (b ? bmReport : xpReport);
        List<GovernanceApiIT.Rule> rules = List.of(
                new GovernanceApiIT.Rule("ask for the sector report", "POST", b -> "/api/reports", b -> request("SECTOR_COMPLIANCE", "CSV"), 403, 403, 202, 202, 202),
                new GovernanceApiIT.Rule("ask for the annual drill report", "POST", b -> "/api/reports", b -> request("ANNUAL_DRILLS", "CSV", "year", YEAR),
                        403, 403, 202, 202, 202),
                new GovernanceApiIT.Rule("ask for a unit report", "POST", b -> "/api/reports", b -> request("UNIT_COMPLIANCE", "CSV", "unit", unit.apply(b)),
                        202, 403, 202, 202, 202),
                new GovernanceApiIT.Rule("ask for a system summary", "POST", b -> "/api/reports",
                        b -> request("SYSTEM_DOSSIER", "CSV", "system", b ? bachMaiSystem : xanhPonSystem), 202, 403, 202, 202, 202),
                new GovernanceApiIT.Rule("read a unit report", "GET", report, none, 200, 403, 200, 200, 200),
                new GovernanceApiIT.Rule("download a unit report", "GET", b -> report.apply(b) + "/content", none, 200, 403, 200, 200, 200),
                new GovernanceApiIT.Rule("read a sector-wide report", "GET", b -> "/api/reports/" + sector, none, 403, 403, 200, 200, 200),
                new GovernanceApiIT.Rule("download a sector-wide report", "GET", b -> "/api/reports/" + sector + "/content", none, 403, 403, 200, 200, 200),
                new GovernanceApiIT.Rule("list the reports", "GET", b -> "/api/reports", none, 200, 200, 200, 200, 200));
        List<String> wrong = new ArrayList<>();
        for (GovernanceApiIT.Rule r : rules) {
            for (boolean ofBachMai : new boolean[] {true, false}) {
                for (Map.Entry<DemoUser, Integer> e : GovernanceApiIT.expected(r, ofBachMai).entrySet()) {
                    long auditBefore = portal.auditRecords();
                    int status = r.path().apply(ofBachMai).endsWith("/content") && r.method().equals("GET")
                            ? download(e.getKey(), Long.parseLong(r.path().apply(ofBachMai).split("/")[3])).status()
                            : portal.call(r.method(), r.path().apply(ofBachMai), e.getKey(), r.body().apply(ofBachMai)).status();
                    if (status != e.getValue()) {
                        wrong.add(r.what() + " of " + unit.apply(ofBachMai) + " as " + e.getKey().username() + ": " + status + " instead of " + e.getValue());
                    }
                    long audited = portal.auditRecords() - auditBefore;
                    long expectedAudit = r.method().equals("POST") && status == 202 ? 1 : 0;
                    if (audited != expectedAudit) {
                        wrong.add(r.what() + " as " + e.getKey().username() + " (" + status + ") left " + audited + " audit records");
                    }
                }
            }
        }
        assertThat(wrong).isEmpty();
        HttpResponse<String> anonymous = HTTP.send(HttpRequest.newBuilder(URI.create(base.toString().replaceAll("/$", "") + "/api/reports"))
                .GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(anonymous.statusCode()).isEqualTo(401);
    }

    // ---- bad requests ----

    @Test
    @Order(5)
    void badRequestsAreRefusedNamingTheFieldAndNothingIsQueued() throws Exception {
        seed();
        int before = portal.call("GET", "/api/reports", DemoUser.ADMIN, null).body().path("items").size();
        long auditBefore = portal.auditRecords();
        record Bad(Map<String, Object> body, int status, String field, String says) {
        }
        List<Bad> bad = List.of(
                new Bad(request("MONTHLY", "PDF"), 400, "kind", "MONTHLY"),
                new Bad(Map.of("format", "PDF"), 400, "kind", "kind is required"),
                new Bad(request("SECTOR_COMPLIANCE", "DOCX"), 400, "format", "DOCX"),
                new Bad(Map.of("kind", "SECTOR_COMPLIANCE"), 400, "format", "format is required"),
                new Bad(request("SECTOR_COMPLIANCE", "PDF", "unit", "bv-bach-mai"), 400, "unit", "takes no unit"),
                new Bad(request("UNIT_COMPLIANCE", "PDF"), 400, "unit", "needs the unit"),
                new Bad(request("UNIT_COMPLIANCE", "PDF", "unit", "Bệnh viện"), 400, "unit", "a unit id is"),
                new Bad(request("SYSTEM_DOSSIER", "PDF", "system", -3), 400, "system", "-3"),
                new Bad(request("ANNUAL_DRILLS", "PDF"), 400, "year", "needs the year"),
                new Bad(request("ANNUAL_DRILLS", "PDF", "year", 1999), 400, "year", "1999"),
                new Bad(request("UNIT_COMPLIANCE", "PDF", "unit", "bv-khong-co"), 404, null, "no unit bv-khong-co"),
                new Bad(request("SYSTEM_DOSSIER", "CSV", "system", 987654), 404, null, "no system 987654"));
        for (Bad b : bad) {
            Answer a = portal.call("POST", "/api/reports", DemoUser.ADMIN, b.body());
            assertThat(a.status()).as(b + " → " + a).isEqualTo(b.status());
            assertThat(a.isProblem()).as(a.toString()).isTrue();
            if (b.field() != null) {
                assertThat(a.body().path("field").asText()).as(a.toString()).isEqualTo(b.field());
            }
            assertThat(a.body().path("detail").asText()).as(a.toString()).contains(b.says());
        }
        Answer noBody = portal.call("POST", "/api/reports", DemoUser.ADMIN, "");
        assertThat(noBody.status()).as(noBody.toString()).isEqualTo(400);
        assertThat(portal.call("GET", "/api/reports/987654", DemoUser.ADMIN, null).status()).isEqualTo(404);
        assertThat(download(DemoUser.ADMIN, 987654).status()).isEqualTo(404);
        assertThat(portal.call("GET", "/api/reports", DemoUser.ADMIN, null).body().path("items").size()).isEqualTo(before);
        assertThat(portal.auditRecords()).isEqualTo(auditBefore);
    }
}
