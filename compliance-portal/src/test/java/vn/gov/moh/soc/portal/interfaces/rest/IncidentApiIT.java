package vn.gov.moh.soc.portal.interfaces.rest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.File;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
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
import vn.gov.moh.soc.core.naming.Namespace;
import vn.gov.moh.soc.portal.interfaces.rest.PortalClient.Answer;
import vn.gov.moh.soc.stack.part.DemoUser;
import vn.gov.moh.soc.testkit.ElasticsearchEndpoint;
import vn.gov.moh.soc.testkit.RealStack;

/**
 * Incidents through the REST API of a deployed portal that reads alerts from the test kit's
 * Elasticsearch (alert documents written into the class's namespace as the correlation job writes
 * them, ECS JSON): escalation from real alert documents (proposal, unknown and already escalated
 * ids), the status machine with its refusals, comments and the audit trail, deadlines from the
 * table (edited by the admin) and the reporting rule, the STIX 2.1 and JSON exports, and the
 * authorization matrix of every endpoint × user on an incident of their own unit and of another.
 * The set-up is {@link PortalApiIT}'s, with Elasticsearch and the namespace handed to the server.
 */
@RealStack
@ExtendWith(PortalWithSearch.class)
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class IncidentApiIT {
    private static final String BACH_MAI = "bv-bach-mai";
    private static final String XANH_PON = "bv-xanh-pon";
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final AtomicInteger ADDRESSES = new AtomicInteger();
    private static PortalClient portal;
    private static final Map<String, Long> INCIDENTS = new HashMap<>();

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

    private static String alert(ElasticsearchEndpoint es, Namespace ns, Instant at, String ruleLevel, String priority, String unit,
            String system, String systemName, int level, String sourceIp, String status) throws Exception {
        return AlertDocuments.write(es, ns, at, ruleLevel, priority, unit, system, systemName, level, sourceIp, status);
    }

    private static String bachMaiAlert(ElasticsearchEndpoint es, Namespace ns) throws Exception {
        return alert(es, ns, Instant.now().minus(2, ChronoUnit.HOURS).truncatedTo(ChronoUnit.MILLIS), "high", "P2", BACH_MAI,
                "system-4", "HIS Bạch Mai", 3, "203.0.113.9", "open");
    }

    /** An incident of the unit (created by the admin, units set), for tests that change it. */
    private long incidentOf(String unit) throws Exception {
        Answer created = call("POST", "/api/incidents", DemoUser.ADMIN, Map.of("title", "Incident of " + unit, "severity", "MEDIUM"));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        long id = created.body().path("id").asLong();
        Answer affected = call("PUT", "/api/incidents/" + id + "/affected", DemoUser.ADMIN,
                Map.of("units", List.of(unit), "systems", List.of(Map.of("id", "system-x", "name", "HIS"))));
        assertThat(affected.status()).as(affected.toString()).isEqualTo(200);
        return id;
    }

    private static List<String> texts(JsonNode array, String field) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(field == null ? n.asText() : n.path(field).asText()));
        return out;
    }

    // ---- escalation ----

    @Test
    @Order(1)
    void alertsAreEscalatedIntoAnIncidentWithWhatTheirDocumentsSay(ElasticsearchEndpoint es, Namespace ns) throws Exception {
        Instant early = Instant.now().minus(3, ChronoUnit.HOURS).truncatedTo(ChronoUnit.MILLIS);
        String high = alert(es, ns, early, "high", "P2", BACH_MAI, "system-4", "HIS Bạch Mai", 3, "203.0.113.9", "open");
        String critical = alert(es, ns, early.plusSeconds(600), "critical", "P1", BACH_MAI, "system-7", "EMR Bạch Mai", 4,
                "198.51.100.20", "open");
        long auditBefore = client().auditRecords();

        Answer proposal = call("GET", "/api/incidents/proposal?alerts=" + high + "," + critical + ",nope-1", DemoUser.ANALYST, null);
        assertThat(proposal.status()).as(proposal.toString()).isEqualTo(200);
        assertThat(texts(proposal.body().path("alerts"), "id")).containsExactly(high, critical);
        assertThat(texts(proposal.body().path("unknown"), null)).containsExactly("nope-1");
        assertThat(proposal.body().path("severity").asText()).isEqualTo("CRITICAL");
        assertThat(proposal.body().path("priority").asText()).isEqualTo("P1");
        assertThat(proposal.body().path("title").asText()).startsWith("SSH brute force — HIS Bạch Mai, EMR Bạch Mai (2 alerts)");

        Answer created = call("POST", "/api/incidents", DemoUser.ANALYST, Map.of("alertIds", List.of(high, critical)));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        JsonNode i = created.body();
        assertThat(i.path("reference").asText()).matches("INC-20\\d\\d-\\d{4,}");
        assertThat(i.path("severity").asText()).isEqualTo("CRITICAL");
        assertThat(i.path("priority").asText()).isEqualTo("P1");
        assertThat(i.path("status").asText()).isEqualTo("NEW");
        assertThat(i.path("systemLevel").asInt()).isEqualTo(4);
        assertThat(texts(i.path("units"), null)).containsExactly(BACH_MAI);
        assertThat(texts(i.path("systems"), "id")).containsExactly("system-4", "system-7");
        assertThat(Instant.parse(i.path("detectedAt").asText())).as("the earliest alert").isEqualTo(early);
        assertThat(texts(i.path("alerts"), "id")).containsExactly(high, critical);
        assertThat(texts(i.path("observables"), "value")).contains("203.0.113.9", "198.51.100.20", "10.10.1.5", "root", "his-web-1");
        assertThat(texts(i.path("timeline"), "kind")).containsExactly("CREATED", "ALERTS_LINKED");
        assertThat(i.path("timeline").path(0).path("by").asText()).isEqualTo(DemoUser.ANALYST.username());
        assertThat(client().auditRecords()).isEqualTo(auditBefore + 1);
        INCIDENTS.put("escalated", i.path("id").asLong());

        Answer again = call("POST", "/api/incidents", DemoUser.ANALYST, Map.of("alertIds", List.of(high)));
        assertThat(again.status()).as(again.toString()).isEqualTo(409);
        assertThat(again.body().path("detail").asText()).contains("already escalated").contains(high).contains(i.path("reference").asText());
        Answer unknown = call("POST", "/api/incidents", DemoUser.ANALYST, Map.of("alertIds", List.of(critical, "nope-1", "nope-2")));
        assertThat(unknown.status()).as(unknown.toString()).isEqualTo(400);
        assertThat(unknown.isProblem()).isTrue();
        assertThat(unknown.body().path("field").asText()).isEqualTo("alertIds");
        assertThat(unknown.body().path("detail").asText()).contains("nope-1").contains("nope-2").doesNotContain(critical);
        String marked = alert(es, ns, early, "low", "P4", BACH_MAI, "system-4", "HIS", 3, "192.0.2.1", "escalated");
        Answer markedAnswer = call("POST", "/api/incidents", DemoUser.ANALYST, Map.of("alertIds", List.of(marked)));
        assertThat(markedAnswer.status()).as(markedAnswer.toString()).isEqualTo(409);
        assertThat(markedAnswer.body().path("detail").asText()).contains(marked);
        assertThat(client().auditRecords()).as("refused escalations leave no trace").isEqualTo(auditBefore + 1);

        String other = alert(es, ns, early.minusSeconds(60), "medium", "P3", XANH_PON, "system-9", "PACS Xanh Pôn", 2, "203.0.113.50", "open");
        Answer linked = call("POST", "/api/incidents/" + i.path("id").asLong() + "/alerts", DemoUser.ADMIN, Map.of("alertIds", List.of(other)));
        assertThat(linked.status()).as(linked.toString()).isEqualTo(200);
        assertThat(texts(linked.body().path("units"), null)).containsExactly(BACH_MAI, XANH_PON);
        assertThat(Instant.parse(linked.body().path("detectedAt").asText())).isEqualTo(early.minusSeconds(60));
        assertThat(linked.body().path("alertCount").asInt()).isEqualTo(3);
        Answer twice = call("POST", "/api/incidents/" + i.path("id").asLong() + "/alerts", DemoUser.ADMIN, Map.of("alertIds", List.of(other)));
        assertThat(twice.status()).isEqualTo(409);
    }

    // ---- the status machine ----

    @Test
    @Order(2)
    void theStatusMachineRefusesWhatItDoesNotAllowAndRecordsEveryChange(ElasticsearchEndpoint es, Namespace ns) throws Exception {
        Answer created = call("POST", "/api/incidents", DemoUser.ANALYST, Map.of("alertIds", List.of(bachMaiAlert(es, ns)),
                "title", "Brute force on HIS", "severity", "HIGH", "priority", "P2"));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        long id = created.body().path("id").asLong();
        String path = "/api/incidents/" + id;
        long audit = client().auditRecords();

        assertThat(call("POST", path + "/status", DemoUser.ANALYST, Map.of("status", "CONTAINMENT")).status()).isEqualTo(200);
        Answer back = call("POST", path + "/status", DemoUser.ANALYST, Map.of("status", "IN_PROGRESS"));
        assertThat(back.status()).as(back.toString()).isEqualTo(409);
        assertThat(back.body().path("detail").asText()).contains("only way back is to CONTAINMENT");
        Answer early = call("POST", path + "/close", DemoUser.ANALYST, Map.of("resolution", "TRUE_POSITIVE_RESOLVED", "note", "attacker blocked"));
        assertThat(early.status()).as(early.toString()).isEqualTo(409);
        assertThat(early.body().path("detail").asText()).contains("POST_INCIDENT_REVIEW");
        Answer bad = call("POST", path + "/status", DemoUser.ANALYST, Map.of("status", "DONE"));
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.body().path("field").asText()).isEqualTo("status");
        assertThat(call("POST", path + "/status", DemoUser.ANALYST, Map.of("status", "ERADICATION")).status()).isEqualTo(200);
        assertThat(call("POST", path + "/status", DemoUser.ANALYST, Map.of("status", "RECOVERY")).status()).isEqualTo(200);
        assertThat(call("POST", path + "/status", DemoUser.ANALYST, Map.of("status", "POST_INCIDENT_REVIEW")).status()).isEqualTo(200);
        Answer shortNote = call("POST", path + "/close", DemoUser.ANALYST, Map.of("resolution", "TRUE_POSITIVE_RESOLVED", "note", "ok"));
        assertThat(shortNote.status()).isEqualTo(400);
        assertThat(shortNote.body().path("field").asText()).isEqualTo("note");
        Answer closed = call("POST", path + "/close", DemoUser.ANALYST,
                Map.of("resolution", "TRUE_POSITIVE_RESOLVED", "note", "Attacker blocked, passwords reset, lessons recorded"));
        assertThat(closed.status()).as(closed.toString()).isEqualTo(200);
        assertThat(closed.body().path("status").asText()).isEqualTo("CLOSED");
        assertThat(closed.body().path("resolution").asText()).isEqualTo("TRUE_POSITIVE_RESOLVED");
        assertThat(call("POST", path + "/status", DemoUser.ANALYST, Map.of("status", "RECOVERY")).status()).isEqualTo(409);
        assertThat(call("PUT", path + "/assignee", DemoUser.ANALYST, Map.of("assignee", "someone")).status()).isEqualTo(409);
        Answer comment = call("POST", path + "/comments", DemoUser.OFFICER_BACH_MAI, Map.of("text", "Bệnh viện xác nhận đã khắc phục."));
        assertThat(comment.status()).as("officers comment on a closed incident of their unit").isEqualTo(201);
        Answer reopened = call("POST", path + "/reopen", DemoUser.ANALYST, Map.of("reason", "The same source came back at night"));
        assertThat(reopened.status()).as(reopened.toString()).isEqualTo(200);
        assertThat(reopened.body().path("status").asText()).isEqualTo("IN_PROGRESS");
        assertThat(reopened.body().has("resolution")).isFalse();
        assertThat(reopened.body().path("reopenCount").asInt()).isEqualTo(1);

        // 7 accepted changes (4 moves, close, comment, reopen), each one audit record; the refusals none.
        assertThat(client().auditRecords()).isEqualTo(audit + 7);
        JsonNode full = call("GET", path, DemoUser.AUDITOR, null).body();
        assertThat(texts(full.path("timeline"), "what")).contains("status NEW → CONTAINMENT", "status CONTAINMENT → ERADICATION",
                "status RECOVERY → POST_INCIDENT_REVIEW");
        assertThat(texts(full.path("timeline"), "kind")).endsWith("CLOSED", "COMMENT", "REOPENED");
        assertThat(full.path("comments").path(0).path("by").asText()).isEqualTo(DemoUser.OFFICER_BACH_MAI.username());
        assertThat(full.path("comments").path(0).path("text").asText()).isEqualTo("Bệnh viện xác nhận đã khắc phục.");
        assertThat(full.path("respondedAt").asText()).isEqualTo(full.path("timeline").path(2).path("at").asText());
        assertThat(full.path("canHandle").asBoolean()).as("auditors read").isFalse();
    }

    // ---- deadlines ----

    @Test
    @Order(3)
    void deadlinesComeFromTheTableTheAdminEditsAndTheReportDueIsFiveDaysFromDetection(ElasticsearchEndpoint es, Namespace ns) throws Exception {
        Instant detected = Instant.now().minus(2, ChronoUnit.HOURS).truncatedTo(ChronoUnit.MILLIS);
        String a = alert(es, ns, detected, "critical", "P1", BACH_MAI, "system-7", "EMR", 4, "198.51.100.77", "open");
        Answer created = call("POST", "/api/incidents", DemoUser.ANALYST, Map.of("alertIds", List.of(a)));
        long id = created.body().path("id").asLong();
        JsonNode d = created.body().path("deadlines");
        assertThat(Instant.parse(d.path("respond").path("due").asText())).as("CRITICAL at level 4: 15 min").isEqualTo(detected.plus(Duration.ofMinutes(15)));
        assertThat(Instant.parse(d.path("resolve").path("due").asText())).isEqualTo(detected.plus(Duration.ofHours(12)));
        assertThat(d.path("respond").path("overdue").asBoolean()).isTrue();
        assertThat(d.path("respond").path("remainingSeconds").asLong()).isNegative();
        assertThat(d.path("reports").path(0).path("rule").asText()).isEqualTo("TT20-2017-NOTIFY");
        assertThat(Instant.parse(d.path("reports").path(0).path("due").asText())).isEqualTo(detected.plus(Duration.ofDays(5)));
        assertThat(created.body().path("overdue").asBoolean()).isTrue();
        JsonNode listed = call("GET", "/api/incidents?severity=CRITICAL", DemoUser.ANALYST, null).body();
        assertThat(listed.path("overdue").asLong()).isPositive();
        assertThat(listed.path("items")).anySatisfy(n -> {
            assertThat(n.path("id").asLong()).isEqualTo(id);
            assertThat(n.path("overdue").asBoolean()).isTrue();
        });

        Map<String, Object> longer = Map.of("severity", "CRITICAL", "systemLevel", 4, "respondMinutes", 600, "resolveMinutes", 2880);
        assertThat(call("PUT", "/api/incidents/deadlines", DemoUser.ANALYST, longer).status()).isEqualTo(403);
        Answer bad = call("PUT", "/api/incidents/deadlines", DemoUser.ADMIN, Map.of("severity", "CRITICAL", "systemLevel", 4,
                "respondMinutes", 600, "resolveMinutes", 60));
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.body().path("field").asText()).isEqualTo("resolveMinutes");
        assertThat(call("PUT", "/api/incidents/deadlines", DemoUser.ADMIN, Map.of("severity", "CRITICAL", "systemLevel", 6,
                "respondMinutes", 10, "resolveMinutes", 60)).status()).isEqualTo(400);
        try {
            Answer edited = call("PUT", "/api/incidents/deadlines", DemoUser.ADMIN, longer);
            assertThat(edited.status()).as(edited.toString()).isEqualTo(200);
            assertThat(edited.body().path("items")).anySatisfy(r -> {
                assertThat(r.path("severity").asText()).isEqualTo("CRITICAL");
                assertThat(r.path("systemLevel").asInt()).isEqualTo(4);
                assertThat(r.path("respondMinutes").asInt()).isEqualTo(600);
            });
            JsonNode after = call("GET", "/api/incidents/" + id, DemoUser.ANALYST, null).body().path("deadlines");
            assertThat(Instant.parse(after.path("respond").path("due").asText())).as("the edit applies to open incidents at once")
                    .isEqualTo(detected.plus(Duration.ofMinutes(600)));
            assertThat(after.path("respond").path("overdue").asBoolean()).isFalse();
        } finally {
            assertThat(call("PUT", "/api/incidents/deadlines", DemoUser.ADMIN, Map.of("severity", "CRITICAL", "systemLevel", 4,
                    "respondMinutes", 15, "resolveMinutes", 720)).status()).isEqualTo(200);
        }
        assertThat(call("POST", "/api/incidents/" + id + "/status", DemoUser.ANALYST, Map.of("status", "IN_PROGRESS")).status()).isEqualTo(200);
        Answer reported = call("POST", "/api/incidents/" + id + "/report", DemoUser.ANALYST, Map.of("note", "Gửi VNCERT/CC qua thư điện tử"));
        assertThat(reported.status()).as(reported.toString()).isEqualTo(200);
        JsonNode met = reported.body().path("deadlines");
        assertThat(met.path("respond").has("remainingSeconds")).as("met").isFalse();
        assertThat(met.path("respond").path("overdue").asBoolean()).as("met, but after 15 minutes").isTrue();
        assertThat(met.path("reports").path(0).path("overdue").asBoolean()).isFalse();
        assertThat(met.path("reports").path(0).has("metAt")).isTrue();

        JsonNode rules = call("GET", "/api/incidents/reporting-rules", DemoUser.OFFICER_BACH_MAI, null).body();
        JsonNode tt20 = rules.path("items").path(0);
        assertThat(tt20.path("source").asText()).isEqualTo("Thông tư 20/2017/TT-BTTTT");
        assertThat(tt20.path("withinHours").asInt()).isEqualTo(120);
        assertThat(texts(tt20.path("recipients"), "role")).contains("cơ quan điều phối quốc gia");
        assertThat(tt20.path("recipients")).anySatisfy(r -> assertThat(r.path("confirmed").asBoolean()).isFalse());
    }

    // ---- exports ----

    @Test
    @Order(4)
    void anIncidentIsExportedAsAStableStixBundleAndAsJson(ElasticsearchEndpoint es, Namespace ns) throws Exception {
        Answer created = call("POST", "/api/incidents", DemoUser.ANALYST, Map.of("alertIds", List.of(bachMaiAlert(es, ns))));
        long id = created.body().path("id").asLong();
        String reference = created.body().path("reference").asText();
        assertThat(call("POST", "/api/incidents/" + id + "/observables", DemoUser.ANALYST,
                Map.of("type", "HASH", "value", "AB".repeat(32), "note", "dropped tool")).status()).isEqualTo(200);
        assertThat(call("POST", "/api/incidents/" + id + "/observables", DemoUser.ANALYST,
                Map.of("type", "DOMAIN", "value", "evil.example.com")).status()).isEqualTo(200);

        Answer stix = call("GET", "/api/incidents/" + id + "/stix", DemoUser.AUDITOR, null);
        assertThat(stix.status()).as(stix.toString()).isEqualTo(200);
        assertThat(stix.type()).startsWith("application/stix+json");
        JsonNode bundle = stix.body();
        assertThat(bundle.path("type").asText()).isEqualTo("bundle");
        Map<String, String> types = new LinkedHashMap<>();
        bundle.path("objects").forEach(o -> {
            types.put(o.path("id").asText(), o.path("type").asText());
            assertThat(o.path("spec_version").asText()).isEqualTo("2.1");
            assertThat(o.path("id").asText()).startsWith(o.path("type").asText() + "--");
        });
        assertThat(Set.copyOf(types.values())).contains("identity", "incident", "indicator", "observed-data", "sighting", "relationship",
                "ipv4-addr", "user-account", "file", "domain-name");
        JsonNode identity = bundle.path("objects").path(0);
        assertThat(identity.path("name").asText()).isEqualTo("Bệnh viện Bạch Mai");
        JsonNode incident = bundle.path("objects").path(1);
        assertThat(incident.path("name").asText()).startsWith(reference);
        assertThat(incident.path("created_by_ref").asText()).isEqualTo(identity.path("id").asText());
        assertThat(texts(bundle.path("objects"), "pattern")).contains("[ipv4-addr:value = '203.0.113.9']",
                "[file:hashes.'SHA-256' = '" + "ab".repeat(32) + "']", "[domain-name:value = 'evil.example.com']");
        assertThat(call("GET", "/api/incidents/" + id + "/stix", DemoUser.OFFICER_BACH_MAI, null).body()).as("a re-export").isEqualTo(bundle);

        JsonNode json = call("GET", "/api/incidents/" + id, DemoUser.AUDITOR, null).body();
        assertThat(json.path("reference").asText()).isEqualTo(reference);
        assertThat(texts(json.path("timeline"), "kind")).containsExactly("CREATED", "ALERTS_LINKED", "OBSERVABLE", "OBSERVABLE");
        assertThat(json.path("observables")).anySatisfy(o -> assertThat(o.path("algorithm").asText()).isEqualTo("SHA-256"));
        assertThat(json.path("alerts").path(0).path("ruleName").asText()).isEqualTo("SSH brute force");
    }

    // ---- the authorization matrix ----

    /** One endpoint and the status of each user on an incident of their own unit and of another. */
    private record Rule(String what, String method, String path, int analyst, int officerOwn, int officerOther, int auditor, int admin) {
    }

    private Object bodyFor(Rule r, ElasticsearchEndpoint es, Namespace ns, boolean succeeds) throws Exception {
        return switch (r.what()) {
            case "create" -> Map.of("title", "Matrix", "severity", "LOW");
            case "edit" -> Map.of("title", "Matrix edited", "severity", "HIGH", "priority", "P2");
            case "assign" -> Map.of("assignee", "nguyen.an");
            case "status" -> Map.of("status", "CONTAINMENT");
            case "close" -> Map.of("resolution", "FALSE_POSITIVE", "note", "Authorized scan by the IT department");
            case "reopen" -> Map.of("reason", "The scan was not authorized after all");
            // An alert only for calls that succeed: a refused call must not be refused for want of one.
            case "link" -> Map.of("alertIds", List.of(succeeds ? bachMaiAlert(es, ns) : "any-alert"));
            case "affected" -> Map.of("units", List.of(BACH_MAI), "systems", List.of());
            case "observable" -> Map.of("type", "IP", "value", "192.0.2." + (ADDRESSES.incrementAndGet() % 250 + 1));
            case "task", "update task" -> Map.of("title", "Isolate the host", "assignee", "ops", "due", "2026-12-31T10:00:00+07:00");
            case "comment" -> Map.of("text", "Xin cập nhật tình hình.");
            case "report" -> Map.of("note", "Gửi VNCERT/CC");
            case "edit deadline" -> Map.of("severity", "LOW", "systemLevel", 1, "respondMinutes", 2880, "resolveMinutes", 86400);
            default -> null;
        };
    }

    @Test
    @Order(5)
    void everyIncidentEndpointFollowsThePolicyForEveryUserOnOwnAndOtherUnits(ElasticsearchEndpoint es, Namespace ns) throws Exception {
        List<Rule> rules = List.of(
                new Rule("list", "GET", "/api/incidents", 200, 200, 200, 200, 200),
                new Rule("read", "GET", "/api/incidents/{i}", 200, 200, 403, 200, 200),
                new Rule("stix", "GET", "/api/incidents/{i}/stix", 200, 200, 403, 200, 200),
                new Rule("create", "POST", "/api/incidents", 201, 403, 403, 403, 201),
                new Rule("proposal", "GET", "/api/incidents/proposal?alerts=x", 200, 403, 403, 403, 200),
                new Rule("edit", "PUT", "/api/incidents/{i}", 200, 403, 403, 403, 200),
                new Rule("assign", "PUT", "/api/incidents/{i}/assignee", 200, 403, 403, 403, 200),
                new Rule("status", "POST", "/api/incidents/{i}/status", 200, 403, 403, 403, 200),
                new Rule("close", "POST", "/api/incidents/{i}/close", 200, 403, 403, 403, 200),
                new Rule("reopen", "POST", "/api/incidents/{c}/reopen", 200, 403, 403, 403, 200),
                new Rule("link", "POST", "/api/incidents/{i}/alerts", 200, 403, 403, 403, 200),
                new Rule("affected", "PUT", "/api/incidents/{i}/affected", 200, 403, 403, 403, 200),
                new Rule("observable", "POST", "/api/incidents/{i}/observables", 200, 403, 403, 403, 200),
                new Rule("remove observable", "DELETE", "/api/incidents/{i}/observables?type=HOST&value=his-web-1", 200, 403, 403, 403, 200),
                new Rule("task", "POST", "/api/incidents/{i}/tasks", 201, 403, 403, 403, 201),
                new Rule("update task", "PUT", "/api/incidents/{t}/tasks/1", 200, 403, 403, 403, 200),
                new Rule("comment", "POST", "/api/incidents/{i}/comments", 201, 201, 403, 403, 201),
                new Rule("report", "POST", "/api/incidents/{i}/report", 200, 403, 403, 403, 200),
                new Rule("deadlines", "GET", "/api/incidents/deadlines", 200, 200, 200, 200, 200),
                new Rule("edit deadline", "PUT", "/api/incidents/deadlines", 403, 403, 403, 403, 200),
                new Rule("reporting rules", "GET", "/api/incidents/reporting-rules", 200, 200, 200, 200, 200));
        // officer.bachmai owns Bạch Mai; officer.hanoi owns Xanh Pôn through Hà Nội's subtree.
        Map<String, Long> shared = Map.of(BACH_MAI, incidentOf(BACH_MAI), XANH_PON, incidentOf(XANH_PON));
        List<String> wrong = new ArrayList<>();
        int calls = 0;
        for (Rule r : rules) {
            for (String unit : List.of(BACH_MAI, XANH_PON)) {
                boolean bachMai = unit.equals(BACH_MAI);
                Map<DemoUser, Integer> expected = Map.of(DemoUser.ANALYST, r.analyst(),
                        DemoUser.OFFICER_BACH_MAI, bachMai ? r.officerOwn() : r.officerOther(),
                        DemoUser.OFFICER_HA_NOI, bachMai ? r.officerOther() : r.officerOwn(),
                        DemoUser.AUDITOR, r.auditor(), DemoUser.ADMIN, r.admin());
                for (Map.Entry<DemoUser, Integer> e : expected.entrySet()) {
                    boolean succeeds = e.getValue() < 300;
                    // A change that succeeds gets an incident of its own, in the state it needs.
                    long target = succeeds && !r.method().equals("GET") ? incidentOf(unit) : shared.get(unit);
                    if (r.path().contains("{c}") && succeeds) {
                        call("POST", "/api/incidents/" + target + "/close", DemoUser.ADMIN,
                                Map.of("resolution", "BENIGN", "note", "Closed for the reopening test"));
                    }
                    if (r.path().contains("{t}")) {
                        call("POST", "/api/incidents/" + target + "/tasks", DemoUser.ADMIN, Map.of("title", "First task"));
                    }
                    String path = r.path().replaceAll("\\{[ict]}", Long.toString(target));
                    if (r.what().equals("remove observable") && succeeds) {
                        call("POST", "/api/incidents/" + target + "/observables", DemoUser.ADMIN, Map.of("type", "HOST", "value", "his-web-1"));
                    }
                    Answer a = call(r.method(), path, e.getKey(), bodyFor(r, es, ns, succeeds));
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
        HttpResponse<String> anonymous = HTTP.send(HttpRequest.newBuilder(URI.create(base.toString().replaceAll("/$", "") + "/api/incidents"))
                .GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(anonymous.statusCode()).isEqualTo(401);
    }

    @Test
    @Order(6)
    void officersListOnlyTheirSubtreesIncidentsAndTheListFilters() throws Exception {
        long bachMai = incidentOf(BACH_MAI);
        long xanhPon = incidentOf(XANH_PON);
        for (DemoUser u : List.of(DemoUser.OFFICER_BACH_MAI, DemoUser.OFFICER_HA_NOI, DemoUser.AUDITOR, DemoUser.ANALYST)) {
            Answer list = call("GET", "/api/incidents?limit=500", u, null);
            assertThat(list.status()).isEqualTo(200);
            List<Long> ids = new ArrayList<>();
            List<String> units = new ArrayList<>();
            list.body().path("items").forEach(i -> {
                ids.add(i.path("id").asLong());
                i.path("units").forEach(x -> units.add(x.asText()));
            });
            switch (u) {
                case OFFICER_BACH_MAI -> assertThat(ids).contains(bachMai).doesNotContain(xanhPon);
                case OFFICER_HA_NOI -> assertThat(ids).contains(xanhPon).doesNotContain(bachMai);
                default -> assertThat(ids).contains(bachMai, xanhPon);
            }
            if (u == DemoUser.OFFICER_BACH_MAI) {
                assertThat(units).contains(BACH_MAI);
            }
        }
        JsonNode closed = call("GET", "/api/incidents?status=CLOSED", DemoUser.ANALYST, null).body();
        closed.path("items").forEach(i -> assertThat(i.path("status").asText()).isEqualTo("CLOSED"));
        JsonNode byText = call("GET", "/api/incidents?q=" + "of%20bv-xanh", DemoUser.ANALYST, null).body();
        assertThat(byText.path("items")).isNotEmpty().allSatisfy(i -> assertThat(i.path("title").asText()).contains("of bv-xanh"));
        Answer bad = call("GET", "/api/incidents?severity=SEVERE", DemoUser.ANALYST, null);
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.body().path("field").asText()).isEqualTo("severity");
    }

    @Test
    @Order(7)
    void badRequestsNameTheFieldAndChangeNothing() throws Exception {
        long id = incidentOf(BACH_MAI);
        String path = "/api/incidents/" + id;
        long audit = client().auditRecords();
        Map<String, Object[]> cases = new LinkedHashMap<>();
        cases.put("hash", new Object[] {"POST", path + "/observables", Map.of("type", "HASH", "value", "abc123"), "value"});
        cases.put("network", new Object[] {"POST", path + "/observables", Map.of("type", "IP", "value", "10.0.0.0/8"), "value"});
        cases.put("type", new Object[] {"POST", path + "/observables", Map.of("type", "MAC", "value", "aa"), "type"});
        cases.put("url", new Object[] {"POST", path + "/observables", Map.of("type", "URL", "value", "javascript:alert(1)"), "value"});
        cases.put("no title", new Object[] {"POST", "/api/incidents", Map.of("severity", "LOW"), "title"});
        cases.put("no severity", new Object[] {"POST", "/api/incidents", Map.of("title", "x"), "severity"});
        cases.put("severity", new Object[] {"PUT", path, Map.of("title", "x", "severity", "HUGE", "priority", "P1"), "severity"});
        cases.put("unit", new Object[] {"PUT", path + "/affected", Map.of("units", List.of("Bach Mai")), "units[0]"});
        cases.put("due", new Object[] {"POST", path + "/tasks", Map.of("title", "t", "due", "tomorrow"), "due"});
        cases.put("task title", new Object[] {"POST", path + "/tasks", Map.of("assignee", "x"), "title"});
        cases.put("empty comment", new Object[] {"POST", path + "/comments", Map.of("text", " "), "text"});
        cases.put("future report", new Object[] {"POST", path + "/report", Map.of("note", "x", "reportedAt", "2999-01-01T00:00:00Z"), "reportedAt"});
        List<String> wrong = new ArrayList<>();
        for (Map.Entry<String, Object[]> c : cases.entrySet()) {
            Object[] v = c.getValue();
            Answer a = call((String) v[0], (String) v[1], DemoUser.ANALYST, v[2]);
            if (a.status() != 400 || !a.isProblem() || !a.body().path("field").asText().equals(v[3])) {
                wrong.add(c.getKey() + ": " + a);
            }
        }
        assertThat(wrong).isEmpty();
        assertThat(call("GET", "/api/incidents/999999999", DemoUser.ANALYST, null).status()).isEqualTo(404);
        assertThat(call("GET", "/api/incidents/0", DemoUser.ANALYST, null).status()).isEqualTo(404);
        assertThat(call("PUT", path + "/tasks/9", DemoUser.ANALYST, Map.of("title", "t")).status()).as("no task 9").isEqualTo(404);
        assertThat(call("DELETE", path + "/observables?type=IP&value=192.0.2.99", DemoUser.ANALYST, null).status()).isEqualTo(404);
        assertThat(client().auditRecords()).as("nothing refused is audited").isEqualTo(audit);
        JsonNode after = call("GET", path, DemoUser.ANALYST, null).body();
        assertThat(after.path("tasks")).isEmpty();
        assertThat(after.path("comments")).isEmpty();
        assertThat(after.path("observables")).isEmpty();
    }
}
