package vn.gov.moh.soc.portal.interfaces.rest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.UUID;
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
import vn.gov.moh.soc.core.event.Event;
import vn.gov.moh.soc.core.event.EventJson;
import vn.gov.moh.soc.core.naming.Namespace;
import vn.gov.moh.soc.portal.infrastructure.attachment.SampleFiles;
import vn.gov.moh.soc.portal.interfaces.rest.PortalClient.Answer;
import vn.gov.moh.soc.stack.part.DemoUser;
import vn.gov.moh.soc.testkit.ElasticsearchEndpoint;
import vn.gov.moh.soc.testkit.RealStack;

/**
 * The compliance dashboard through the REST API, with every record made through the API itself
 * (systems, a level proposal, a dossier taken to approval, an assessment, a unit's four layers,
 * drills, IPv6 plans, incidents escalated from alert documents): each figure against what was made,
 * per unit and level, the officers' scope, the roles; and IPv6 measured from a generated mix of
 * events with a known IPv6 share per system and month, indexed into the test kit's Elasticsearch
 * as the job indexes them, with the dual-stack plan that shows no IPv6 traffic flagged.
 */
@RealStack
@ExtendWith(PortalWithSearch.class)
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DashboardApiIT {
    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final LocalDate TODAY = LocalDate.now(VIETNAM);
    private static final int YEAR = TODAY.getYear();
    private static final String BACH_MAI = "bv-bach-mai";
    private static final String XANH_PON = "bv-xanh-pon";
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final List<String> UNITS = List.of("bv-bach-mai", "bv-xanh-pon", "byt", "byt-cntt", "byt-thanh-tra", "syt-ha-noi");
    private static PortalClient portal;
    private static final List<Long> bachMai = new ArrayList<>();
    private static final List<Long> xanhPon = new ArrayList<>();
    private static long silentPlan;

    @ArquillianResource
    URL base;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return ShrinkWrap.createFromZipFile(WebArchive.class, new File(System.getProperty("portal.it.war")));
    }

    private PortalClient client() {
        if (portal == null) {
            portal = new PortalClient(base);
        }
        return portal;
    }

    private Answer call(String method, String path, DemoUser user, Object body) throws Exception {
        return client().call(method, path, user, body);
    }

    private Answer ok(String method, String path, DemoUser user, Object body, int status) throws Exception {
        Answer a = call(method, path, user, body);
        assertThat(a.status()).as(method + " " + path + ": " + a).isEqualTo(status);
        return a;
    }

    // ---- request bodies ----

    private static Map<String, Object> system(String name, String owner) {
        return Map.of("name", name, "owner", owner, "operator", "Phòng CNTT", "purpose", "Quản lý khám chữa bệnh",
                "profile", Map.of(
                        "information", Map.of("categories", List.of("PERSONAL", "PRIVATE"), "personalDataSubjects", 250000),
                        "audience", "CITIZENS_AND_BUSINESSES", "onlineService", "PARTIAL", "scope", "SINGLE_UNIT"),
                "components", List.of(Map.of("name", "web", "hostNames", List.of(name.toLowerCase().replace(' ', '-') + ".example.vn"),
                        "addresses", List.of("10.40." + (bachMai.size() + xanhPon.size()) + ".0/24"))));
    }

    private static Map<String, Object> drill(String organizer, LocalDate start, LocalDate end) {
        return Map.of("year", YEAR, "organizer", organizer, "scope", "UNIT", "title", "Diễn tập ứng cứu mã độc tống tiền",
                "scenarios", List.of(Map.of("title", "Mã độc tống tiền mã hóa máy chủ HIS", "description", "Từ thư lừa đảo")),
                "participants", List.of(), "plannedStart", start.toString(), "plannedEnd", end.toString());
    }

    private static Map<String, Object> milestone(String phase, LocalDate due, String status) {
        Map<String, Object> m = new HashMap<>(Map.of("phase", phase, "title", "Mốc " + phase, "due", due.toString(), "status", status));
        if (status.equals("DONE")) {
            m.put("doneOn", due.toString());
        }
        return m;
    }

    private static Map<String, Object> plan(String unit, Long system, String dualStack) {
        Map<String, Object> p = new HashMap<>(Map.of("unit", unit, "title", "Chuyển đổi IPv6", "milestones", List.of(
                milestone("INVENTORY", TODAY.minusMonths(6), "DONE"), milestone("DUAL_STACK", TODAY.minusMonths(2), dualStack),
                milestone("IPV6_ONLY", TODAY.plusYears(1), "PLANNED"))));
        if (system != null) {
            p.put("system", system);
        }
        return p;
    }

    private long created(Answer a) {
        assertThat(a.status()).as(a.toString()).isEqualTo(201);
        return a.body().path("id").asLong();
    }

    private int upload(long dossier, DemoUser user) throws Exception {
        String boundary = "----dashboard" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"kind\"\r\n\r\nDESIGN_DOCUMENT\r\n").getBytes(StandardCharsets.UTF_8));
        body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"thiet-ke.pdf\"\r\n"
                + "Content-Type: application/pdf\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.write(SampleFiles.pdf("thiết kế " + dossier));
        body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(base.toString().replaceAll("/$", "") + "/api/dossiers/" + dossier
                + "/attachments")).header("Authorization", "Bearer " + client().token(user))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build(), HttpResponse.BodyHandlers.ofString());
        return r.statusCode();
    }

    // ---- the sector's records, made through the API ----

    private synchronized void seed(ElasticsearchEndpoint es, Namespace ns) throws Exception {
        if (!bachMai.isEmpty()) {
            return;
        }
        for (int i = 1; i <= 3; i++) {
            bachMai.add(created(call("POST", "/api/systems", DemoUser.ADMIN, system("HIS Bach Mai " + i, BACH_MAI))));
        }
        for (int i = 1; i <= 2; i++) {
            xanhPon.add(created(call("POST", "/api/systems", DemoUser.ADMIN, system("HIS Xanh Pon " + i, XANH_PON))));
        }
        // One approved dossier (level 3, computed from the profile), for Bạch Mai's first system.
        long system = bachMai.get(0);
        ok("POST", "/api/systems/" + system + "/level", DemoUser.OFFICER_BACH_MAI, Map.of(), 200);
        long dossier = created(call("POST", "/api/dossiers", DemoUser.OFFICER_BACH_MAI, Map.of("system", system,
                "overview", "Tổng quan hệ thống HIS", "levelJustification", "Điều 9: dịch vụ công trực tuyến và hơn 10.000 chủ thể dữ liệu",
                "securityPlan", "Phương án bảo đảm an toàn hệ thống thông tin theo cấp độ 3: phân vùng mạng, sao lưu, giám sát.",
                "specialistOpinion", "")));
        assertThat(upload(dossier, DemoUser.OFFICER_BACH_MAI)).isEqualTo(201);
        ok("POST", "/api/dossiers/" + dossier + "/submit", DemoUser.OFFICER_BACH_MAI, Map.of(), 200);
        ok("POST", "/api/dossiers/" + dossier + "/start-appraisal", DemoUser.ADMIN, Map.of(), 200);
        ok("POST", "/api/dossiers/" + dossier + "/approve", DemoUser.ADMIN, Map.of(), 200);
        ok("PUT", "/api/systems/" + system + "/requirements/MGT-POL-01", DemoUser.OFFICER_BACH_MAI,
                Map.of("status", "COMPLIANT", "evidence", "Quyết định ban hành quy chế ATTT số 12/QĐ", "owner", "Phòng CNTT"), 200);
        // Bạch Mai declares all four layers (layer 2 by its contract: this portal reads no heartbeats).
        String unit = "/api/units/" + BACH_MAI + "/protection";
        ok("PUT", unit + "/on-site-force", DemoUser.OFFICER_BACH_MAI, Map.of("staff", List.of(Map.of("name", "Trần Thị Bình",
                "role", "Cán bộ chuyên trách ATTT", "phone", "0912 345 678", "email", "binh@example.vn", "contact", true))), 200);
        ok("PUT", unit + "/monitoring", DemoUser.OFFICER_BACH_MAI, Map.of("provider", "Trung tâm giám sát ATTT Bộ Y tế",
                "contractReference", "HĐ 15/" + YEAR, "from", TODAY.minusMonths(6).toString(), "until", TODAY.plusYears(1).toString(),
                "systems", bachMai), 200);
        ok("POST", unit + "/inspections", DemoUser.OFFICER_BACH_MAI, Map.of("inspector", "Công ty kiểm định ATTT độc lập",
                "date", TODAY.minusMonths(2).toString(), "scope", "HIS", "findings", List.of()), 200);
        ok("PUT", unit + "/national-connection", DemoUser.OFFICER_BACH_MAI, Map.of("connectedSince", "2024-06-01",
                "channel", "Hệ thống giám sát quốc gia"), 200);
        // Drills of this year: Bạch Mai held one (1 January), Xanh Pôn plans one for 31 December.
        LocalDate newYear = LocalDate.of(YEAR, 1, 1);
        long held = created(call("POST", "/api/drills", DemoUser.OFFICER_BACH_MAI, drill(BACH_MAI, newYear, newYear)));
        ok("PUT", "/api/drills/" + held + "/execution", DemoUser.OFFICER_BACH_MAI, Map.of("startedOn", newYear.toString(),
                "endedOn", newYear.toString(), "conductedBy", "Cục Công nghệ thông tin", "record", "Phát hiện sau 40 phút; cô lập máy chủ.",
                "findings", List.of(), "lessons", List.of()), 200);
        created(call("POST", "/api/drills", DemoUser.OFFICER_HA_NOI, drill(XANH_PON, LocalDate.of(YEAR, 12, 31), LocalDate.of(YEAR, 12, 31))));
        // IPv6: Bạch Mai's first two systems declare their dual stack done; Xanh Pôn's unit-wide plan is at it.
        created(call("POST", "/api/ipv6-plans", DemoUser.OFFICER_BACH_MAI, plan(BACH_MAI, bachMai.get(0), "DONE")));
        silentPlan = created(call("POST", "/api/ipv6-plans", DemoUser.OFFICER_BACH_MAI, plan(BACH_MAI, bachMai.get(1), "DONE")));
        created(call("POST", "/api/ipv6-plans", DemoUser.OFFICER_HA_NOI, plan(XANH_PON, null, "IN_PROGRESS")));
        // Two incidents escalated from alert documents; Bạch Mai's is being handled.
        Instant alertAt = Instant.now().minus(3, ChronoUnit.HOURS).truncatedTo(ChronoUnit.MILLIS);
        String high = AlertDocuments.write(es, ns, alertAt, "high", "P2", BACH_MAI, String.valueOf(bachMai.get(0)), "HIS Bach Mai 1", 3,
                "203.0.113.9", "open");
        String critical = AlertDocuments.write(es, ns, alertAt, "critical", "P1", XANH_PON, String.valueOf(xanhPon.get(0)), "HIS Xanh Pon 1", 3,
                "203.0.113.10", "open");
        long incident = created(call("POST", "/api/incidents", DemoUser.ANALYST, Map.of("alertIds", List.of(high))));
        created(call("POST", "/api/incidents", DemoUser.ANALYST, Map.of("alertIds", List.of(critical))));
        ok("POST", "/api/incidents/" + incident + "/status", DemoUser.ANALYST, Map.of("status", "IN_PROGRESS"), 200);
    }

    private static JsonNode byUnit(JsonNode rows, String unit) {
        for (JsonNode r : rows) {
            if (r.path("unit").asText().equals(unit)) {
                return r;
            }
        }
        throw new AssertionError("no row of " + unit + " in " + rows);
    }

    private static String share(JsonNode s) {
        return s.path("count").asInt() + "/" + s.path("total").asInt() + " " + s.path("percent").asInt() + "%";
    }

    // ---- the tests ----

    @Test
    @Order(1)
    void theAuditorSeesEveryFigureOfTheSectorAsTheRecordsMadeThroughTheApiGiveThem(ElasticsearchEndpoint es, Namespace ns) throws Exception {
        seed(es, ns);
        long auditBefore = client().auditRecords();

        JsonNode d = ok("GET", "/api/dashboard", DemoUser.AUDITOR, null, 200).body();

        assertThat(client().auditRecords()).as("reading changes nothing").isEqualTo(auditBefore);
        assertThat(d.path("year").asInt()).isEqualTo(YEAR);
        assertThat(d.path("targets").path("percent").asInt()).isEqualTo(100);
        assertThat(share(d.path("dossiers").path("overall"))).isEqualTo("1/5 20%");
        assertThat(d.path("dossiers").path("perLevel")).hasSize(5);
        assertThat(share(d.path("dossiers").path("perLevel").get(2).path("share"))).as("level 3, every system here").isEqualTo("1/5 20%");
        assertThat(share(byUnit(d.path("dossiers").path("perUnit"), BACH_MAI).path("share"))).isEqualTo("1/3 33%");
        assertThat(share(byUnit(d.path("dossiers").path("perUnit"), XANH_PON).path("share"))).isEqualTo("0/2 0%");
        assertThat(d.path("dossiers").path("perUnit").findValuesAsText("unit")).containsExactlyElementsOf(UNITS.stream().sorted().toList());

        JsonNode level3 = d.path("compliance").get(2);
        assertThat(level3.path("systems").asInt()).isEqualTo(5);
        assertThat(level3.path("compliant").asInt()).as("one requirement assessed compliant").isEqualTo(1);
        assertThat(level3.path("lines").asInt()).as("43 level-3 requirements per system").isEqualTo(5 * 43);
        assertThat(level3.path("notAssessed").asInt()).isEqualTo(5 * 43 - 1);

        assertThat(share(d.path("protection").path("complete"))).isEqualTo("1/6 16%");
        JsonNode bm = byUnit(d.path("protection").path("perUnit"), BACH_MAI);
        assertThat(bm.path("layers").findValuesAsText("state")).containsExactly("IN_PLACE", "IN_PLACE", "IN_PLACE", "IN_PLACE");
        assertThat(byUnit(d.path("protection").path("perUnit"), XANH_PON).path("layers").findValuesAsText("state")).containsOnly("MISSING");

        assertThat(share(d.path("monitoring").path("overall"))).as("no agent sent a heartbeat").isEqualTo("0/5 0%");

        assertThat(share(d.path("drills").path("unitsWithDrill"))).isEqualTo("1/6 16%");
        assertThat(byUnit(d.path("drills").path("perUnit"), BACH_MAI).path("held").asInt()).isEqualTo(1);
        JsonNode xpDrills = byUnit(d.path("drills").path("perUnit"), XANH_PON);
        assertThat(xpDrills.path("planned").asInt()).isEqualTo(1);
        assertThat(xpDrills.path("targetMet").asBoolean()).isFalse();

        assertThat(share(d.path("ipv6").path("unitsWithPlan"))).isEqualTo("2/6 33%");
        assertThat(d.path("ipv6").path("plansByPhase").path("IPV6_ONLY").asInt()).isEqualTo(2);
        assertThat(d.path("ipv6").path("plansByPhase").path("DUAL_STACK").asInt()).isEqualTo(1);
        assertThat(share(d.path("ipv6").path("milestones"))).isEqualTo("5/9 55%");
        assertThat(d.path("ipv6").path("overdueMilestones").asInt()).as("Xanh Pôn's dual stack was due two months ago").isEqualTo(1);

        JsonNode incidents = d.path("incidents");
        assertThat(incidents.path("total").asInt()).isEqualTo(2);
        assertThat(incidents.path("bySeverity").path("HIGH").asInt()).isEqualTo(1);
        assertThat(incidents.path("bySeverity").path("CRITICAL").asInt()).isEqualTo(1);
        assertThat(incidents.path("byStatus").path("IN_PROGRESS").asInt()).isEqualTo(1);
        assertThat(incidents.path("byStatus").path("NEW").asInt()).isEqualTo(1);
        assertThat(incidents.path("perUnit")).hasSize(2);
        assertThat(byUnit(incidents.path("perUnit"), BACH_MAI).path("status").asText()).isEqualTo("IN_PROGRESS");
        JsonNode all = incidents.path("handling").get(0);
        assertThat(all.path("severity").asText()).isEqualTo("ALL");
        assertThat(all.path("detect").path("incidents").asInt()).isEqualTo(2);
        assertThat(all.path("detect").path("medianSeconds").asLong()).as("opened about three hours after the alert")
                .isBetween(Duration.ofHours(3).toSeconds() - 5, Duration.ofHours(4).toSeconds());
        assertThat(all.path("respond").path("incidents").asInt()).isEqualTo(1);
        assertThat(all.path("resolve").path("incidents").asInt()).isZero();
        assertThat(all.path("resolve").path("medianSeconds").isNull()).isTrue();
    }

    @Test
    @Order(2)
    void officersSeeTheirSubtreeOnlyAndAnalystsAndAdminsTheSector(ElasticsearchEndpoint es, Namespace ns) throws Exception {
        seed(es, ns);
        JsonNode bm = ok("GET", "/api/dashboard", DemoUser.OFFICER_BACH_MAI, null, 200).body();
        assertThat(bm.path("dossiers").path("perUnit").findValuesAsText("unit")).containsExactly(BACH_MAI);
        assertThat(share(bm.path("dossiers").path("overall"))).isEqualTo("1/3 33%");
        assertThat(share(bm.path("protection").path("complete"))).isEqualTo("1/1 100%");
        assertThat(bm.path("incidents").path("total").asInt()).isEqualTo(1);
        assertThat(bm.path("ipv6").path("plans")).hasSize(2);

        JsonNode hanoi = ok("GET", "/api/dashboard", DemoUser.OFFICER_HA_NOI, null, 200).body();
        assertThat(hanoi.path("dossiers").path("perUnit").findValuesAsText("unit")).containsExactly(XANH_PON, "syt-ha-noi");
        assertThat(share(hanoi.path("dossiers").path("overall"))).isEqualTo("0/2 0%");
        assertThat(hanoi.path("incidents").path("bySeverity").path("CRITICAL").asInt()).isEqualTo(1);
        assertThat(hanoi.path("incidents").path("total").asInt()).isEqualTo(1);

        for (DemoUser sector : List.of(DemoUser.ANALYST, DemoUser.ADMIN)) {
            JsonNode d = ok("GET", "/api/dashboard", sector, null, 200).body();
            assertThat(share(d.path("dossiers").path("overall"))).as(sector.username()).isEqualTo("1/5 20%");
            assertThat(d.path("incidents").path("total").asInt()).isEqualTo(2);
        }
    }

    /** One generated event of a unit's system; {@code family} "4" or "6", with the address forms varied. */
    private static Event event(String id, Instant at, String unit, Long system, boolean ipv6, Random rnd) {
        Event e = new Event();
        e.put("@timestamp", at.toString());
        e.put("event.id", id);
        e.put("event.kind", "event");
        e.put("event.dataset", "nginx.access");
        e.put("organization.id", unit);
        if (system != null) {
            e.put("soc.system.id", String.valueOf(system));
        }
        int form = rnd.nextInt(3);
        if (ipv6) {
            // both IPv6; only the source; only the destination (a v6 client whose source the log omits)
            String v6 = "2001:db8:" + Integer.toHexString(1 + rnd.nextInt(0xfff)) + "::" + Integer.toHexString(1 + rnd.nextInt(0xfff));
            if (form != 2) {
                e.put("source.ip", v6);
            }
            if (form != 1) {
                e.put("destination.ip", "2001:db8:ffaa::11");
            }
        } else {
            // both IPv4; a source written as an IPv4-mapped IPv6 address (still IPv4); only the destination
            String v4 = "10.40." + rnd.nextInt(256) + "." + (1 + rnd.nextInt(254));
            if (form == 0) {
                e.put("source.ip", v4);
                e.put("destination.ip", "10.40.0.10");
            } else if (form == 1) {
                e.put("source.ip", "::ffff:" + v4);
            } else {
                e.put("destination.ip", v4);
            }
        }
        return e;
    }

    @Test
    @Order(3)
    void theIpv6ShareOfAGeneratedMixWithAKnownRatioIsComputedExactlyPerUnitSystemAndMonth(ElasticsearchEndpoint es, Namespace ns)
            throws Exception {
        seed(es, ns);
        String day = ns.eventsIndex(TODAY);
        Instant now = Instant.now();
        YearMonth current = YearMonth.from(TODAY);
        // Per system and month (0: this month, 1 and 2 before): IPv4 and IPv6 events. Bạch Mai's second
        // system (dual stack declared) has IPv6 only two months ago: silent in the last 30 days.
        Map<String, int[][]> mix = new LinkedHashMap<>();
        mix.put(BACH_MAI + "/" + bachMai.get(0), new int[][] {{30, 10}, {45, 15}, {50, 0}});
        mix.put(BACH_MAI + "/" + bachMai.get(1), new int[][] {{25, 0}, {40, 0}, {12, 8}});
        mix.put(XANH_PON + "/" + xanhPon.get(0), new int[][] {{7, 21}, {0, 0}, {9, 1}});
        mix.put(XANH_PON + "/-", new int[][] {{5, 5}, {0, 0}, {0, 0}});
        Random rnd = new Random(20261201L);
        StringBuilder bulk = new StringBuilder();
        Map<String, long[]> expected = new TreeMap<>();
        List<Instant> silentIpv4 = new ArrayList<>();
        String silentKey = BACH_MAI + "/" + bachMai.get(1);
        int n = 0;
        for (Map.Entry<String, int[][]> e : mix.entrySet()) {
            String unit = e.getKey().split("/")[0];
            String sys = e.getKey().split("/")[1];
            for (int back = 0; back < 3; back++) {
                YearMonth month = current.minusMonths(back);
                Instant start = month.atDay(1).atStartOfDay(VIETNAM).toInstant();
                Instant end = back == 0 ? now.minusSeconds(60) : month.plusMonths(1).atDay(1).atStartOfDay(VIETNAM).toInstant();
                List<Boolean> families = new ArrayList<>();
                for (int i = 0; i < e.getValue()[back][0]; i++) {
                    families.add(false);
                }
                for (int i = 0; i < e.getValue()[back][1]; i++) {
                    families.add(true);
                }
                Collections.shuffle(families, rnd);
                for (boolean v6 : families) {
                    // The first and last minute of the month in Vietnam: a UTC month would put them in the wrong one.
                    Instant at = switch (n % 3) {
                        case 0 -> start.plusSeconds(30);
                        case 1 -> end.minusSeconds(30);
                        default -> start.plusMillis((long) (rnd.nextDouble() * Duration.between(start, end).toMillis()));
                    };
                    if (e.getKey().equals(silentKey)) {
                        if (v6) {
                            at = start.plusSeconds(30); // two months back: before any 30-day window
                        } else {
                            silentIpv4.add(at);
                        }
                    }
                    Event ev = event("v6mix-" + n++, at, unit, sys.equals("-") ? null : Long.parseLong(sys), v6, rnd);
                    bulk.append("{\"index\":{\"_index\":\"").append(ns.eventsIndex(at.atOffset(ZoneOffset.UTC).toLocalDate()))
                            .append("\",\"_id\":\"").append(ev.text("event.id")).append("\"}}\n")
                            .append(new String(EventJson.write(ev), StandardCharsets.UTF_8)).append('\n');
                }
                if (!families.isEmpty()) {
                    expected.put(month + " " + unit + " " + sys, new long[] {e.getValue()[back][0], e.getValue()[back][1]});
                }
            }
        }
        // Events without an address, and of a month before the window, count nowhere.
        Event noAddress = new Event();
        noAddress.put("@timestamp", now.minusSeconds(120).toString());
        noAddress.put("event.id", "v6mix-none");
        noAddress.put("organization.id", BACH_MAI);
        noAddress.put("soc.system.id", String.valueOf(bachMai.get(0)));
        bulk.append("{\"index\":{\"_index\":\"").append(day).append("\",\"_id\":\"v6mix-none\"}}\n")
                .append(new String(EventJson.write(noAddress), StandardCharsets.UTF_8)).append('\n');
        Instant old = current.minusMonths(3).atDay(15).atStartOfDay(VIETNAM).toInstant();
        Event before = event("v6mix-old", old, BACH_MAI, bachMai.get(0), true, rnd);
        bulk.append("{\"index\":{\"_index\":\"").append(ns.eventsIndex(old.atOffset(ZoneOffset.UTC).toLocalDate()))
                .append("\",\"_id\":\"v6mix-old\"}}\n").append(new String(EventJson.write(before), StandardCharsets.UTF_8)).append('\n');
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(es.url() + "/_bulk?refresh=true"))
                .header("Content-Type", "application/x-ndjson").POST(HttpRequest.BodyPublishers.ofString(bulk.toString())).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        assertThat(PortalClient.JSON.readTree(r.body()).path("errors").asBoolean()).as(r.body()).isFalse();
        HttpResponse<String> mapping = HTTP.send(HttpRequest.newBuilder(URI.create(es.url() + "/" + day + "/_mapping/field/source.ip"))
                .GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(PortalClient.JSON.readTree(mapping.body()).path(day).path("mappings").path("source.ip").path("mapping").path("ip")
                .path("type").asText()).as("soc-core's template makes source.ip an ip field: " + mapping.body()).isEqualTo("ip");

        JsonNode t = ok("GET", "/api/dashboard/ipv6-traffic?months=3", DemoUser.AUDITOR, null, 200).body();

        Map<String, long[]> got = new TreeMap<>();
        for (JsonNode c : t.path("months")) {
            got.put(c.path("month").asText() + " " + c.path("unit").asText() + " " + (c.path("system").isNull() ? "-" : c.path("system").asText()),
                    new long[] {c.path("ipv4").asLong(), c.path("ipv6").asLong()});
            long total = c.path("ipv4").asLong() + c.path("ipv6").asLong();
            assertThat(c.path("ipv6Percent").asInt()).isEqualTo((int) (100 * c.path("ipv6").asLong() / total));
        }
        assertThat(got.keySet()).isEqualTo(expected.keySet());
        expected.forEach((k, v) -> assertThat(got.get(k)).as(k).containsExactly(v));
        assertThat(t.path("dualStackWithoutIpv6").findValuesAsText("plan")).as("the dual-stack plan whose system shows no IPv6 traffic")
                .containsExactly(String.valueOf(silentPlan));
        Instant silenceFrom = Instant.parse(t.path("silenceFrom").asText());
        assertThat(silenceFrom).isBetween(now.minus(Duration.ofDays(30)), Instant.now().minus(Duration.ofDays(30)));
        assertThat(t.path("dualStackWithoutIpv6").get(0).path("ipv4Events").asLong()).as("its IPv4 events since " + silenceFrom)
                .isEqualTo(silentIpv4.stream().filter(at -> !at.isBefore(silenceFrom)).count()).isGreaterThanOrEqualTo(25);
        assertThat(t.path("plans")).hasSize(3);

        JsonNode hanoi = ok("GET", "/api/dashboard/ipv6-traffic?months=3", DemoUser.OFFICER_HA_NOI, null, 200).body();
        assertThat(hanoi.path("months").findValuesAsText("unit")).containsOnly(XANH_PON);
        assertThat(hanoi.path("plans")).hasSize(1);
        assertThat(hanoi.path("dualStackWithoutIpv6")).isEmpty();
    }

    @Test
    @Order(4)
    void everyRoleReadsTheDashboardNobodyChangesItAndBadParametersAreNamed(ElasticsearchEndpoint es, Namespace ns) throws Exception {
        seed(es, ns);
        for (DemoUser u : DemoUser.values()) {
            assertThat(call("GET", "/api/dashboard", u, null).status()).as(u.username()).isEqualTo(200);
            assertThat(call("GET", "/api/dashboard/ipv6-traffic", u, null).status()).as(u.username()).isEqualTo(200);
            for (String method : List.of("POST", "PUT", "DELETE")) {
                assertThat(call(method, "/api/dashboard", u, Map.of()).status()).as(method + " as " + u.username()).isEqualTo(405);
            }
        }
        HttpResponse<String> anonymous = HTTP.send(HttpRequest.newBuilder(URI.create(base.toString().replaceAll("/$", "") + "/api/dashboard"))
                .GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(anonymous.statusCode()).isEqualTo(401);
        for (String months : List.of("0", "37", "twelve")) {
            Answer bad = call("GET", "/api/dashboard/ipv6-traffic?months=" + months, DemoUser.AUDITOR, null);
            assertThat(bad.status()).as(months).isEqualTo(400);
            assertThat(bad.isProblem()).isTrue();
            assertThat(bad.body().path("field").asText()).isEqualTo("months");
        }
    }
}
