package vn.gov.moh.soc.portal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.gov.moh.soc.portal.interfaces.rest.PortalClient;
import vn.gov.moh.soc.portal.interfaces.rest.PortalClient.Answer;
import vn.gov.moh.soc.stack.Stack;
import vn.gov.moh.soc.stack.part.DemoUser;
import vn.gov.moh.soc.stack.part.KeycloakPart;
import vn.gov.moh.soc.stack.part.PortalPart;
import vn.gov.moh.soc.testkit.KeycloakEndpoint;

/**
 * A drill end to end on the whole local stack (deploy/stack: Kafka, Elasticsearch, Keycloak, the
 * job in its MiniCluster, the portal, the demo agent shipping normal traffic with no scenario).
 * The analyst starts a run of Bạch Mai's drill with two steps: an SSH brute force (the generator's
 * scenario) and a quiet exfiltration no rule detects. The portal ships both through a real
 * soc-agent, marked; the job raises the brute force's alert with the mark; the analyst acknowledges
 * it and escalates it through the API. The run then shows the measured times (detect, acknowledge,
 * close) and the exfiltration listed as missed; the queue marks and filters the drill's alert; the
 * dashboard counts a real incident and not the drill's.
 */
class DrillOnLocalStackIT {
    private static final String BACH_MAI = "bv-bach-mai";
    private static final Duration WAIT = Duration.ofMinutes(9);
    private static final long DETECTION_WAIT_SECONDS = 90;
    /**
     * The ransomware play and the brute force ending in a login each take one to two and a half
     * minutes of real time before the line that completes them, and the time to detect counts from
     * their first line; a step decided early ends the wait, so only a miss costs all of it.
     */
    private static final long LONG_PLAYS_WAIT_SECONDS = 240;

    private static Stack stack;
    private static PortalClient portal;

    @BeforeAll
    static void up() throws Exception {
        // Real background traffic keeps the job's event time moving; no attack of the demo's own.
        stack = FreshLocalStack.whole("drill", "none");
        stack.up(List.of("kafka", "elasticsearch", "keycloak", "jobs", "portal", "agent"));
        KeycloakPart kc = stack.part(KeycloakPart.class);
        portal = new PortalClient(URI.create(stack.part(PortalPart.class).url()).toURL(),
                new KeycloakEndpoint(kc.url(), KeycloakPart.REALM, kc.issuer(), KeycloakPart.PORTAL_CLIENT,
                        KeycloakPart.PORTAL_CLIENT_SECRET));
    }

    @AfterAll
    static void down() {
        if (stack != null) {
            stack.down();
        }
    }

    @Test
    void aRunIsInjectedThroughTheAgentMeasuredAndKeptOutOfTheStatistics() throws Exception {
        long drill = plannedDrill();
        Answer refused = portal.call("POST", "/api/drills/" + drill + "/runs", DemoUser.AUDITOR,
                Map.of("unit", BACH_MAI, "steps", List.of("ssh-brute-force")));
        assertThat(refused.status()).as("auditors read runs and start none").isEqualTo(403);

        Answer started = portal.call("POST", "/api/drills/" + drill + "/runs", DemoUser.ANALYST, Map.of("unit", BACH_MAI,
                "steps", List.of("ssh-brute-force", "quiet-exfiltration"), "detectionWaitSeconds", DETECTION_WAIT_SECONDS));
        assertThat(started.status()).as(started.toString()).isEqualTo(202);
        long run = started.body().path("id").asLong();
        String mark = started.body().path("mark").asText();
        assertThat(mark).isEqualTo("drill-run-" + run);
        String runPath = "/api/drills/" + drill + "/runs/" + run;

        // The brute force is detected: its alert carries the run's mark.
        JsonNode detected = FreshLocalStack.await("the drill's brute force detected", WAIT, () -> {
            JsonNode step = read(runPath).path("steps").path(0);
            return step.path("outcome").asText().equals("DETECTED") ? Optional.of(step) : Optional.empty();
        });
        assertThat(detected.path("timeToDetectSeconds").asDouble()).as("from the first line to the alert").isPositive();
        assertThat(detected.path("timeToDetectSeconds").asDouble()).isLessThanOrEqualTo(DETECTION_WAIT_SECONDS);
        String alertId = detected.at("/alert/id").asText();
        Answer alert = portal.call("GET", "/api/alerts/" + alertId, DemoUser.ANALYST, null);
        assertThat(alert.body().path("drill").asText()).isEqualTo(mark);
        assertThat(alert.body().at("/document/labels/soc_drill").asText()).isEqualTo(mark);
        assertThat(alert.body().at("/rule/id").asText()).isEqualTo("3f0a1c52-6a7e-4c1b-9a54-2f7d1e0b8c03");

        // The queue marks and filters it; real alerts are never marked.
        assertThat(ids("drills=only")).contains(alertId);
        assertThat(ids("drills=exclude")).doesNotContain(alertId);
        for (JsonNode a : portal.call("GET", "/api/alerts?size=200&drills=exclude", DemoUser.ANALYST, null).body().path("items")) {
            assertThat(a.path("drill").isNull()).as(a.toString()).isTrue();
        }

        // The analyst responds: acknowledges, then escalates into an incident (closing the alert).
        Thread.sleep(1500);
        Answer ack = portal.call("POST", "/api/alerts/triage", DemoUser.ANALYST, Map.of("ids", List.of(alertId),
                "status", "acknowledged", "reason", "drill: brute force seen on the HIS app server"));
        assertThat(ack.status()).as(ack.toString()).isEqualTo(200);
        Thread.sleep(1500);
        Answer incident = portal.call("POST", "/api/incidents", DemoUser.ANALYST, Map.of("alertIds", List.of(alertId)));
        assertThat(incident.status()).as(incident.toString()).isEqualTo(201);
        Answer real = portal.call("POST", "/api/incidents", DemoUser.ANALYST, Map.of("title", "Real: phishing mail reported",
                "severity", "MEDIUM"));
        assertThat(real.status()).as(real.toString()).isEqualTo(201);
        Answer affected = portal.call("PUT", "/api/incidents/" + real.body().path("id").asLong() + "/affected",
                DemoUser.ANALYST, Map.of("units", List.of(BACH_MAI), "systems", List.of()));
        assertThat(affected.status()).as(affected.toString()).isEqualTo(200);
        assertThat(portal.call("GET", "/api/incidents/" + incident.body().path("id").asLong(), DemoUser.ANALYST, null)
                .body().path("units").toString()).contains(BACH_MAI);

        // The quiet exfiltration is listed as missed once its wait has passed; the times are measured.
        JsonNode measured = FreshLocalStack.await("the quiet exfiltration listed as missed", WAIT, () -> {
            JsonNode r = read(runPath);
            return r.path("complete").asBoolean() ? Optional.of(r) : Optional.empty();
        });
        System.err.println("[drill] measured run: " + measured);
        assertThat(measured.path("failure").isNull()).as(measured.toString()).isTrue();
        JsonNode brute = measured.path("steps").get(0);
        JsonNode quiet = measured.path("steps").get(1);
        assertThat(brute.path("outcome").asText()).isEqualTo("DETECTED");
        assertThat(brute.path("timeToAcknowledgeSeconds").asDouble()).isPositive();
        assertThat(brute.path("timeToCloseSeconds").asDouble()).isGreaterThan(brute.path("timeToAcknowledgeSeconds").asDouble());
        assertThat(quiet.path("outcome").asText()).isEqualTo("MISSED");
        assertThat(quiet.path("injectedAt").asText()).isNotEmpty();
        assertThat(Instant.parse(quiet.path("injectedAt").asText())).isAfter(Instant.parse(brute.path("injectedAt").asText()));
        assertThat(measured.path("missed").toString()).isEqualTo("[2]");

        // The dashboard counts the real incident, not the drill's (both affect Bạch Mai).
        JsonNode incidents = portal.call("GET", "/api/dashboard", DemoUser.ANALYST, null).body().path("incidents");
        assertThat(incidents.path("total").asInt()).as(incidents.toString()).isEqualTo(1);
    }

    @Test
    void ransomwarePrecursorsOnAWindowsHostAndABruteForceEndingInALoginAreDetected() throws Exception {
        long drill = plannedDrill();
        Answer started = portal.call("POST", "/api/drills/" + drill + "/runs", DemoUser.OFFICER_BACH_MAI,
                Map.of("unit", BACH_MAI, "steps", List.of("ransomware-precursors", "ssh-brute-force-then-login"),
                        "detectionWaitSeconds", LONG_PLAYS_WAIT_SECONDS));
        assertThat(started.status()).as("the unit's officer runs its own drill: " + started).isEqualTo(202);
        String runPath = "/api/drills/" + drill + "/runs/" + started.body().path("id").asLong();
        String mark = started.body().path("mark").asText();

        JsonNode measured = FreshLocalStack.await("both steps of the second run measured", WAIT, () -> {
            JsonNode r = read(runPath);
            return r.path("complete").asBoolean() ? Optional.of(r) : Optional.empty();
        });
        System.err.println("[drill] measured run: " + measured);
        assertThat(measured.path("failure").isNull()).as(measured.toString()).isTrue();
        assertThat(measured.path("missed").toString()).as(measured.toString()).isEqualTo("[]");
        JsonNode ransomware = measured.path("steps").get(0);
        JsonNode login = measured.path("steps").get(1);
        assertThat(ransomware.path("outcome").asText()).isEqualTo("DETECTED");
        assertThat(login.path("outcome").asText()).isEqualTo("DETECTED");
        assertThat(ransomware.path("timeToDetectSeconds").asDouble()).isPositive();
        assertThat(login.path("timeToDetectSeconds").asDouble()).isPositive();
        assertThat(Instant.parse(login.path("injectedAt").asText())).as("steps run one after the other")
                .isAfter(Instant.parse(ransomware.path("injectedAt").asText()));

        // Evtx JSON through the agent's stdin and the job's Windows parser: the correlation of our own
        // rule, on the Windows host the generator attacked, marked as the run's.
        JsonNode alert = portal.call("GET", "/api/alerts/" + ransomware.at("/alert/id").asText(), DemoUser.ANALYST, null).body();
        assertThat(alert.at("/rule/id").asText()).isEqualTo("564d236a-914b-4e38-925a-70007c7a1ec6");
        assertThat(alert.path("drill").asText()).isEqualTo(mark);
        assertThat(alert.at("/document/labels/soc_drill").asText()).isEqualTo(mark);
        assertThat(alert.at("/document/host/name").asText()).as(alert.toString()).isNotEmpty();
        JsonNode success = portal.call("GET", "/api/alerts/" + login.at("/alert/id").asText(), DemoUser.ANALYST, null).body();
        assertThat(success.at("/rule/id").asText()).isEqualTo("3f0a1c52-6a7e-4c1b-9a54-2f7d1e0b8c05");
        assertThat(success.path("drill").asText()).isEqualTo(mark);
    }

    /** A drill of Bạch Mai's plan for this year, made by its officer through the API. */
    private static long plannedDrill() throws Exception {
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));
        Answer a = portal.call("POST", "/api/drills", DemoUser.OFFICER_BACH_MAI, Map.of("year", today.getYear(),
                "organizer", BACH_MAI, "scope", "UNIT", "title", "Diễn tập phát hiện tấn công HIS",
                "scenarios", List.of(Map.of("title", "SSH brute force then quiet exfiltration", "description", "on the real pipeline")),
                "participants", List.of(BACH_MAI), "plannedStart", today.toString(),
                "plannedEnd", today.withDayOfYear(today.lengthOfYear()).toString()));
        assertThat(a.status()).as(a.toString()).isEqualTo(201);
        return a.body().path("id").asLong();
    }

    private static JsonNode read(String path) throws Exception {
        Answer a = portal.call("GET", path, DemoUser.ANALYST, null);
        if (a.status() == 503) {
            return a.body(); // the alerts index is not there yet: nothing detected so far
        }
        assertThat(a.status()).as(a.toString()).isEqualTo(200);
        return a.body();
    }

    private static List<String> ids(String query) throws Exception {
        Answer a = portal.call("GET", "/api/alerts?size=200&" + query, DemoUser.ANALYST, null);
        assertThat(a.status()).as(a.toString()).isEqualTo(200);
        List<String> out = new ArrayList<>();
        a.body().path("items").forEach(i -> out.add(i.path("id").asText()));
        return out;
    }
}
