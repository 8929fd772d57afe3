package vn.gov.moh.soc.portal.interfaces.rest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.EnumMap;
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
import vn.gov.moh.soc.stack.part.DemoUser;
import vn.gov.moh.soc.testkit.KeycloakEndpoint;
import vn.gov.moh.soc.testkit.RealStack;

/**
 * The portal's REST API on a real Payara Micro with real Keycloak tokens: one deployment for the
 * whole class. The order of the extensions matters: the test kit's Keycloak first, then
 * {@link PortalOnPayara} hands its issuer to the server, then Arquillian starts and deploys.
 */
@RealStack
@ExtendWith(PortalOnPayara.class)
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PortalApiIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final Map<DemoUser, String> TOKENS = new EnumMap<>(DemoUser.class);
    private static long bachMaiSystem;
    private static long xanhPonSystem;

    @ArquillianResource
    URL base;

    @Deployment(testable = false)
    static WebArchive portal() {
        return ShrinkWrap.createFromZipFile(WebArchive.class, new File(System.getProperty("portal.it.war")));
    }

    // ---- helpers ----

    private static String token(DemoUser user) {
        return TOKENS.computeIfAbsent(user, u -> accessToken(PortalOnPayara.keycloak.passwordGrant(u)));
    }

    private static String accessToken(KeycloakEndpoint.TokenResponse response) {
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        try {
            return JSON.readTree(response.body()).path("access_token").asText();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private record Answer(int status, String type, JsonNode body) {
    }

    private Answer call(String method, String path, String token, Object body) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base.toString().replaceAll("/$", "") + path))
                .timeout(Duration.ofSeconds(30));
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        if (body != null) {
            b.header("Content-Type", "application/json");
            b.method(method, HttpRequest.BodyPublishers.ofString(body instanceof String s ? s : JSON.writeValueAsString(body)));
        } else {
            b.method(method, HttpRequest.BodyPublishers.noBody());
        }
        HttpResponse<String> r = HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
        JsonNode json = null;
        if (!r.body().isBlank()) {
            try {
                json = JSON.readTree(r.body());
            } catch (Exception e) {
                json = JSON.getNodeFactory().textNode(r.body());
            }
        }
        return new Answer(r.statusCode(), r.headers().firstValue("Content-Type").orElse(""), json);
    }

    private Answer call(String method, String path, DemoUser user, Object body) throws Exception {
        return call(method, path, token(user), body);
    }

    private static Map<String, Object> system(String name, String owner) {
        return Map.of("name", name, "owner", owner, "operator", "Phòng CNTT", "purpose", "Quản lý khám chữa bệnh",
                "profile", Map.of(
                        "information", Map.of("categories", List.of("PERSONAL", "PRIVATE"), "personalDataSubjects", 250000),
                        "audience", "CITIZENS_AND_BUSINESSES", "onlineService", "PARTIAL", "scope", "SINGLE_UNIT"),
                "components", List.of(Map.of("name", "web", "hostNames", List.of("his.example.vn"),
                        "addresses", List.of("10.20.0.0/24", "2001:db8:20::/48"))));
    }

    /** One system per officer's unit, made by the admin once for the class. */
    private synchronized void seed() throws Exception {
        if (bachMaiSystem != 0) {
            return;
        }
        Answer a = call("POST", "/api/systems", DemoUser.ADMIN, system("HIS Bạch Mai", "bv-bach-mai"));
        assertThat(a.status()).as(String.valueOf(a.body())).isEqualTo(201);
        bachMaiSystem = a.body().path("id").asLong();
        Answer b = call("POST", "/api/systems", DemoUser.ADMIN, system("HIS Xanh Pôn", "bv-xanh-pon"));
        assertThat(b.status()).as(String.valueOf(b.body())).isEqualTo(201);
        xanhPonSystem = b.body().path("id").asLong();
    }

    private static List<String> owners(Answer list) {
        assertThat(list.status()).isEqualTo(200);
        List<String> owners = new ArrayList<>();
        list.body().path("items").forEach(i -> owners.add(i.path("owner").asText()));
        return owners;
    }

    private long auditRecords() throws Exception {
        Answer v = call("GET", "/api/audit/verification", DemoUser.AUDITOR, null);
        assertThat(v.status()).isEqualTo(200);
        return v.body().path("records").asLong();
    }

    // ---- the authorization matrix ----

    /** What each role gets for a request on its own unit's data and on another unit's (status codes). */
    private record Rule(String what, String method, String pathOfBachMai, String pathOfXanhPon, Object body,
                        int officerOwn, int officerOther, int auditor, int admin, int analyst) {
    }

    @Test
    @Order(1)
    void everyEndpointFollowsThePolicyForEveryRoleOnOwnAndOtherUnits() throws Exception {
        seed();
        String bm = "/api/systems/" + bachMaiSystem;
        String xp = "/api/systems/" + xanhPonSystem;
        Map<String, Object> level = Map.of("justification", "");
        List<Rule> rules = List.of(
                new Rule("read unit", "GET", "/api/units/bv-bach-mai", "/api/units/bv-xanh-pon", null, 200, 403, 200, 200, 403),
                new Rule("read system", "GET", bm, xp, null, 200, 403, 200, 200, 403),
                new Rule("update system", "PUT", bm, xp, null, 200, 403, 403, 200, 403),
                new Rule("create system", "POST", "/api/systems#bv-bach-mai", "/api/systems#bv-xanh-pon", null, 201, 403, 403, 201, 403),
                new Rule("propose level", "POST", bm + "/level", xp + "/level", level, 200, 403, 403, 200, 403));
        List<String> wrong = new ArrayList<>();
        for (Rule r : rules) {
            for (boolean ofBachMai : new boolean[] {true, false}) {
                String path = ofBachMai ? r.pathOfBachMai() : r.pathOfXanhPon();
                String owner = ofBachMai ? "bv-bach-mai" : "bv-xanh-pon";
                // An update keeps the seeded name, which the filtering test looks for.
                Object body = r.body() != null ? r.body()
                        : r.method().equals("GET") ? null
                        : r.method().equals("PUT") ? system(ofBachMai ? "HIS Bạch Mai" : "HIS Xanh Pôn", owner)
                        : system("Matrix " + r.what(), owner);
                String url = path.contains("#") ? path.substring(0, path.indexOf('#')) : path;
                // officer.bachmai owns Bạch Mai; officer.hanoi owns Xanh Pôn through Hà Nội's subtree.
                Map<DemoUser, Integer> expected = Map.of(
                        DemoUser.OFFICER_BACH_MAI, ofBachMai ? r.officerOwn() : r.officerOther(),
                        DemoUser.OFFICER_HA_NOI, ofBachMai ? r.officerOther() : r.officerOwn(),
                        DemoUser.AUDITOR, r.auditor(), DemoUser.ADMIN, r.admin(), DemoUser.ANALYST, r.analyst());
                for (Map.Entry<DemoUser, Integer> e : expected.entrySet()) {
                    Answer a = call(r.method(), url, e.getKey(), body);
                    if (a.status() != e.getValue()) {
                        wrong.add(r.what() + " of " + owner + " as " + e.getKey().username() + ": " + a.status()
                                + " instead of " + e.getValue() + " " + a.body());
                    }
                }
            }
        }
        for (DemoUser u : DemoUser.values()) {
            int expected = u == DemoUser.AUDITOR || u == DemoUser.ADMIN ? 200 : 403;
            Answer a = call("GET", "/api/audit/verification", u, null);
            if (a.status() != expected) {
                wrong.add("audit verification as " + u.username() + ": " + a.status() + " instead of " + expected);
            }
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    @Order(2)
    void listsAndTreesShowAnOfficerOnlyTheirSubtree() throws Exception {
        seed();
        assertThat(owners(call("GET", "/api/systems?size=200", DemoUser.OFFICER_BACH_MAI, null))).containsOnly("bv-bach-mai");
        assertThat(owners(call("GET", "/api/systems?size=200", DemoUser.OFFICER_HA_NOI, null))).containsOnly("bv-xanh-pon");
        assertThat(owners(call("GET", "/api/systems?size=200", DemoUser.AUDITOR, null))).contains("bv-bach-mai", "bv-xanh-pon");
        assertThat(call("GET", "/api/systems", DemoUser.ANALYST, null).status()).isEqualTo(403);

        Answer hanoiTree = call("GET", "/api/units", DemoUser.OFFICER_HA_NOI, null);
        assertThat(hanoiTree.body().path("roots")).hasSize(1);
        assertThat(hanoiTree.body().path("roots").get(0).path("id").asText()).isEqualTo("syt-ha-noi");
        assertThat(hanoiTree.body().path("roots").get(0).path("children").get(0).path("id").asText()).isEqualTo("bv-xanh-pon");
        Answer auditorTree = call("GET", "/api/units", DemoUser.AUDITOR, null);
        assertThat(auditorTree.body().path("roots").get(0).path("id").asText()).isEqualTo("byt");
    }

    @Test
    @Order(3)
    void listsPageSortAndFilter() throws Exception {
        seed();
        Answer page = call("GET", "/api/systems?size=1&page=0&sort=-name&owner=bv-bach-mai", DemoUser.ADMIN, null);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body().path("items")).hasSize(1);
        assertThat(page.body().path("total").asLong()).isGreaterThanOrEqualTo(1);
        Answer byName = call("GET", "/api/systems?q=" + URLEncoder.encode("xanh pôn", StandardCharsets.UTF_8).replace("+", "%20"), DemoUser.ADMIN, null);
        assertThat(byName.body().path("items")).as(byName.status() + " " + byName.body()).isNotEmpty().allSatisfy(s -> assertThat(s.path("name").asText()).containsIgnoringCase("xanh pôn"));
        Answer badSort = call("GET", "/api/systems?sort=secret", DemoUser.ADMIN, null);
        assertThat(badSort.status()).isEqualTo(400);
        assertThat(badSort.body().path("field").asText()).isEqualTo("sort");
    }

    @Test
    @Order(4)
    void theLevelIsProposedWithReasonsAndTheOfficersJustifiedProposalIsKept() throws Exception {
        seed();
        Answer computed = call("POST", "/api/systems/" + bachMaiSystem + "/level", DemoUser.OFFICER_BACH_MAI, Map.of());
        assertThat(computed.status()).as(String.valueOf(computed.body())).isEqualTo(200);
        assertThat(computed.body().path("computed").path("level").asInt()).isEqualTo(3);
        assertThat(computed.body().path("computed").path("reasons").toString())
                .contains("L3-PUBLIC-SERVICE-3-PLUS", "L3-ONLINE-MANY-SUBJECTS", "Art. 9(2)(a)");

        long before = auditRecords();
        Answer unjustified = call("POST", "/api/systems/" + bachMaiSystem + "/level", DemoUser.OFFICER_BACH_MAI,
                Map.of("proposedLevel", 4, "justification", "short"));
        assertThat(unjustified.status()).isEqualTo(400);
        assertThat(unjustified.type()).startsWith("application/problem+json");
        assertThat(unjustified.body().path("field").asText()).isEqualTo("justification");
        assertThat(auditRecords()).as("a refused proposal leaves no trace").isEqualTo(before);

        Answer justified = call("POST", "/api/systems/" + bachMaiSystem + "/level", DemoUser.OFFICER_BACH_MAI,
                Map.of("proposedLevel", 4, "justification", "The EMR is the regional reference for 12 provinces."));
        assertThat(justified.status()).isEqualTo(200);
        assertThat(justified.body().path("proposedLevel").asInt()).isEqualTo(4);
        assertThat(justified.body().path("computed").path("level").asInt()).isEqualTo(3);
        assertThat(justified.body().path("departsFromComputed").asBoolean()).isTrue();
        assertThat(justified.body().path("proposedBy").asText()).isEqualTo("officer.bachmai");
        assertThat(auditRecords()).isEqualTo(before + 1);
    }

    @Test
    @Order(5)
    void invalidInputGetsAProblemNamingTheFieldAndSavesNothing() throws Exception {
        seed();
        long systemsBefore = call("GET", "/api/systems", DemoUser.ADMIN, null).body().path("total").asLong();
        long auditBefore = auditRecords();

        Map<String, Object> noName = new java.util.HashMap<>(system("", "bv-bach-mai"));
        Answer a = call("POST", "/api/systems", DemoUser.OFFICER_BACH_MAI, noName);
        assertThat(a.status()).isEqualTo(400);
        assertThat(a.type()).startsWith("application/problem+json");
        assertThat(a.body().path("field").asText()).isEqualTo("name");
        assertThat(a.body().path("status").asInt()).isEqualTo(400);

        Map<String, Object> badAddress = new java.util.HashMap<>(system("Bad address", "bv-bach-mai"));
        badAddress.put("components", List.of(Map.of("name", "db", "addresses", List.of("10.0.0.1", "10.1.2.300"))));
        Answer b = call("POST", "/api/systems", DemoUser.OFFICER_BACH_MAI, badAddress);
        assertThat(b.status()).isEqualTo(400);
        assertThat(b.body().path("field").asText()).isEqualTo("components[0].addresses[1]");
        assertThat(b.body().path("detail").asText()).contains("10.1.2.300");

        Answer c = call("POST", "/api/systems", DemoUser.OFFICER_BACH_MAI, "{\"name\": ");
        assertThat(c.status()).isEqualTo(400);
        assertThat(c.type()).startsWith("application/problem+json");

        Map<String, Object> unknownAudience = new java.util.HashMap<>(system("Unknown audience", "bv-bach-mai"));
        unknownAudience.put("profile", Map.of("information", Map.of("categories", List.of("PUBLIC")), "audience", "ALIENS",
                "scope", "SINGLE_UNIT"));
        Answer e = call("POST", "/api/systems", DemoUser.OFFICER_BACH_MAI, unknownAudience);
        assertThat(e.status()).isEqualTo(400);
        assertThat(e.type()).startsWith("application/problem+json");

        Map<String, Object> internalWithService = new java.util.HashMap<>(system("Internal with service", "bv-bach-mai"));
        internalWithService.put("profile", Map.of("information", Map.of("categories", List.of("PUBLIC")), "audience", "INTERNAL",
                "onlineService", "FULL", "scope", "SINGLE_UNIT"));
        Answer f = call("POST", "/api/systems", DemoUser.OFFICER_BACH_MAI, internalWithService);
        assertThat(f.status()).isEqualTo(400);
        assertThat(f.body().path("field").asText()).isEqualTo("profile.onlineService");

        Answer g = call("POST", "/api/systems", DemoUser.ADMIN, system("Unknown owner", "bv-khong-co"));
        assertThat(g.status()).isEqualTo(400);
        assertThat(g.body().path("field").asText()).isEqualTo("owner");

        Answer d = call("GET", "/api/systems/999999", DemoUser.ADMIN, null);
        assertThat(d.status()).isEqualTo(404);
        assertThat(d.type()).startsWith("application/problem+json");

        assertThat(call("GET", "/api/systems", DemoUser.ADMIN, null).body().path("total").asLong()).isEqualTo(systemsBefore);
        assertThat(auditRecords()).isEqualTo(auditBefore);
    }

    // ---- tokens that must not pass ----

    @Test
    @Order(6)
    void forgedWrongIssuerAndMissingTokensAreRejectedWith401() throws Exception {
        String good = token(DemoUser.OFFICER_BACH_MAI);
        assertThat(call("GET", "/api/units", good, null).status()).isEqualTo(200);

        String[] parts = good.split("\\.");
        JsonNode claims = JSON.readTree(Base64.getUrlDecoder().decode(parts[1]));
        ((com.fasterxml.jackson.databind.node.ObjectNode) claims).put("unit", "byt");
        String otherUnit = parts[0] + "." + Base64.getUrlEncoder().withoutPadding()
                .encodeToString(JSON.writeValueAsBytes(claims)) + "." + parts[2];
        assertThat(call("GET", "/api/units", otherUnit, null).status()).as("claims changed under the signature").isEqualTo(401);

        byte[] sig = Base64.getUrlDecoder().decode(parts[2]);
        sig[sig.length / 2] ^= 0x01;
        String badSignature = parts[0] + "." + parts[1] + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(sig);
        assertThat(call("GET", "/api/units", badSignature, null).status()).as("a flipped signature bit").isEqualTo(401);

        // Keycloak's master realm is a real issuer, just not ours (its key differs as well).
        String master = accessToken(masterRealmGrant());
        assertThat(JSON.readTree(Base64.getUrlDecoder().decode(master.split("\\.")[1])).path("iss").asText())
                .isNotEqualTo(PortalOnPayara.keycloak.issuer());
        assertThat(call("GET", "/api/units", master, null).status()).as("wrong issuer").isEqualTo(401);

        assertThat(call("GET", "/api/units", (String) null, null).status()).as("no token").isEqualTo(401);
    }

    /**
     * Keycloak issues a token that lives 3 s (the realm's lifespan is shortened through its admin
     * API, then restored): accepted at once, rejected once expired beyond the portal's 5 s clock skew.
     */
    @Test
    @Order(7)
    void anExpiredTokenIsRejectedWith401() throws Exception {
        String admin = accessToken(masterRealmGrant());
        URI realm = URI.create(PortalOnPayara.keycloak.url() + "/admin/realms/" + PortalOnPayara.keycloak.realm());
        HttpResponse<String> current = HTTP.send(HttpRequest.newBuilder(realm).header("Authorization", "Bearer " + admin).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(current.statusCode()).as(current.body()).isEqualTo(200);
        int lifespan = JSON.readTree(current.body()).path("accessTokenLifespan").asInt();
        String shortLived;
        try {
            assertThat(setLifespan(realm, admin, 3)).isEqualTo(204);
            shortLived = accessToken(PortalOnPayara.keycloak.passwordGrant(DemoUser.AUDITOR));
        } finally {
            assertThat(setLifespan(realm, admin, lifespan)).isEqualTo(204);
        }
        JsonNode claims = JSON.readTree(Base64.getUrlDecoder().decode(shortLived.split("\\.")[1]));
        long exp = claims.path("exp").asLong();
        assertThat(exp - claims.path("iat").asLong()).isEqualTo(3);
        assertThat(call("GET", "/api/units", shortLived, null).status()).as("still valid").isEqualTo(200);

        long waitMillis = (exp + 5 + 2) * 1000 - System.currentTimeMillis();
        Thread.sleep(Math.max(0, waitMillis));
        assertThat(call("GET", "/api/units", shortLived, null).status()).as("expired").isEqualTo(401);
    }

    private static int setLifespan(URI realm, String adminToken, int seconds) throws Exception {
        HttpRequest put = HttpRequest.newBuilder(realm).header("Authorization", "Bearer " + adminToken)
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString("{\"accessTokenLifespan\": " + seconds + "}")).build();
        return HTTP.send(put, HttpResponse.BodyHandlers.ofString()).statusCode();
    }

    private static KeycloakEndpoint.TokenResponse masterRealmGrant() throws Exception {
        String form = "grant_type=password&client_id=admin-cli&username=admin&password=admin";
        HttpRequest r = HttpRequest.newBuilder(URI.create(PortalOnPayara.keycloak.url() + "/realms/master/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form)).build();
        HttpResponse<String> a = HTTP.send(r, HttpResponse.BodyHandlers.ofString());
        return new KeycloakEndpoint.TokenResponse(a.statusCode(), a.body());
    }

    // ---- the audit trail ----

    @Test
    @Order(8)
    void theAuditTrailDetectsAnAlteredAndADeletedRecord() throws Exception {
        seed();
        Answer intact = call("GET", "/api/audit/verification", DemoUser.AUDITOR, null);
        assertThat(intact.body().path("intact").asBoolean()).as(intact.body().toString()).isTrue();
        assertThat(intact.body().path("records").asLong()).isGreaterThanOrEqualTo(2);

        try (Connection db = DriverManager.getConnection(PortalOnPayara.jdbcUrl, PortalOnPayara.jdbcUser, PortalOnPayara.jdbcPassword); Statement s = db.createStatement()) {
            String actor;
            try (ResultSet r = s.executeQuery("select actor from audit_record where position = 2")) {
                r.next();
                actor = r.getString(1);
            }
            s.executeUpdate("update audit_record set actor = 'someone.else' where position = 2");
            Answer altered = call("GET", "/api/audit/verification", DemoUser.AUDITOR, null);
            assertThat(altered.body().path("intact").asBoolean()).isFalse();
            assertThat(altered.body().path("problems").toString()).contains("record 2 was altered");

            s.executeUpdate("update audit_record set actor = '" + actor + "' where position = 2");
            assertThat(call("GET", "/api/audit/verification", DemoUser.AUDITOR, null).body().path("intact").asBoolean()).isTrue();

            s.executeUpdate("create table audit_backup as select * from audit_record where position = 1");
            s.executeUpdate("delete from audit_record where position = 1");
            Answer deleted = call("GET", "/api/audit/verification", DemoUser.ADMIN, null);
            assertThat(deleted.body().path("intact").asBoolean()).isFalse();
            assertThat(deleted.body().path("problems").toString()).contains("record 1 missing");
            s.executeUpdate("insert into audit_record select * from audit_backup");
            s.executeUpdate("drop table audit_backup");
        }
        assertThat(call("GET", "/api/audit/verification", DemoUser.AUDITOR, null).body().path("intact").asBoolean()).isTrue();
    }
}
