package vn.gov.moh.soc.portal.interfaces.rest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import vn.gov.moh.soc.core.naming.Namespace;
import vn.gov.moh.soc.core.naming.Topic;
import vn.gov.moh.soc.portal.infrastructure.coverage.RealAgent;
import vn.gov.moh.soc.portal.interfaces.rest.PortalClient.Answer;
import vn.gov.moh.soc.stack.part.DemoUser;
import vn.gov.moh.soc.testkit.KafkaEndpoint;
import vn.gov.moh.soc.testkit.RealStack;

/**
 * Monitoring coverage end to end: the agents' own heartbeat writer ({@link RealAgent}, soc-agent's
 * {@code ship.Heartbeat}) sends to the test kit's broker, the deployed portal consumes the class's
 * namespace with a one-minute window; coverage and layer 2 are read through the API as systems
 * become monitored, as malformed records pass by, and as a stopped agent goes stale. Then the
 * authorization matrix of the coverage endpoints.
 */
@RealStack
@ExtendWith(CoverageIT.PortalWithHeartbeats.class)
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CoverageIT {
    private static final Duration WAIT = Duration.ofSeconds(90);
    private static final Duration BEAT = Duration.ofSeconds(2);
    private static final String UNIT = "bv-bach-mai";
    private static PortalClient portal;
    private static long his;
    private static long lis;
    private static final List<RealAgent> agents = new ArrayList<>();
    private static RealAgent web02;
    private static final List<String> malformedRecords = new ArrayList<>();

    /** {@link PortalOnPayara} with the test kit's broker, this class's namespace and a window of one minute. */
    public static final class PortalWithHeartbeats extends PortalOnPayara {
        @Override
        protected List<String> serverOptions(ExtensionContext context) {
            List<String> options = new ArrayList<>(kafkaOptions(context));
            options.add("-Dportal.coverage.window-minutes=1");
            return options;
        }
    }

    @ArquillianResource
    URL base;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return PortalOnPayara.war();
    }

    private PortalClient client() {
        if (portal == null) {
            portal = new PortalClient(base);
        }
        return portal;
    }

    @AfterAll
    static void stopAgents() {
        agents.forEach(RealAgent::close);
    }

    private static Map<String, Object> system(String name, List<Map<String, Object>> components) {
        return Map.of("name", name, "owner", UNIT, "operator", "Phòng CNTT", "purpose", "Khám chữa bệnh",
                "profile", Map.of("information", Map.of("categories", List.of("PERSONAL", "PRIVATE"), "personalDataSubjects", 250000),
                        "audience", "INTERNAL", "scope", "SINGLE_UNIT"),
                "components", components);
    }

    private static RealAgent agent(KafkaEndpoint kafka, Namespace ns, String id, String host) throws Exception {
        Path parent = Files.createDirectories(Path.of(System.getProperty("portal.it.dir", "target/it")).toAbsolutePath());
        Path dir = Files.createTempDirectory(parent, "agent-" + id);
        RealAgent a = new RealAgent(id, UNIT, host, ns.topic(Topic.AGENT_HEARTBEAT), dir, kafka.bootstrapServers());
        agents.add(a);
        a.start(BEAT);
        return a;
    }

    private JsonNode unitCoverage(DemoUser user) throws Exception {
        Answer a = client().call("GET", "/api/coverage/units/" + UNIT, user, null);
        assertThat(a.status()).as(a.toString()).isEqualTo(200);
        return a.body();
    }

    private static JsonNode system(JsonNode unit, long id) {
        for (JsonNode s : unit.path("systems")) {
            if (s.path("id").asLong() == id) {
                return s;
            }
        }
        throw new AssertionError("system " + id + " not in " + unit);
    }

    private static JsonNode host(JsonNode system, String name) {
        for (JsonNode h : system.path("hosts")) {
            if (h.path("host").asText().equals(name)) {
                return h;
            }
        }
        throw new AssertionError("host " + name + " not in " + system);
    }

    private JsonNode unitCoverageOnce(Predicate<JsonNode> condition) throws Exception {
        long deadline = System.nanoTime() + WAIT.toNanos();
        JsonNode last;
        do {
            last = unitCoverage(DemoUser.ANALYST);
            if (condition.test(last)) {
                return last;
            }
            Thread.sleep(500);
        } while (System.nanoTime() < deadline);
        throw new AssertionError("coverage never satisfied the condition within " + WAIT + ": " + last);
    }

    private static List<String> notShipping(JsonNode system) {
        List<String> hosts = new ArrayList<>();
        system.path("hosts").forEach(h -> {
            if (!h.path("shipping").asBoolean()) {
                hosts.add(h.path("host").asText());
            }
        });
        return hosts;
    }

    @Test
    @Order(1)
    void beforeAnyHeartbeatNoSystemIsMonitoredAndLayerTwoCoversNothing() throws Exception {
        Answer created = client().call("POST", "/api/systems", DemoUser.OFFICER_BACH_MAI, system("HIS (coverage)", List.of(
                Map.of("name", "web", "hostNames", List.of("cov-web-01.bvbachmai.vn", "cov-web-02.bvbachmai.vn"), "addresses", List.of("10.77.1.11")),
                Map.of("name", "db", "hostNames", List.of(), "addresses", List.of("10.77.1.15", "2001:db8:77::/64")))));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        his = created.body().path("id").asLong();
        Answer other = client().call("POST", "/api/systems", DemoUser.OFFICER_BACH_MAI, system("LIS (coverage)", List.of(
                Map.of("name", "lis", "hostNames", List.of("cov-lis-01.bvbachmai.vn"), "addresses", List.of()))));
        assertThat(other.status()).as(other.toString()).isEqualTo(201);
        lis = other.body().path("id").asLong();
        Answer contract = client().call("PUT", "/api/units/" + UNIT + "/protection/monitoring", DemoUser.OFFICER_BACH_MAI,
                Map.of("provider", "Trung tâm giám sát an toàn thông tin Bộ Y tế", "from", LocalDate.now().minusMonths(1).toString(),
                        "systems", List.of(his, lis)));
        assertThat(contract.status()).as(contract.toString()).isEqualTo(200);

        JsonNode unit = unitCoverage(DemoUser.OFFICER_BACH_MAI);

        assertThat(system(unit, his).path("monitored").asBoolean()).isFalse();
        assertThat(notShipping(system(unit, his))).containsExactly("cov-web-01.bvbachmai.vn", "cov-web-02.bvbachmai.vn", "10.77.1.15",
                "2001:db8:77::/64");
        assertThat(host(system(unit, his), "10.77.1.15").path("heartbeat").isNull()).isTrue();
        assertThat(unit.path("figure").path("monitored").asInt()).isZero();
        Answer layers = client().call("GET", "/api/units/" + UNIT + "/protection", DemoUser.OFFICER_BACH_MAI, null);
        assertThat(layers.body().path("coveredSystems")).as("the contract declares both; no heartbeat shows either").isEmpty();
        assertThat(layers.body().path("layers").get(1).path("gaps").toString()).contains("SYSTEMS_NOT_COVERED");
    }

    @Test
    @Order(2)
    void heartbeatsOfEveryHostMakeTheSystemMonitoredPastMalformedRecords(KafkaEndpoint kafka, Namespace ns) throws Exception {
        String topic = ns.topic(Topic.AGENT_HEARTBEAT);
        Properties p = new Properties();
        p.put("bootstrap.servers", kafka.bootstrapServers());
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(p, new StringSerializer(), new ByteArraySerializer())) {
            // Keyed like the agents that follow, so they share partitions with the live heartbeats after them.
            List<ProducerRecord<String, byte[]>> bad = List.of(
                    new ProducerRecord<>(topic, "cov-web-01", "not json at all".getBytes(StandardCharsets.UTF_8)),
                    new ProducerRecord<>(topic, "cov-web-02", (byte[]) null),
                    new ProducerRecord<>(topic, "cov-db-v4", "{\"@timestamp\":\"2026-12-01T08:00:00Z\",\"agent\":{\"id\":\"cov-db-v4\"}}"
                            .getBytes(StandardCharsets.UTF_8)),
                    new ProducerRecord<>(topic, "cov-db-v6", new byte[] {'{', (byte) 0xC3, '}'}));
            for (ProducerRecord<String, byte[]> r : bad) {
                RecordMetadata m = producer.send(r).get();
                malformedRecords.add(m.topic() + "/" + m.partition() + "/" + m.offset());
            }
        }
        agent(kafka, ns, "cov-web-01", "cov-web-01.bvbachmai.vn");
        web02 = agent(kafka, ns, "cov-web-02", "cov-web-02"); // a short name: the agent is of the system's own unit
        agent(kafka, ns, "cov-db-v4", "10.77.1.15");
        agent(kafka, ns, "cov-db-v6", "2001:DB8:77:0::20");
        agent(kafka, ns, "cov-unknown", "printer-07.bvbachmai.vn");

        JsonNode unit = unitCoverageOnce(u -> system(u, his).path("monitored").asBoolean());

        JsonNode s = system(unit, his);
        assertThat(s.path("shippingHosts").asInt()).isEqualTo(4);
        JsonNode web01 = host(s, "cov-web-01.bvbachmai.vn").path("heartbeat");
        assertThat(web01.path("agent").asText()).isEqualTo("cov-web-01");
        assertThat(web01.path("version").asText()).isEqualTo("0.1.0-test");
        assertThat(web01.path("lagBytes").asLong()).isEqualTo(RealAgent.INPUT_LAG);
        assertThat(web01.path("spoolBytes").asLong()).isGreaterThanOrEqualTo(RealAgent.SPOOLED_RECORD_BYTES);
        assertThat(web01.path("inputs").get(0).path("name").asText()).isEqualTo("auth-log");
        assertThat(Instant.parse(web01.path("lastSeen").asText())).isAfter(Instant.now().minusSeconds(30));
        assertThat(host(s, "cov-web-02.bvbachmai.vn").path("heartbeat").path("host").asText()).isEqualTo("cov-web-02");
        assertThat(host(s, "2001:db8:77::/64").path("heartbeat").path("agent").asText()).isEqualTo("cov-db-v6");
        assertThat(system(unit, lis).path("monitored").asBoolean()).as("no agent on cov-lis-01").isFalse();
        assertThat(unit.path("figure").path("monitored").asInt()).isEqualTo(1);
        assertThat(unit.path("figure").path("percent").asInt()).isEqualTo(50);

        Answer sector = client().call("GET", "/api/coverage", DemoUser.ANALYST, null);
        assertThat(sector.body().path("dataCenter").path("monitored").asInt()).isEqualTo(1);
        assertThat(sector.body().path("dataCenter").path("systems").asInt()).isEqualTo(2);
        assertThat(sector.body().path("windowMinutes").asInt()).isEqualTo(1);
        assertThat(sector.body().path("monitoredWhen").asText()).isEqualTo("ALL_HOSTS");
        assertThat(sector.body().path("unmatchedAgents").findValuesAsText("agent")).containsExactly("cov-unknown");

        JsonNode health = health();
        assertThat(health.path("consumer").asText()).isEqualTo("running");
        assertThat(health.path("skipped").asLong()).as(health.toString()).isEqualTo(4);
        String log = serverLog();
        for (String record : malformedRecords) {
            assertThat(log).as("the server log names the skipped record").contains("skipped a heartbeat record " + record);
        }
        assertThat(log).contains("skipped a heartbeat record " + malformedRecords.get(1) + " (key 'cov-web-02'): an empty record");
        assertThat(log).contains("(key 'cov-db-v4'): unit is missing");
        assertThat(log).contains("(key 'cov-db-v6'): not UTF-8");
    }

    @Test
    @Order(3)
    void layerTwoCoversTheMonitoredSystemOnly() throws Exception {
        Answer layers = client().call("GET", "/api/units/" + UNIT + "/protection", DemoUser.AUDITOR, null);
        assertThat(layers.body().path("coveredSystems").toString()).isEqualTo("[" + his + "]");
        JsonNode layer2 = layers.body().path("layers").get(1);
        assertThat(layer2.path("status").asText()).isEqualTo("PARTIAL");
        assertThat(layer2.path("gaps").toString()).contains("1 of the unit's 2 systems are covered; not covered: [" + lis + "]");
    }

    @Test
    @Order(4)
    void aStoppedAgentGoesStaleAfterTheWindowAndTheSystemIsNoLongerMonitored() throws Exception {
        web02.close();
        agents.remove(web02);
        Instant stopped = Instant.now();

        JsonNode unit = unitCoverageOnce(u -> !system(u, his).path("monitored").asBoolean());

        assertThat(Duration.between(stopped, Instant.now())).as("not before the one-minute window").isGreaterThan(Duration.ofSeconds(55));
        JsonNode s = system(unit, his);
        assertThat(notShipping(s)).containsExactly("cov-web-02.bvbachmai.vn");
        assertThat(host(s, "cov-web-02.bvbachmai.vn").path("heartbeat").path("secondsAgo").asLong()).isGreaterThanOrEqualTo(60);
        Answer layers = client().call("GET", "/api/units/" + UNIT + "/protection", DemoUser.ADMIN, null);
        assertThat(layers.body().path("coveredSystems")).isEmpty();
        Answer sector = client().call("GET", "/api/coverage", DemoUser.ADMIN, null);
        assertThat(sector.body().path("dataCenter").path("monitored").asInt()).isZero();
    }

    @Test
    @Order(5)
    void whoReadsWhichCoverage() throws Exception {
        String bachMai = "/api/coverage/units/bv-bach-mai";
        String hanoi = "/api/coverage/units/syt-ha-noi";
        record Expect(DemoUser user, int bachMaiStatus, int hanoiStatus, List<String> sectorUnits) {
        }
        List<String> all = List.of("bv-bach-mai", "bv-xanh-pon", "byt", "byt-cntt", "byt-thanh-tra", "syt-ha-noi");
        for (Expect e : List.of(
                new Expect(DemoUser.OFFICER_BACH_MAI, 200, 403, List.of("bv-bach-mai")),
                new Expect(DemoUser.OFFICER_HA_NOI, 403, 200, List.of("bv-xanh-pon", "syt-ha-noi")),
                new Expect(DemoUser.OFFICER_XANH_PON, 403, 403, List.of("bv-xanh-pon")),
                new Expect(DemoUser.AUDITOR, 200, 200, all),
                new Expect(DemoUser.ADMIN, 200, 200, all),
                new Expect(DemoUser.ANALYST, 200, 200, all))) {
            assertThat(client().call("GET", bachMai, e.user(), null).status()).as(e.user() + " " + bachMai).isEqualTo(e.bachMaiStatus());
            assertThat(client().call("GET", hanoi, e.user(), null).status()).as(e.user() + " " + hanoi).isEqualTo(e.hanoiStatus());
            Answer sector = client().call("GET", "/api/coverage", e.user(), null);
            assertThat(sector.status()).as(e.user() + " /api/coverage").isEqualTo(200);
            List<String> units = new ArrayList<>();
            sector.body().path("units").forEach(u -> units.add(u.path("unit").asText()));
            assertThat(units).as(e.user() + " /api/coverage").isEqualTo(e.sectorUnits());
        }
        Answer officerSector = client().call("GET", "/api/coverage", DemoUser.OFFICER_HA_NOI, null);
        assertThat(officerSector.body().path("dataCenter").path("systems").asInt()).as("the figure over what the officer reads").isZero();
        assertThat(officerSector.body().path("unmatchedAgents")).as("agents of other units").isEmpty();
        assertThat(client().call("GET", "/api/coverage/units/no-such-unit", DemoUser.ADMIN, null).status()).isEqualTo(404);
        assertThat(client().call("GET", "/api/coverage/units/Not%20A%20Unit", DemoUser.ADMIN, null).status()).as("not a unit id").isEqualTo(404);
        for (String path : List.of("/api/coverage", bachMai)) {
            HttpResponse<String> anonymous = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(base.toString()
                    .replaceAll("/$", "") + path)).GET().build(), HttpResponse.BodyHandlers.ofString());
            assertThat(anonymous.statusCode()).as("no token: " + path).isEqualTo(401);
        }
    }

    private JsonNode health() throws Exception {
        URI uri = URI.create(base.getProtocol() + "://" + base.getHost() + ":" + base.getPort() + "/health/ready");
        HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(uri).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        for (JsonNode check : PortalClient.JSON.readTree(r.body()).path("checks")) {
            if (check.path("name").asText().equals("soc-coverage")) {
                return check.path("data");
            }
        }
        throw new AssertionError("no soc-coverage check in " + r.body());
    }

    /** The server's log (PortalOnPayara has Payara write it under the IT folder). */
    private static String serverLog() throws Exception {
        Path dir = Path.of(System.getProperty("portal.it.dir", "target/it")).toAbsolutePath();
        StringBuilder all = new StringBuilder();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.filter(f -> f.getFileName().toString().startsWith("payara-CoverageIT.log")).sorted().toList()) {
                all.append(Files.readString(f, StandardCharsets.UTF_8));
            }
        }
        return all.toString();
    }
}
