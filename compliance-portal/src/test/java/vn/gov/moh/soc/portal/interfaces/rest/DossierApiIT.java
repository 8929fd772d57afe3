package vn.gov.moh.soc.portal.interfaces.rest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
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
import vn.gov.moh.soc.portal.infrastructure.attachment.SampleFiles;
import vn.gov.moh.soc.stack.part.DemoUser;
import vn.gov.moh.soc.testkit.KeycloakEndpoint;
import vn.gov.moh.soc.testkit.RealStack;

/**
 * The level-proposal dossier over REST on a real Payara Micro with real Keycloak tokens, one
 * deployment for the class (see {@link PortalApiIT} for how the extensions hand Keycloak and the
 * database to the server): the authorization matrix of every dossier endpoint × role × own/other
 * unit, the workflow end to end with a return for revision and the resubmission's history, the
 * level-4 opinion, bad uploads, unknown ids and invalid fields (nothing saved), and the re-review
 * of an approved dossier when its system changes.
 */
@RealStack
@ExtendWith(PortalOnPayara.class)
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DossierApiIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final Map<DemoUser, String> TOKENS = new EnumMap<>(DemoUser.class);
    private static final String BACH_MAI = "bv-bach-mai";
    private static final String XANH_PON = "bv-xanh-pon";
    private static final String PDF = "application/pdf";
    private static final String RETURN_NOTE = "Bổ sung sơ đồ mạng và phương án sao lưu dữ liệu.";

    @ArquillianResource
    URL base;

    @Deployment(testable = false)
    static WebArchive portal() {
        return ShrinkWrap.createFromZipFile(WebArchive.class, new File(System.getProperty("portal.it.war")));
    }

    // ---- helpers ----

    private record Answer(int status, String type, JsonNode body, HttpResponse<byte[]> raw) {
        String problem() {
            return status + " " + body;
        }
    }

    private static String token(DemoUser user) {
        return TOKENS.computeIfAbsent(user, u -> {
            KeycloakEndpoint.TokenResponse r = PortalOnPayara.keycloak.passwordGrant(u);
            assertThat(r.status()).as(r.body()).isEqualTo(200);
            try {
                return JSON.readTree(r.body()).path("access_token").asText();
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    private Answer send(DemoUser user, HttpRequest.Builder b) throws Exception {
        if (user != null) {
            b.header("Authorization", "Bearer " + token(user));
        }
        HttpResponse<byte[]> r = HTTP.send(b.timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofByteArray());
        String type = r.headers().firstValue("Content-Type").orElse("");
        JsonNode json = null;
        if (type.contains("json") && r.body().length > 0) {
            json = JSON.readTree(r.body());
        }
        return new Answer(r.statusCode(), type, json, r);
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(base.toString().replaceAll("/$", "") + path));
    }

    private Answer call(String method, String path, DemoUser user, Object body) throws Exception {
        HttpRequest.Builder b = request(path);
        if (body != null) {
            b.header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofString(body instanceof String s ? s : JSON.writeValueAsString(body)));
        } else {
            b.method(method, HttpRequest.BodyPublishers.noBody());
        }
        return send(user, b);
    }

    private Answer upload(long dossier, DemoUser user, String kind, String fileName, String type, byte[] content) throws Exception {
        String boundary = "----dossier" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        if (kind != null) {
            body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"kind\"\r\n\r\n" + kind + "\r\n")
                    .getBytes(StandardCharsets.UTF_8));
        }
        if (content != null) {
            body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                    + "\"\r\nContent-Type: " + type + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
            body.write(content);
            body.write("\r\n".getBytes(StandardCharsets.UTF_8));
        }
        body.write(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return send(user, request("/api/dossiers/" + dossier + "/attachments")
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
    }

    private static Map<String, Object> system(String name, String owner, String purpose, String address) {
        return Map.of("name", name, "owner", owner, "operator", "Phòng CNTT", "purpose", purpose,
                "profile", Map.of(
                        "information", Map.of("categories", List.of("PERSONAL", "PRIVATE"), "personalDataSubjects", 250000),
                        "audience", "CITIZENS_AND_BUSINESSES", "onlineService", "PARTIAL", "scope", "SINGLE_UNIT"),
                "components", List.of(Map.of("name", "web", "hostNames", List.of("his.example.vn"), "addresses", List.of(address))));
    }

    private static Map<String, Object> content(String overview, String opinion) {
        return Map.of("overview", overview, "levelJustification", "Điều 9: dịch vụ công trực tuyến và hơn 10.000 chủ thể dữ liệu",
                "securityPlan", "Phương án bảo đảm an toàn hệ thống thông tin theo cấp độ 3: phân vùng mạng, sao lưu, giám sát.",
                "specialistOpinion", opinion);
    }

    private static int systems;

    /** A new system of the unit with the computed level proposed (or the given one, justified). */
    private long systemWithProposal(String owner, Integer level) throws Exception {
        Answer s = call("POST", "/api/systems", DemoUser.ADMIN, system("Hồ sơ " + (++systems) + " " + owner, owner,
                "Quản lý khám chữa bệnh", "10.30." + systems + ".0/24"));
        assertThat(s.status()).as(s.problem()).isEqualTo(201);
        long id = s.body().path("id").asLong();
        Map<String, Object> proposal = level == null ? Map.of()
                : Map.of("proposedLevel", level, "justification", "Hệ thống là cơ sở dữ liệu tham chiếu cho nhiều tỉnh.");
        Answer p = call("POST", "/api/systems/" + id + "/level", DemoUser.ADMIN, proposal);
        assertThat(p.status()).as(p.problem()).isEqualTo(200);
        return id;
    }

    private static DemoUser officerOf(String unit) {
        return unit.equals(BACH_MAI) ? DemoUser.OFFICER_BACH_MAI : DemoUser.OFFICER_HA_NOI;
    }

    /** A dossier of the unit. */
    private record Target(long system, long dossier, long attachment) {
    }

    /** A complete level-3 dossier of a new system of the unit, driven by its officer and the admin to the state. */
    private Target dossierIn(String unit, String state) throws Exception {
        long system = systemWithProposal(unit, null);
        DemoUser officer = officerOf(unit);
        Answer d = call("POST", "/api/dossiers", officer, withSystem(system, content("Tổng quan hệ thống", "")));
        assertThat(d.status()).as(d.problem()).isEqualTo(201);
        long id = d.body().path("id").asLong();
        Answer a = upload(id, officer, "DESIGN_DOCUMENT", "thiet-ke.pdf", PDF, SampleFiles.pdf("thiết kế " + id));
        assertThat(a.status()).as(a.problem()).isEqualTo(201);
        List<String[]> path = switch (state) {
            case "DRAFT" -> List.of();
            case "SUBMITTED" -> List.<String[]>of(new String[] {"submit", "o"});
            case "UNDER_APPRAISAL" -> List.of(new String[] {"submit", "o"}, new String[] {"start-appraisal", "a"});
            case "RETURNED_FOR_REVISION" -> List.of(new String[] {"submit", "o"}, new String[] {"start-appraisal", "a"},
                    new String[] {"return", "a"});
            case "APPROVED" -> List.of(new String[] {"submit", "o"}, new String[] {"start-appraisal", "a"}, new String[] {"approve", "a"});
            default -> throw new IllegalArgumentException(state);
        };
        for (String[] step : path) {
            Answer t = call("POST", "/api/dossiers/" + id + "/" + step[0], step[1].equals("o") ? officer : DemoUser.ADMIN,
                    Map.of("note", RETURN_NOTE));
            assertThat(t.status()).as(step[0] + " " + t.problem()).isEqualTo(200);
        }
        return new Target(system, id, a.body().path("id").asLong());
    }

    private static Map<String, Object> withSystem(long system, Map<String, Object> content) {
        Map<String, Object> m = new HashMap<>(content);
        m.put("system", system);
        return m;
    }

    private long auditRecords() throws Exception {
        Answer v = call("GET", "/api/audit/verification", DemoUser.AUDITOR, null);
        assertThat(v.status()).isEqualTo(200);
        assertThat(v.body().path("intact").asBoolean()).as(v.body().toString()).isTrue();
        return v.body().path("records").asLong();
    }

    private int dossierCount() throws Exception {
        return call("GET", "/api/dossiers", DemoUser.ADMIN, null).body().path("items").size();
    }

    private static long storedFiles() throws IOException {
        if (!Files.exists(PortalOnPayara.attachments)) {
            return 0;
        }
        try (Stream<Path> all = Files.walk(PortalOnPayara.attachments)) {
            return all.filter(Files::isRegularFile).count();
        }
    }

    // ---- the authorization matrix ----

    /**
     * One endpoint: how to reach it on a dossier of a unit, and the status each role gets on its
     * own unit's dossier and on another unit's. {@code fresh} is the state a dossier must be in for
     * a call that succeeds (each such call gets a new one, since it changes it); null when the call
     * changes nothing that matters to the next one.
     */
    private record Rule(String what, String method, String path, String fresh, int officerOwn, int officerOther, int auditor,
                        int admin, int analyst) {
    }

    private Object bodyFor(Rule r, Target t) {
        return switch (r.what()) {
            case "create" -> Map.of("system", t.system());
            case "update" -> content("Tổng quan, cập nhật", "");
            case "comment" -> Map.of("text", "Đề nghị bổ sung tài liệu.");
            case "return", "reject" -> Map.of("note", RETURN_NOTE);
            default -> r.method().equals("GET") || r.method().equals("DELETE") ? null : Map.of();
        };
    }

    @Test
    @Order(1)
    void everyDossierEndpointFollowsThePolicyForEveryRoleOnOwnAndOtherUnits() throws Exception {
        List<Rule> rules = List.of(
                new Rule("list", "GET", "/api/dossiers?system={s}", null, 200, 200, 200, 200, 403),
                new Rule("authorities", "GET", "/api/dossiers/authorities", null, 200, 200, 200, 200, 403),
                new Rule("read", "GET", "/api/dossiers/{d}", null, 200, 403, 200, 200, 403),
                new Rule("history", "GET", "/api/dossiers/{d}/history", null, 200, 403, 200, 200, 403),
                new Rule("list attachments", "GET", "/api/dossiers/{d}/attachments", null, 200, 403, 200, 200, 403),
                new Rule("download", "GET", "/api/dossiers/{d}/attachments/{a}", null, 200, 403, 200, 200, 403),
                new Rule("create", "POST", "/api/dossiers", "NEW", 201, 403, 403, 201, 403),
                new Rule("update", "PUT", "/api/dossiers/{d}", null, 200, 403, 403, 200, 403),
                new Rule("comment", "POST", "/api/dossiers/{d}/comments", null, 201, 403, 403, 201, 403),
                new Rule("upload", "POST", "/api/dossiers/{d}/attachments", null, 201, 403, 403, 201, 403),
                new Rule("detach", "DELETE", "/api/dossiers/{d}/attachments/{a}", "DRAFT", 200, 403, 403, 200, 403),
                new Rule("submit", "POST", "/api/dossiers/{d}/submit", "DRAFT", 200, 403, 403, 200, 403),
                new Rule("start-appraisal", "POST", "/api/dossiers/{d}/start-appraisal", "SUBMITTED", 403, 403, 403, 200, 403),
                new Rule("return", "POST", "/api/dossiers/{d}/return", "UNDER_APPRAISAL", 403, 403, 403, 200, 403),
                new Rule("approve", "POST", "/api/dossiers/{d}/approve", "UNDER_APPRAISAL", 403, 403, 403, 200, 403),
                new Rule("reject", "POST", "/api/dossiers/{d}/reject", "UNDER_APPRAISAL", 403, 403, 403, 200, 403),
                new Rule("resubmit", "POST", "/api/dossiers/{d}/resubmit", "RETURNED_FOR_REVISION", 200, 403, 403, 200, 403));
        Map<String, Target> shared = Map.of(BACH_MAI, dossierIn(BACH_MAI, "DRAFT"), XANH_PON, dossierIn(XANH_PON, "DRAFT"));
        List<String> wrong = new ArrayList<>();
        int calls = 0;
        for (Rule r : rules) {
            for (String unit : List.of(BACH_MAI, XANH_PON)) {
                // officer.bachmai owns Bạch Mai; officer.hanoi owns Xanh Pôn through Hà Nội's subtree.
                boolean bachMai = unit.equals(BACH_MAI);
                Map<DemoUser, Integer> expected = Map.of(
                        DemoUser.OFFICER_BACH_MAI, bachMai ? r.officerOwn() : r.officerOther(),
                        DemoUser.OFFICER_HA_NOI, bachMai ? r.officerOther() : r.officerOwn(),
                        DemoUser.AUDITOR, r.auditor(), DemoUser.ADMIN, r.admin(), DemoUser.ANALYST, r.analyst());
                for (Map.Entry<DemoUser, Integer> e : expected.entrySet()) {
                    boolean succeeds = e.getValue() < 300;
                    Target t = !succeeds || r.fresh() == null ? shared.get(unit)
                            : r.fresh().equals("NEW") ? new Target(systemWithProposal(unit, null), 0, 0) : dossierIn(unit, r.fresh());
                    if (r.what().equals("create") && !succeeds) {
                        t = new Target(shared.get(unit).system(), 0, 0);
                    }
                    String path = r.path().replace("{s}", Long.toString(t.system())).replace("{d}", Long.toString(t.dossier()))
                            .replace("{a}", Long.toString(t.attachment()));
                    Answer a = r.what().equals("upload")
                            ? upload(t.dossier(), e.getKey(), "OTHER", "phu-luc.png", "image/png", SampleFiles.png())
                            : call(r.method(), path, e.getKey(), bodyFor(r, t));
                    calls++;
                    if (a.status() != e.getValue()) {
                        wrong.add(r.what() + " of " + unit + " as " + e.getKey().username() + ": " + a.status() + " instead of "
                                + e.getValue() + " " + a.body());
                    }
                }
            }
        }
        assertThat(wrong).isEmpty();
        assertThat(calls).isEqualTo(rules.size() * 2 * 5);
    }

    @Test
    @Order(2)
    void listsShowAnOfficerOnlyTheDossiersOfTheirSubtree() throws Exception {
        dossierIn(BACH_MAI, "DRAFT");
        dossierIn(XANH_PON, "DRAFT");
        for (DemoUser u : List.of(DemoUser.OFFICER_BACH_MAI, DemoUser.OFFICER_HA_NOI, DemoUser.AUDITOR)) {
            Answer list = call("GET", "/api/dossiers", u, null);
            assertThat(list.status()).isEqualTo(200);
            List<String> owners = new ArrayList<>();
            list.body().path("items").forEach(i -> owners.add(i.path("owner").asText()));
            switch (u) {
                case OFFICER_BACH_MAI -> assertThat(owners).isNotEmpty().containsOnly(BACH_MAI);
                case OFFICER_HA_NOI -> assertThat(owners).isNotEmpty().containsOnly(XANH_PON);
                default -> assertThat(owners).contains(BACH_MAI, XANH_PON);
            }
        }
    }

    // ---- the workflow ----

    @Test
    @Order(3)
    void aDossierGoesThroughReturnForRevisionAndResubmissionKeepingTheHistory() throws Exception {
        DemoUser officer = DemoUser.OFFICER_BACH_MAI;
        long system = systemWithProposal(BACH_MAI, null);
        long auditStart = auditRecords();

        Answer created = call("POST", "/api/dossiers", officer, withSystem(system, Map.of("overview", "HIS của bệnh viện")));
        assertThat(created.status()).as(created.problem()).isEqualTo(201);
        long id = created.body().path("id").asLong();
        String d = "/api/dossiers/" + id;
        assertThat(created.body().path("state").asText()).isEqualTo("DRAFT");
        assertThat(created.body().path("level").asInt()).isEqualTo(3);
        assertThat(created.body().path("authority").path("appraiser").asText()).contains("chuyên trách");
        assertThat(created.body().path("allowedActions").toString()).isEqualTo("[\"submit\"]");
        assertThat(created.body().path("missingForSubmission").toString()).contains("attachments", "levelJustification", "securityPlan");

        long beforeIncomplete = auditRecords();
        Answer incomplete = call("POST", d + "/submit", officer, null);
        assertThat(incomplete.status()).isEqualTo(400);
        assertThat(incomplete.type()).startsWith("application/problem+json");
        assertThat(incomplete.body().path("field").asText()).isEqualTo("attachments");
        assertThat(incomplete.body().path("errors").toString()).contains("levelJustification", "securityPlan", "Art. 15");
        assertThat(call("GET", d, officer, null).body().path("state").asText()).isEqualTo("DRAFT");
        assertThat(auditRecords()).as("a refused submission leaves no trace").isEqualTo(beforeIncomplete);

        assertThat(call("PUT", d, officer, content("HIS của bệnh viện, bản 1", "")).status()).isEqualTo(200);
        byte[] design1 = SampleFiles.pdf("thiết kế sơ bộ");
        Answer a1 = upload(id, officer, "DESIGN_DOCUMENT", "thiết kế sơ bộ.pdf", PDF, design1);
        assertThat(a1.status()).as(a1.problem()).isEqualTo(201);
        assertThat(a1.body().path("sha256").asText()).isEqualTo(sha256(design1));
        assertThat(a1.body().path("mediaType").asText()).isEqualTo(PDF);
        assertThat(a1.body().path("scan").path("verdict").asText()).isEqualTo("NOT_SCANNED");

        Answer submitted = call("POST", d + "/submit", officer, null);
        assertThat(submitted.status()).as(submitted.problem()).isEqualTo(200);
        assertThat(submitted.body().path("state").asText()).isEqualTo("SUBMITTED");
        Instant submittedAt = Instant.parse(submitted.body().path("current").path("submittedAt").asText());
        int decisionDays = submitted.body().path("authority").path("appraisalDays").asInt() + submitted.body().path("authority").path("approvalDays").asInt();
        assertThat(Instant.parse(submitted.body().path("dueAt").asText())).isEqualTo(submittedAt.plus(Duration.ofDays(decisionDays)));
        assertThat(submitted.body().path("allowedActions")).as("the officer waits").isEmpty();

        assertThat(call("POST", d + "/start-appraisal", officer, null).status()).as("an officer does not appraise").isEqualTo(403);
        assertThat(call("PUT", d, officer, content("changed after submission", "")).status()).isEqualTo(409);
        assertThat(upload(id, officer, "OTHER", "x.png", "image/png", SampleFiles.png()).status()).isEqualTo(409);
        assertThat(call("POST", d + "/approve", DemoUser.ADMIN, null).status()).as("not under appraisal yet").isEqualTo(409);
        assertThat(call("POST", d + "/start-appraisal", DemoUser.ADMIN, null).status()).isEqualTo(200);
        assertThat(call("POST", d + "/comments", DemoUser.ADMIN, Map.of("text", "Xem mục 3 của phương án.")).status()).isEqualTo(201);
        Answer noReason = call("POST", d + "/return", DemoUser.ADMIN, Map.of("note", "  "));
        assertThat(noReason.status()).isEqualTo(400);
        assertThat(noReason.body().path("field").asText()).isEqualTo("note");
        Answer returned = call("POST", d + "/return", DemoUser.ADMIN, Map.of("note", RETURN_NOTE));
        assertThat(returned.status()).as(returned.problem()).isEqualTo(200);
        assertThat(returned.body().path("state").asText()).isEqualTo("RETURNED_FOR_REVISION");
        assertThat(returned.body().path("current").path("number").asInt()).isEqualTo(2);
        assertThat(returned.body().path("current").path("overview").asText()).isEqualTo("HIS của bệnh viện, bản 1");

        assertThat(call("PUT", d, officer, content("HIS của bệnh viện, bản 2 có sơ đồ mạng", "")).status()).isEqualTo(200);
        Answer a2 = upload(id, officer, "DESIGN_DOCUMENT", "so-do-mang.png", "image/png", SampleFiles.png());
        assertThat(a2.status()).as(a2.problem()).isEqualTo(201);
        assertThat(a2.body().path("version").asInt()).isEqualTo(2);
        assertThat(call("POST", d + "/comments", officer, Map.of("text", "Đã bổ sung sơ đồ mạng.")).status()).isEqualTo(201);
        Answer resubmitted = call("POST", d + "/resubmit", officer, null);
        assertThat(resubmitted.status()).as(resubmitted.problem()).isEqualTo(200);
        assertThat(call("POST", d + "/start-appraisal", DemoUser.ADMIN, null).status()).isEqualTo(200);
        Answer approved = call("POST", d + "/approve", DemoUser.ADMIN, Map.of("note", "Đồng ý cấp độ 3."));
        assertThat(approved.status()).as(approved.problem()).isEqualTo(200);
        assertThat(approved.body().path("state").asText()).isEqualTo("APPROVED");
        assertThat(approved.body().has("dueAt")).isFalse();
        assertThat(call("POST", d + "/reject", DemoUser.ADMIN, Map.of("note", RETURN_NOTE)).status()).as("decided").isEqualTo(409);

        Answer history = call("GET", d + "/history", DemoUser.AUDITOR, null);
        assertThat(history.status()).isEqualTo(200);
        JsonNode v1 = history.body().path("versions").get(0);
        JsonNode v2 = history.body().path("versions").get(1);
        assertThat(history.body().path("versions")).hasSize(2);
        assertThat(v1.path("overview").asText()).isEqualTo("HIS của bệnh viện, bản 1");
        assertThat(v1.path("attachments")).hasSize(1);
        assertThat(v1.path("submittedBy").asText()).isEqualTo("officer.bachmai");
        assertThat(actions(v1.path("events"))).containsExactly("submit", "start-appraisal", "return");
        assertThat(v1.path("events").get(2).path("note").asText()).isEqualTo(RETURN_NOTE);
        assertThat(v1.path("comments").get(0).path("party").asText()).isEqualTo("AUTHORITY");
        assertThat(v2.path("overview").asText()).isEqualTo("HIS của bệnh viện, bản 2 có sơ đồ mạng");
        assertThat(v2.path("attachments")).hasSize(2);
        assertThat(actions(v2.path("events"))).containsExactly("resubmit", "start-appraisal", "approve");
        assertThat(v1.path("comments")).hasSize(1);
        assertThat(v2.path("comments")).singleElement().satisfies(c -> assertThat(c.path("author").asText()).isEqualTo("officer.bachmai"));
        assertThat(history.body().path("attachments")).hasSize(2);

        Answer file = send(DemoUser.AUDITOR, request(d + "/attachments/" + a1.body().path("id").asLong()).GET());
        assertThat(file.status()).isEqualTo(200);
        assertThat(file.raw().body()).isEqualTo(design1);
        assertThat(file.type()).startsWith(PDF);
        assertThat(file.raw().headers().firstValue("Repr-Digest")).contains("sha-256=:"
                + Base64.getEncoder().encodeToString(HexFormat.of().parseHex(sha256(design1))) + ":");
        assertThat(file.raw().headers().firstValue("X-Content-Type-Options")).contains("nosniff");
        assertThat(file.raw().headers().firstValue("Content-Disposition").orElse("")).contains("filename*=UTF-8''thi%E1%BA%BFt");

        // create, update, attach, submit, start, comment, return, update, attach, comment, resubmit, start, approve
        assertThat(auditRecords()).isEqualTo(auditStart + 13);
    }

    private static List<String> actions(JsonNode events) {
        List<String> a = new ArrayList<>();
        events.forEach(e -> a.add(e.path("action").asText()));
        return a;
    }

    @Test
    @Order(4)
    void whoeverSubmittedAVersionMayNotAppraiseIt() throws Exception {
        long system = systemWithProposal(XANH_PON, null);
        Answer d = call("POST", "/api/dossiers", DemoUser.ADMIN, withSystem(system, content("Tổng quan", "")));
        long id = d.body().path("id").asLong();
        assertThat(upload(id, DemoUser.ADMIN, "DESIGN_DOCUMENT", "a.pdf", PDF, SampleFiles.pdf("a")).status()).isEqualTo(201);
        assertThat(call("POST", "/api/dossiers/" + id + "/submit", DemoUser.ADMIN, null).status()).isEqualTo(200);
        Answer own = call("POST", "/api/dossiers/" + id + "/start-appraisal", DemoUser.ADMIN, null);
        assertThat(own.status()).isEqualTo(403);
        assertThat(own.body().path("detail").asText()).contains("submitted version 1");
        assertThat(call("GET", "/api/dossiers/" + id, DemoUser.ADMIN, null).body().path("allowedActions")).isEmpty();
    }

    @Test
    @Order(5)
    void aLevel4DossierNeedsTheSpecializedUnitsOpinionBeforeSubmission() throws Exception {
        DemoUser officer = DemoUser.OFFICER_BACH_MAI;
        long system = systemWithProposal(BACH_MAI, 4);
        Answer created = call("POST", "/api/dossiers", officer, withSystem(system, content("Tổng quan EMR vùng", "")));
        assertThat(created.status()).as(created.problem()).isEqualTo(201);
        assertThat(created.body().path("level").asInt()).isEqualTo(4);
        assertThat(created.body().path("current").path("computedLevel").asInt()).isEqualTo(3);
        assertThat(created.body().path("authority").path("confirmation").asText()).isEqualTo("UNCONFIRMED");
        assertThat(created.body().path("authority").path("appraiser").asText()).contains("Bộ Công an");
        assertThat(created.body().path("authority").path("appraisalDays").asInt()).isEqualTo(30);
        long id = created.body().path("id").asLong();
        assertThat(upload(id, officer, "DESIGN_DOCUMENT", "thiet-ke.docx",
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document", SampleFiles.docx()).status()).isEqualTo(201);

        long audit = auditRecords();
        Answer refused = call("POST", "/api/dossiers/" + id + "/submit", officer, null);
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body().path("field").asText()).isEqualTo("specialistOpinion");
        assertThat(refused.body().path("detail").asText()).contains("level 4", "Art. 15(5)");
        assertThat(auditRecords()).isEqualTo(audit);
        assertThat(call("GET", "/api/dossiers/" + id, officer, null).body().path("state").asText()).isEqualTo("DRAFT");

        Answer opinion = upload(id, officer, "SPECIALIST_OPINION", "y-kien.pdf", PDF, SampleFiles.pdf("ý kiến đơn vị chuyên trách"));
        assertThat(opinion.status()).as(opinion.problem()).isEqualTo(201);
        Answer submitted = call("POST", "/api/dossiers/" + id + "/submit", officer, null);
        assertThat(submitted.status()).as(submitted.problem()).isEqualTo(200);
        Instant at = Instant.parse(submitted.body().path("current").path("submittedAt").asText());
        assertThat(Instant.parse(submitted.body().path("dueAt").asText())).as("30 days appraisal + 7 approval").isEqualTo(at.plus(Duration.ofDays(37)));

        Answer table = call("GET", "/api/dossiers/authorities", DemoUser.AUDITOR, null);
        assertThat(table.body().path("items")).hasSize(5);
        assertThat(table.body().path("items").get(4).path("approver").asText()).isEqualTo("Thủ tướng Chính phủ");
    }

    // ---- bad input ----

    @Test
    @Order(6)
    void badUploadsAreRefusedNamingTheProblemAndNothingIsSaved() throws Exception {
        Target t = dossierIn(BACH_MAI, "DRAFT");
        DemoUser officer = DemoUser.OFFICER_BACH_MAI;
        int attachmentsBefore = call("GET", "/api/dossiers/" + t.dossier() + "/attachments", officer, null).body().path("items").size();
        long audit = auditRecords();
        long files = storedFiles();

        byte[] justOver = new byte[(int) PortalOnPayara.MAX_ATTACHMENT_BYTES + 1];
        System.arraycopy(SampleFiles.pdf("big"), 0, justOver, 0, 20);
        Answer oversized = upload(t.dossier(), officer, "DESIGN_DOCUMENT", "lon.pdf", PDF, justOver);
        assertThat(oversized.status()).as(oversized.problem()).isEqualTo(413);
        assertThat(oversized.type()).startsWith("application/problem+json");
        assertThat(oversized.body().path("field").asText()).isEqualTo("file");
        assertThat(oversized.body().path("reason").asText()).isEqualTo("TOO_LARGE");
        assertThat(oversized.body().path("detail").asText()).contains(Long.toString(PortalOnPayara.MAX_ATTACHMENT_BYTES));
        Answer huge = upload(t.dossier(), officer, "DESIGN_DOCUMENT", "rat-lon.pdf", PDF, new byte[4 * 1024 * 1024]);
        assertThat(huge.status()).as("refused from its Content-Length").isEqualTo(413);

        Answer exe = upload(t.dossier(), officer, "DESIGN_DOCUMENT", "bao-cao.pdf", PDF, SampleFiles.windowsExecutable());
        assertThat(exe.status()).as(exe.problem()).isEqualTo(415);
        assertThat(exe.body().path("reason").asText()).isEqualTo("TYPE_NOT_ALLOWED");
        assertThat(exe.body().path("detail").asText()).contains("bao-cao.pdf", "application/x-msdownload");

        Answer disguised = upload(t.dossier(), officer, "DESIGN_DOCUMENT", "so-do.pdf", PDF, SampleFiles.png());
        assertThat(disguised.status()).isEqualTo(415);
        assertThat(disguised.body().path("reason").asText()).isEqualTo("TYPE_MISMATCH");
        assertThat(disguised.body().path("detail").asText()).contains("image/png");

        Answer macro = upload(t.dossier(), officer, "DESIGN_DOCUMENT", "thiet-ke.docx", "application/octet-stream",
                SampleFiles.ooxml("word/document.xml", "application/vnd.ms-word.document.macroEnabled.main+xml", "<x/>"));
        assertThat(macro.status()).as("a macro-enabled document renamed .docx").isEqualTo(415);

        Answer empty = upload(t.dossier(), officer, "DESIGN_DOCUMENT", "rong.pdf", PDF, new byte[0]);
        assertThat(empty.status()).isEqualTo(400);
        assertThat(empty.body().path("reason").asText()).isEqualTo("EMPTY");

        Answer unknownKind = upload(t.dossier(), officer, "PHOTO_OF_CAT", "a.pdf", PDF, SampleFiles.pdf("a"));
        assertThat(unknownKind.status()).isEqualTo(400);
        assertThat(unknownKind.body().path("field").asText()).isEqualTo("kind");
        Answer noFile = upload(t.dossier(), officer, "DESIGN_DOCUMENT", null, null, null);
        assertThat(noFile.status()).isEqualTo(400);
        assertThat(noFile.body().path("field").asText()).isEqualTo("file");

        assertThat(call("GET", "/api/dossiers/" + t.dossier() + "/attachments", officer, null).body().path("items")).hasSize(attachmentsBefore);
        assertThat(auditRecords()).isEqualTo(audit);
        assertThat(storedFiles()).as("no file kept, no staging file left").isEqualTo(files);
    }

    @Test
    @Order(7)
    void unknownIdsAndInvalidFieldsGetClearErrorsAndSaveNothing() throws Exception {
        Target t = dossierIn(XANH_PON, "DRAFT");
        Target other = dossierIn(XANH_PON, "DRAFT");
        long noProposal;
        {
            Answer s = call("POST", "/api/systems", DemoUser.ADMIN, system("Chưa đề xuất cấp độ", XANH_PON, "x", "10.99.0.0/24"));
            noProposal = s.body().path("id").asLong();
        }
        int dossiers = dossierCount();
        long audit = auditRecords();
        DemoUser officer = DemoUser.OFFICER_HA_NOI;

        for (String path : List.of("/api/dossiers/999999", "/api/dossiers/0", "/api/dossiers/999999/history",
                "/api/dossiers/" + t.dossier() + "/attachments/999999", "/api/dossiers/" + t.dossier() + "/attachments/" + other.attachment())) {
            Answer a = call("GET", path, DemoUser.ADMIN, null);
            assertThat(a.status()).as(path).isEqualTo(404);
            assertThat(a.type()).as(path).startsWith("application/problem+json");
        }
        assertThat(call("POST", "/api/dossiers/999999/submit", DemoUser.ADMIN, null).status()).isEqualTo(404);
        assertThat(call("POST", "/api/dossiers/" + t.dossier() + "/archive", DemoUser.ADMIN, null).status()).isEqualTo(404);

        record Invalid(String why, Map<String, Object> body, String field) {
        }
        for (Invalid i : List.of(
                new Invalid("no system", Map.of("overview", "no system"), "system"),
                new Invalid("unknown system", Map.of("system", 999999), "system"),
                new Invalid("no level proposed yet", Map.of("system", noProposal), "system"),
                new Invalid("overview too long", Map.of("system", t.system(), "overview", "x".repeat(20001)), "overview"))) {
            Answer a = call("POST", "/api/dossiers", officer, i.body());
            assertThat(a.status()).as(i.why() + " " + a.problem()).isEqualTo(400);
            assertThat(a.type()).startsWith("application/problem+json");
            assertThat(a.body().path("field").asText()).as(i.why()).isEqualTo(i.field());
        }
        Answer second = call("POST", "/api/dossiers", officer, Map.of("system", t.system()));
        assertThat(second.status()).as("a second open dossier of one system").isEqualTo(409);
        Answer malformed = call("POST", "/api/dossiers", officer, "{\"system\": ");
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.type()).startsWith("application/problem+json");
        Answer longComment = call("POST", "/api/dossiers/" + t.dossier() + "/comments", officer, Map.of("text", "x".repeat(4001)));
        assertThat(longComment.status()).isEqualTo(400);
        assertThat(longComment.body().path("field").asText()).isEqualTo("text");
        Answer badFilter = call("GET", "/api/dossiers?system=-3", officer, null);
        assertThat(badFilter.status()).isEqualTo(400);
        assertThat(badFilter.body().path("field").asText()).isEqualTo("system");

        assertThat(dossierCount()).isEqualTo(dossiers);
        assertThat(auditRecords()).isEqualTo(audit);
        HttpResponse<String> openapi = HTTP.send(HttpRequest.newBuilder(base.toURI().resolve("/openapi")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(openapi.statusCode()).as("the OpenAPI document still builds").isEqualTo(200);
        assertThat(openapi.body()).contains("/dossiers/{id}/attachments");
    }

    // ---- re-review ----

    @Test
    @Order(8)
    void anApprovedDossierIsFlaggedForReReviewWhenItsSystemsComponentsChange() throws Exception {
        Target t = dossierIn(BACH_MAI, "APPROVED");
        String path = "/api/systems/" + t.system();
        JsonNode system = call("GET", path, DemoUser.ADMIN, null).body();
        String name = system.path("name").asText();
        String address = system.path("components").get(0).path("addresses").get(0).asText();
        long audit = auditRecords();

        Answer purposeOnly = call("PUT", path, DemoUser.OFFICER_BACH_MAI, system(name, BACH_MAI, "Mục đích mới", address));
        assertThat(purposeOnly.status()).as(purposeOnly.problem()).isEqualTo(200);
        assertThat(call("GET", "/api/dossiers/" + t.dossier(), DemoUser.AUDITOR, null).body().has("reReview"))
                .as("the purpose is not what the level depends on").isFalse();
        assertThat(auditRecords()).isEqualTo(audit + 1);

        Answer moved = call("PUT", path, DemoUser.OFFICER_BACH_MAI, system(name, BACH_MAI, "Mục đích mới", "10.200.0.0/16"));
        assertThat(moved.status()).isEqualTo(200);
        JsonNode dossier = call("GET", "/api/dossiers/" + t.dossier(), DemoUser.AUDITOR, null).body();
        assertThat(dossier.path("state").asText()).isEqualTo("APPROVED");
        assertThat(dossier.path("reReview").path("reason").asText()).contains("components changed", "officer.bachmai", "level 3");
        assertThat(auditRecords()).as("the system's update and the flag").isEqualTo(audit + 3);
    }

    private static String sha256(byte[] b) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(b));
    }
}
