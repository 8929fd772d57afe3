package vn.gov.moh.soc.portal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import vn.gov.moh.soc.core.asset.Asset;
import vn.gov.moh.soc.core.asset.AssetJson;
import vn.gov.moh.soc.core.asset.Priority;
import vn.gov.moh.soc.core.envelope.Envelope;
import vn.gov.moh.soc.core.envelope.EnvelopeJson;
import vn.gov.moh.soc.core.naming.Topic;
import vn.gov.moh.soc.core.sigma.rule.SigmaRuleParser;
import vn.gov.moh.soc.portal.domain.model.incident.IncidentPriority;
import vn.gov.moh.soc.portal.interfaces.rest.PortalClient;
import vn.gov.moh.soc.portal.interfaces.rest.PortalClient.Answer;
import vn.gov.moh.soc.portal.interfaces.web.HeadlessChromium;
import vn.gov.moh.soc.stack.Stack;
import vn.gov.moh.soc.stack.config.Setting;
import vn.gov.moh.soc.stack.part.AgentPart;
import vn.gov.moh.soc.stack.part.DemoUser;
import vn.gov.moh.soc.stack.part.KeycloakPart;
import vn.gov.moh.soc.stack.part.PortalPart;
import vn.gov.moh.soc.testkit.KeycloakEndpoint;

/**
 * The SOC console end to end on the whole local stack as {@code ./soc up} runs it (deploy/stack):
 * Kafka, Elasticsearch, Keycloak, the correlation job in its MiniCluster, the portal on Payara Micro
 * with the demo systems, and the demo agent, whose generator ({@code soc-agent generate}) mixes an
 * SSH brute force and a SQL injection into Bạch Mai's logs seconds after it starts
 * ({@code agent.demo.scenarios}). Nothing is written into Elasticsearch or the portal by the test:
 * the alerts are the job's, on the lines the agent shipped, enriched with the assets the portal
 * published. The expected unit, system and priority come from the generator's own scenario report,
 * the inventory on {@code soc.assets} and the rule files, through soc-core's {@link Priority} table.
 * Then: one alert escalated through the API, one through the queue page, both incidents taken to
 * CLOSED; the coverage page; a rule published from the portal detects on the running job and stops
 * once disabled. Screenshots in {@code target/screenshots/soc-console}.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SocConsoleOnLocalStackIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String BACH_MAI = "bv-bach-mai";
    /** How long the job may take from a generated attack to an alert in the queue (a busy machine included). */
    private static final Duration ALERT_WAIT = Duration.ofMinutes(5);

    private static Stack stack;
    private static PortalClient portal;
    private static KeycloakEndpoint keycloak;
    private static String bootstrap;
    /** The assets the portal published, as the job reads them ({@code soc.assets}, by key). */
    private static Map<String, Asset> assets;
    private static JsonNode bruteForce;
    private static JsonNode sqlInjection;

    @BeforeAll
    static void up() throws Exception {
        stack = FreshLocalStack.whole("soc-console", "ssh-brute-force@5,sql-injection@5");
        stack.up(List.of("kafka", "elasticsearch", "keycloak", "jobs", "portal"));
        KeycloakPart kc = stack.part(KeycloakPart.class);
        keycloak = new KeycloakEndpoint(kc.url(), KeycloakPart.REALM, kc.issuer(), KeycloakPart.PORTAL_CLIENT,
                KeycloakPart.PORTAL_CLIENT_SECRET);
        portal = new PortalClient(portalUrl(), keycloak);
        bootstrap = "127.0.0.1:" + stack.config().port(Setting.KAFKA_PORT);
        // The agent only once the job can have every demo system: an alert enriched before its asset
        // arrived would carry no system, and the test would say nothing about enrichment.
        int systems = portal.call("GET", "/api/systems?size=100", DemoUser.ADMIN, null).body().path("total").asInt();
        assets = publishedAssets(systems);
        stack.up(List.of("agent"));
    }

    @AfterAll
    static void down() {
        if (stack != null) {
            stack.down();
        }
    }

    private static URL portalUrl() throws Exception {
        return URI.create(stack.part(PortalPart.class).url()).toURL();
    }

    /** The assets on {@code soc.assets} once it holds {@code count} systems. */
    private static Map<String, Asset> publishedAssets(int count) {
        String topic = stack.config().namespace().topic(Topic.ASSETS);
        Map<String, Asset> found = new HashMap<>();
        FreshLocalStack.latestByKey(stack, topic, count, Duration.ofSeconds(120)).forEach((key, value) -> {
            if (value != null) {
                found.put(key, AssetJson.read(value));
            }
        });
        assertThat(found).as("every demo system on " + topic).hasSize(count);
        return found;
    }

    // ---- what the expectations are derived from ----

    /** The level of a rule of the platform's own rule files, as the job loads them (soc-core's {@code classpath:rules}). */
    private static String ruleLevel(String file, String id) throws Exception {
        String yaml;
        try (var in = SigmaRuleParser.class.getResourceAsStream("/rules/" + file)) {
            assertThat(in).as("rules/" + file + " in soc-core's jar").isNotNull();
            yaml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        var docs = SigmaRuleParser.parse(yaml, file);
        return docs.rules().stream().filter(r -> r.id().equals(id)).map(r -> r.level()).findFirst()
                .or(() -> docs.correlations().stream().filter(r -> r.id().equals(id)).map(r -> r.level()).findFirst())
                .orElseThrow(() -> new AssertionError("no rule " + id + " in " + file));
    }

    /** The generator's report of a scenario ({@code <agent>/scenarios.jsonl}: source address, user, attacked host). */
    private static JsonNode scenario(String name) throws Exception {
        Path report = stack.part(AgentPart.class).logs().getParent().resolve("scenarios.jsonl");
        for (String line : Files.readAllLines(report, StandardCharsets.UTF_8)) {
            if (line.startsWith("{")) {
                JsonNode s = JSON.readTree(line);
                if (s.path("scenario").asText().equals(name)) {
                    return s;
                }
            }
        }
        throw new AssertionError("the generator reported no " + name + " in " + report);
    }

    /** The inventory's asset of that unit naming the host. */
    private static Asset assetOf(String unit, String host) {
        return assets.values().stream().filter(a -> a.unitId().equals(unit) && a.hostNames().contains(host)).findFirst()
                .orElseThrow(() -> new AssertionError("no published system of " + unit + " names " + host + ": " + assets.keySet()));
    }

    // ---- the portal's queue ----

    private static List<JsonNode> alerts(String query) throws Exception {
        Answer a = portal.call("GET", "/api/alerts?size=200&" + query, DemoUser.ANALYST, null);
        if (a.status() == 503 && a.body().path("detail").asText().contains("no_shard_available_action_exception")) {
            // The job's first alert has just created soc-alerts and its shard is not started yet: none to show so far.
            return List.of();
        }
        assertThat(a.status()).as(a.toString()).isEqualTo(200);
        List<JsonNode> items = new ArrayList<>();
        a.body().path("items").forEach(items::add);
        return items;
    }

    private static List<String> texts(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(v -> out.add(v.asText()));
        return out;
    }

    private static <T> T await(String what, Duration timeout, Callable<Optional<T>> check) throws Exception {
        return FreshLocalStack.await(what, timeout, check);
    }

    /**
     * Checks one of the job's alerts against what the inventory and the rule table say: the unit,
     * the system owning the attacked host, its level, and the priority of (rule level, system level).
     */
    private static void assertTriageContext(JsonNode alert, String ruleLevel, Asset system) {
        assertThat(texts(alert.path("units"))).as(alert.toString()).containsExactly(BACH_MAI);
        assertThat(texts(alert.path("systemIds"))).as(alert.toString()).containsExactly(system.systemId());
        assertThat(texts(alert.path("systemNames"))).containsExactly(system.systemName());
        assertThat(alert.path("systemLevel").asInt()).isEqualTo(system.level().number());
        assertThat(alert.path("rule").path("level").asText()).isEqualTo(ruleLevel);
        assertThat(alert.path("priority").asText()).as(alert.toString()).isEqualTo(Priority.of(ruleLevel, system.level()).name());
    }

    @Test
    @Order(1)
    void theGeneratedBruteForceAndSqlInjectionReachTheQueueWithUnitSystemAndPriority() throws Exception {
        String bruteId = "3f0a1c52-6a7e-4c1b-9a54-2f7d1e0b8c03";
        String sqliId = "7c2b9e10-1d4f-4b7a-8e3c-5a6f0d2c9e01";
        String bruteLevel = ruleLevel("linux/sshd/ssh_brute_force.yml", bruteId);
        String sqliLevel = ruleLevel("web/hospital_portal_sql_injection.yml", sqliId);

        List<JsonNode> brutes = await("an alert of SSH Brute Force From One Source", ALERT_WAIT, () -> {
            List<JsonNode> found = alerts("rule=" + bruteId);
            return found.isEmpty() ? Optional.empty() : Optional.of(found);
        });
        JsonNode brute = scenario("ssh-brute-force");
        bruteForce = brutes.stream().filter(a -> texts(a.path("sourceIps")).contains(brute.path("source_ip").asText())).findFirst()
                .orElseThrow(() -> new AssertionError("no brute-force alert from the generated source " + brute + ": " + brutes));
        assertThat(bruteForce.path("rule").path("name").asText()).isEqualTo("SSH Brute Force From One Source");
        assertThat(texts(bruteForce.path("hosts"))).contains(brute.path("host").asText());
        assertThat(bruteForce.path("eventCount").asInt()).isGreaterThanOrEqualTo(8);
        assertThat(bruteForce.path("status").asText()).isEqualTo("open");
        assertTriageContext(bruteForce, bruteLevel, assetOf(BACH_MAI, brute.path("host").asText()));

        JsonNode sqli = scenario("sql-injection");
        List<JsonNode> injections = await("alerts of the generated SQL injection", ALERT_WAIT, () -> {
            List<JsonNode> found = alerts("rule=" + sqliId).stream()
                    .filter(a -> texts(a.path("sourceIps")).contains(sqli.path("source_ip").asText())).toList();
            return found.isEmpty() ? Optional.empty() : Optional.of(found);
        });
        Asset web = assetOf(BACH_MAI, sqli.path("host").asText());
        for (JsonNode a : injections) {
            assertThat(a.path("rule").path("name").asText()).isEqualTo("SQL Injection Attempt On A Hospital Portal");
            assertTriageContext(a, sqliLevel, web);
        }
        sqlInjection = injections.get(0);
    }

    @Test
    @Order(2)
    void theAnalystEscalatesTheBruteForceThroughTheApiAndClosesTheIncidentAnotherUnitsOfficerSeesNothing() throws Exception {
        String alertId = bruteForce.path("id").asText();
        Answer created = portal.call("POST", "/api/incidents", DemoUser.ANALYST, Map.of("alertIds", List.of(alertId)));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        JsonNode incident = created.body();
        long id = incident.path("id").asLong();
        String reference = incident.path("reference").asText();
        assertThat(reference).matches("INC-\\d{4}-\\d{4,}");
        assertThat(texts(incident.path("units"))).containsExactly(BACH_MAI);
        List<String> systems = new ArrayList<>();
        incident.path("systems").forEach(s -> systems.add(s.path("id").asText()));
        assertThat(systems).containsExactlyElementsOf(texts(bruteForce.path("systemIds")));
        assertThat(incident.path("priority").asText())
                .isEqualTo(IncidentPriority.ofAlertPriority(bruteForce.path("priority").asText()).name());

        for (String status : List.of("IN_PROGRESS", "CONTAINMENT", "ERADICATION", "RECOVERY", "POST_INCIDENT_REVIEW")) {
            Answer moved = portal.call("POST", "/api/incidents/" + id + "/status", DemoUser.ANALYST, Map.of("status", status));
            assertThat(moved.status()).as(status + ": " + moved).isEqualTo(200);
            assertThat(moved.body().path("status").asText()).isEqualTo(status);
        }
        Answer closed = portal.call("POST", "/api/incidents/" + id + "/close", DemoUser.ANALYST, Map.of("resolution",
                "TRUE_POSITIVE_RESOLVED", "note", "Source blocked at the firewall, root login over SSH disabled"));
        assertThat(closed.status()).as(closed.toString()).isEqualTo(200);
        assertThat(closed.body().path("status").asText()).isEqualTo("CLOSED");
        assertThat(closed.body().path("resolution").asText()).isEqualTo("TRUE_POSITIVE_RESOLVED");

        Answer alert = portal.call("GET", "/api/alerts/" + alertId, DemoUser.ANALYST, null);
        assertThat(alert.body().path("status").asText()).as(alert.toString()).isEqualTo("escalated");
        assertThat(alert.body().path("triage").path("incidentReference").asText()).isEqualTo(reference);

        assertThat(portal.call("GET", "/api/incidents/" + id, DemoUser.OFFICER_BACH_MAI, null).status())
                .as("the officer of the attacked unit").isEqualTo(200);
        assertThat(portal.call("GET", "/api/incidents/" + id, DemoUser.OFFICER_XANH_PON, null).status())
                .as("another unit's officer").isIn(403, 404);
        assertThat(portal.call("GET", "/api/alerts/" + alertId, DemoUser.OFFICER_XANH_PON, null).status()).isIn(403, 404);
    }

    private static final String SHOTS = "soc-console/";

    @Test
    @Order(3)
    void theAnalystEscalatesTheSqlInjectionFromTheQueuePageAndClosesItInTheBrowser() throws Exception {
        String sqliId = sqlInjection.path("rule").path("id").asText();
        String reference;
        String escalated;
        try (HeadlessChromium browser = HeadlessChromium.loggedIn(portalUrl(), keycloak, DemoUser.ANALYST, "alerts.xhtml")) {
            browser.steps("soc-console-queue", () -> {
                browser.waitForText(By.tagName("h1"), "Hàng đợi cảnh báo");
                browser.type(By.id("queue:rule"), sqliId);
                browser.driver.findElement(By.id("queue:apply")).click();
                browser.waitForAjax();
                List<WebElement> rows = browser.driver.findElements(By.cssSelector("[id='queue:alerts_data'] > tr"));
                assertThat(rows).isNotEmpty();
                for (WebElement row : rows) {
                    assertThat(row.getText()).contains("SQL Injection Attempt On A Hospital Portal", BACH_MAI,
                            sqlInjection.path("systemNames").get(0).asText(), sqlInjection.path("priority").asText());
                }
                browser.screenshot(SHOTS + "01-queue-sql-injection");
                rows.get(0).findElement(By.cssSelector(".ui-selection-column .ui-chkbox-box")).click();
                browser.waitForAjax();
                browser.driver.findElement(By.id("queue:escalate")).click();
                browser.waitUntilUrlContains("incident-new.xhtml");
            });
            escalated = browser.driver.getCurrentUrl().replaceAll(".*[?&]alerts=([^&]+).*", "$1");
            browser.steps("soc-console-incident", () -> {
                assertThat(browser.waitFor(By.id("incidentNew:alerts")).getText()).contains("SQL Injection Attempt On A Hospital Portal");
                browser.screenshot(SHOTS + "02-proposal");
                browser.driver.findElement(By.id("incidentNew:create")).click();
                browser.waitUntilUrlContains("incident.xhtml");
                assertThat(browser.waitFor(By.id("state")).getAttribute("data-state")).isEqualTo("NEW");
                browser.screenshot(SHOTS + "03-incident-new");
                Map<String, String> labels = Map.of("IN_PROGRESS", "Đang xử lý", "CONTAINMENT", "Ngăn chặn",
                        "ERADICATION", "Loại bỏ nguyên nhân", "RECOVERY", "Khôi phục",
                        "POST_INCIDENT_REVIEW", "Rút kinh nghiệm sau sự cố");
                for (String status : List.of("IN_PROGRESS", "CONTAINMENT", "ERADICATION", "RECOVERY", "POST_INCIDENT_REVIEW")) {
                    browser.driver.findElements(By.cssSelector("button[id$=':move']")).stream()
                            .filter(b -> b.getText().contains(labels.get(status))).findFirst()
                            .orElseThrow(() -> new AssertionError("no move to " + status)).click();
                    browser.waitForAjax();
                    browser.waitForAttribute(By.id("state"), "data-state", status);
                }
                // The menu's own select, as OfficerJourneyIT sets one: a click on the opening panel's item raced its animation.
                browser.driver.executeScript("document.getElementById('incident:resolution_input').value='TRUE_POSITIVE_RESOLVED';");
                browser.type(By.id("incident:note"), "Đã chặn địa chỉ tấn công, vá truy vấn tìm kiếm bệnh nhân.");
                browser.driver.findElement(By.id("incident:close")).click();
                browser.waitForAjax();
                browser.waitForAttribute(By.id("state"), "data-state", "CLOSED");
                assertThat(browser.driver.findElement(By.id("incident:body")).getText()).contains("(Sự cố thật, đã xử lý xong)");
                assertThat(browser.driver.findElement(By.id("incident:timeline")).getText()).contains("POST_INCIDENT_REVIEW");
                browser.screenshot(SHOTS + "04-incident-closed");
            });
            reference = browser.driver.findElement(By.id("heading")).getText().split(" ")[0];
        }
        assertThat(reference).matches("INC-\\d{4}-\\d{4,}");
        assertThat(escalated).isNotBlank();
        for (String alertId : escalated.split(",")) {
            Answer alert = portal.call("GET", "/api/alerts/" + alertId, DemoUser.ANALYST, null);
            assertThat(alert.body().path("status").asText()).as(alert.toString()).isEqualTo("escalated");
            assertThat(alert.body().path("triage").path("incidentReference").asText()).isEqualTo(reference);
            assertThat(alert.body().path("rule").path("id").asText()).isEqualTo(sqliId);
        }
        List<JsonNode> closed = new ArrayList<>();
        JsonNode list = JSON.readTree(portal.call("GET", "/api/incidents?status=CLOSED", DemoUser.ANALYST, null).body().toString());
        (list.isArray() ? list : list.path("items")).forEach(closed::add);
        assertThat(closed).as(list.toString()).anySatisfy(i -> {
            assertThat(i.path("reference").asText()).isEqualTo(reference);
            assertThat(i.path("resolution").asText()).isEqualTo("TRUE_POSITIVE_RESOLVED");
        });
    }

    @Test
    @Order(4)
    void theCoveragePageShowsTheSystemsWhoseHostsSendHeartbeats() throws Exception {
        JsonNode sector = await("Bạch Mai's HIS monitored", Duration.ofSeconds(90), () -> {
            JsonNode s = portal.call("GET", "/api/coverage", DemoUser.ANALYST, null).body();
            for (JsonNode u : s.path("units")) {
                for (JsonNode sys : u.path("systems")) {
                    if (u.path("unit").asText().equals(BACH_MAI) && sys.path("name").asText().endsWith("(HIS)")
                            && sys.path("monitored").asBoolean()) {
                        return Optional.of(s);
                    }
                }
            }
            return Optional.empty();
        });
        try (HeadlessChromium browser = HeadlessChromium.loggedIn(portalUrl(), keycloak, DemoUser.ANALYST, "coverage.xhtml")) {
            browser.steps("soc-console-coverage", () -> {
                JsonNode dc = sector.path("dataCenter");
                assertThat(browser.waitFor(By.id("dataCenter")).getText())
                        .contains("(" + dc.path("monitored").asInt() + "/" + dc.path("systems").asInt() + " ");
                WebElement bachMai = unitPanel(browser, BACH_MAI);
                assertThat(systemRow(bachMai, "(HIS)").getText()).contains("Đang giám sát");
                WebElement xanhPon = unitPanel(browser, "bv-xanh-pon");
                assertThat(systemRow(xanhPon, "(HIS)").getText()).as("no agent logs for Xanh Pôn").contains("Chưa giám sát");
                browser.screenshot(SHOTS + "05-coverage");
            });
        }
    }

    private static WebElement unitPanel(HeadlessChromium browser, String unit) {
        return browser.driver.findElements(By.cssSelector(".coverage-unit")).stream()
                .filter(p -> p.findElement(By.cssSelector(".ui-panel-title")).getText().endsWith("(" + unit + ")")).findFirst()
                .orElseThrow(() -> new AssertionError("no coverage panel of " + unit));
    }

    private static WebElement systemRow(WebElement panel, String nameEnd) {
        return panel.findElements(By.cssSelector(".coverage-systems > .ui-datatable-tablewrapper > table > tbody > tr")).stream()
                .filter(r -> r.getText().contains(nameEnd)).findFirst()
                .orElseThrow(() -> new AssertionError("no system '" + nameEnd + "' in " + panel.getText()));
    }

    // ---- a rule published from the portal ----

    /** Lines sent as an agent on Bạch Mai's HIS web server would ship them. */
    private static final class WebServerAgent implements AutoCloseable {
        static final String HOST = "his-web-01.bvbachmai.vn";
        private final KafkaProducer<String, byte[]> producer;
        private final String topic = stack.config().namespace().topic(Topic.RAW);
        private int offset;

        WebServerAgent() {
            Properties p = new Properties();
            p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
            producer = new KafkaProducer<>(p, new StringSerializer(), new ByteArraySerializer());
        }

        /** A refused sudo whose command names the marker; returns the event id the job gives it. */
        String refusedSudo(String marker) throws Exception {
            offset++;
            String line = "<85>1 " + Instant.now() + " " + HOST + " sudo 4242 - - nguyenvana : 3 incorrect password attempts ;"
                    + " TTY=pts/0 ; PWD=/home/nguyenvana ; USER=root ; COMMAND=/opt/" + marker + "/step-" + offset;
            Envelope e = new Envelope("e2e-his-web-01", BACH_MAI, HOST, "auth-log", "syslog", "/var/log/auth.log",
                    Integer.toString(offset), Instant.now(), line, line.getBytes(StandardCharsets.UTF_8).length, Set.of());
            producer.send(new ProducerRecord<>(topic, HOST, EnvelopeJson.write(e))).get();
            return e.id();
        }

        @Override
        public void close() {
            producer.close();
        }
    }

    private static String rule(String id, String title, String level, String contains) {
        return """
                title: %s
                id: %s
                level: %s
                logsource: {product: linux}
                detection:
                  selection: {message|contains: '%s'}
                  condition: selection
                """.formatted(title, id, level, contains);
    }

    /** The alert of the rule citing that event, if the queue has it. */
    private static Optional<JsonNode> alertFor(String ruleId, String eventId) throws Exception {
        return alerts("rule=" + ruleId).stream().filter(a -> texts(a.path("eventIds")).contains(eventId)).findFirst();
    }

    @Test
    @Order(5)
    void aRulePublishedFromThePortalDetectsOnTheRunningJobAndStopsOnceDisabled() throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 8);
        String marker = "e2e-" + run;
        String canary = "e2e-canary-" + run;
        // The control: a second portal rule on the same lines, left enabled, whose alert proves the job processed a line.
        String control = "e2e-control-" + run;
        for (String[] r : List.of(new String[] {canary, "E2E canary sudo command", "medium", "COMMAND=/opt/" + marker + "/"},
                new String[] {control, "E2E control sudo command", "low", marker})) {
            Answer published = portal.call("POST", "/api/rules", DemoUser.ANALYST, "application/yaml", rule(r[0], r[1], r[2], r[3]));
            assertThat(published.status()).as(published.toString()).isEqualTo(201);
        }
        Asset his = assetOf(BACH_MAI, WebServerAgent.HOST);
        try (WebServerAgent agent = new WebServerAgent()) {
            // The rules reach the job through the portal's outbox and soc.rules: a line before them raises nothing, so send until both alert.
            JsonNode first = await("alerts of both published rules", Duration.ofMinutes(2), () -> {
                String event = agent.refusedSudo(marker);
                for (int i = 0; i < 10; i++) {
                    Optional<JsonNode> a = alertFor(canary, event);
                    if (a.isPresent() && alertFor(control, event).isPresent()) {
                        return a;
                    }
                    Thread.sleep(1000);
                }
                return Optional.empty();
            });
            assertTriageContext(first, "medium", his);

            Answer disabled = portal.call("POST", "/api/rules/" + canary + "/disable", DemoUser.ANALYST, null);
            assertThat(disabled.status()).as(disabled.toString()).isEqualTo(200);
            // Each line is processed once its control alert is in the queue; the first the canary stays silent on
            // shows the disable arrived. After it, the canary must stay silent: three more lines, each proven processed.
            List<String> afterDisable = new ArrayList<>();
            String silent = await("a processed line the disabled rule raises nothing on", Duration.ofMinutes(2), () -> {
                String event = agent.refusedSudo(marker);
                await("the control alert of " + event, Duration.ofMinutes(1), () -> alertFor(control, event));
                return alertFor(canary, event).isPresent() ? Optional.empty() : Optional.of(event);
            });
            afterDisable.add(silent);
            for (int i = 0; i < 3; i++) {
                String event = agent.refusedSudo(marker);
                await("the control alert of " + event, Duration.ofMinutes(1), () -> alertFor(control, event));
                afterDisable.add(event);
            }
            List<String> cited = new ArrayList<>();
            alerts("rule=" + canary).forEach(a -> cited.addAll(texts(a.path("eventIds"))));
            assertThat(cited).as("events the disabled rule alerted on").isNotEmpty().doesNotContainAnyElementsOf(afterDisable);
        }
    }
}
