package vn.gov.moh.soc.portal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import vn.gov.moh.soc.agent.generate.SimulatedHostHeartbeats;
import vn.gov.moh.soc.agent.generate.UnitCatalog;
import vn.gov.moh.soc.core.naming.Topic;
import vn.gov.moh.soc.portal.infrastructure.coverage.RealAgent;
import vn.gov.moh.soc.stack.Stack;
import vn.gov.moh.soc.stack.config.Setting;
import vn.gov.moh.soc.stack.part.DemoUser;
import vn.gov.moh.soc.stack.part.Http;
import vn.gov.moh.soc.stack.part.KeycloakPart;
import vn.gov.moh.soc.stack.part.PortalPart;
import vn.gov.moh.soc.stack.part.Ports;
import vn.gov.moh.soc.stack.process.ManagedProcess;

/**
 * The portal as {@code ./soc up} runs it (deploy/stack's {@link PortalPart}: this build's war on
 * Payara Micro, an H2 file in the state folder, the stack's Keycloak, wired to the stack's Kafka),
 * on free ports in a state folder of its own. It lives here rather than in deploy/stack because it needs the war, which
 * this module builds.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PortalInLocalStackIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static Stack stack;

    @BeforeAll
    static void up() throws Exception {
        stack = FreshLocalStack.create("local-stack", List.of(Setting.KEYCLOAK_PORT, Setting.PORTAL_PORT, Setting.KAFKA_PORT,
                Setting.KAFKA_CONTROLLER_PORT), Map.of());
        stack.up(List.of("kafka", "keycloak", "portal"));
    }

    @AfterAll
    static void down() {
        if (stack != null) {
            stack.down();
        }
    }

    private static PortalPart portal() {
        return stack.part(PortalPart.class);
    }

    private static String token(DemoUser user) throws Exception {
        Http.Response r = KeycloakPart.passwordGrant(stack.part(KeycloakPart.class).issuer(), KeycloakPart.PORTAL_CLIENT,
                KeycloakPart.PORTAL_CLIENT_SECRET, user.username(), DemoUser.PASSWORD);
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        return JSON.readTree(r.body()).path("access_token").asText();
    }

    private static JsonNode systemsSeenBy(DemoUser user) throws Exception {
        Http.Response r = Http.get(portal().url() + "/api/systems?size=100", token(user));
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        return JSON.readTree(r.body());
    }

    private static List<java.net.InetAddress> nonLoopbackAddresses() throws Exception {
        List<java.net.InetAddress> addresses = new ArrayList<>();
        for (java.net.NetworkInterface i : java.util.Collections.list(java.net.NetworkInterface.getNetworkInterfaces())) {
            if (i.isUp() && !i.isLoopback()) {
                i.inetAddresses().filter(a -> a instanceof java.net.Inet4Address).forEach(addresses::add);
            }
        }
        return addresses;
    }

    private static List<String> owners(JsonNode page) {
        List<String> owners = new ArrayList<>();
        page.path("items").forEach(i -> owners.add(i.path("owner").asText()));
        return owners;
    }

    @Test
    @Order(1)
    void isHealthyOnLoopbackWithItsDatabaseUnderTheStateFolder() throws Exception {
        assertThat(portal().healthy()).isTrue();
        Http.Response ready = Http.get("http://127.0.0.1:" + stack.config().port(Setting.PORTAL_PORT) + "/health/ready");
        assertThat(JSON.readTree(ready.body()).path("status").asText()).isEqualTo("UP");
        assertThat(ready.body()).contains("\"database\"");
        assertThat(Files.isRegularFile(Path.of(portal().databaseFile() + ".mv.db"))).isTrue();
        assertThat(portal().databaseFile().startsWith(stack.config().stateDir())).isTrue();
        assertThat(nonLoopbackAddresses()).as("the portal listens on the loopback interface only").allSatisfy(address ->
                assertThat(Ports.isListening(address, stack.config().port(Setting.PORTAL_PORT))).as(address.toString()).isFalse());
        assertThat(Stack.readEndpoints(stack.config().stateDir()).orElseThrow().getProperty("portal.url")).isEqualTo(portal().url());
        assertThat(Http.get(portal().url() + "/api/systems").status()).as("no token").isEqualTo(401);
    }

    @Test
    @Order(2)
    void eachDemoLoginSeesTheDemoSystemsItsUnitMaySee() throws Exception {
        int demo = PortalPartDemo.count();
        JsonNode all = systemsSeenBy(DemoUser.AUDITOR);
        assertThat(all.path("total").asInt()).isEqualTo(demo);
        assertThat(owners(all)).contains("bv-bach-mai", "bv-xanh-pon", "syt-ha-noi");

        assertThat(owners(systemsSeenBy(DemoUser.OFFICER_BACH_MAI))).isNotEmpty().containsOnly("bv-bach-mai");
        assertThat(owners(systemsSeenBy(DemoUser.OFFICER_XANH_PON))).isNotEmpty().containsOnly("bv-xanh-pon");
        assertThat(owners(systemsSeenBy(DemoUser.OFFICER_HA_NOI))).as("the department of health and the hospital below it")
                .contains("syt-ha-noi", "bv-xanh-pon").doesNotContain("bv-bach-mai");
        assertThat(systemsSeenBy(DemoUser.ADMIN).path("total").asInt()).isEqualTo(demo);

        JsonNode his = null;
        for (JsonNode s : systemsSeenBy(DemoUser.OFFICER_BACH_MAI).path("items")) {
            if (s.path("name").asText().endsWith("(HIS)")) {
                his = s;
            }
        }
        assertThat(his).as("Bạch Mai's HIS").isNotNull();
        assertThat(his.toString()).contains("his-web-01.bvbachmai.vn", "10.10.1.11");

        Http.Response audit = Http.get(portal().url() + "/api/audit/verification", token(DemoUser.AUDITOR));
        JsonNode chain = JSON.readTree(audit.body());
        assertThat(chain.path("intact").asBoolean()).isTrue();
        assertThat(chain.path("records").asInt()).as("each demo system was created through the API, audited").isEqualTo(demo);
    }

    /** The readiness check of that name, with its data. */
    private static JsonNode readiness(String check) throws Exception {
        Http.Response ready = Http.get("http://127.0.0.1:" + stack.config().port(Setting.PORTAL_PORT) + "/health/ready");
        for (JsonNode c : JSON.readTree(ready.body()).path("checks")) {
            if (c.path("name").asText().equals(check)) {
                return c.path("data");
            }
        }
        throw new AssertionError("no check " + check + " in " + ready.body());
    }

    @Test
    @Order(3)
    void theDemoSystemsReachTheStacksAssetsTopicAndTheStacksHeartbeatsMakeCoverage() throws Exception {
        assertThat(readiness("soc-pipeline").path("publishing").asText()).isEqualTo("enabled");
        assertThat(readiness("soc-coverage").path("consumer").asText()).isEqualTo("running");
        String bootstrap = "127.0.0.1:" + stack.config().port(Setting.KAFKA_PORT);
        String assets = stack.config().namespace().topic(Topic.ASSETS);
        Set<String> keys = FreshLocalStack.latestByKey(stack, assets, PortalPartDemo.count(), Duration.ofSeconds(60)).keySet();
        Properties p = new Properties();
        p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        assertThat(keys).as("every demo system published by the portal, on the stack's " + assets)
                .hasSize(PortalPartDemo.count()).allSatisfy(k -> assertThat(k).startsWith("system-"));

        // An agent of Bạch Mai on its LIS server, naming the host short as hostname -s does.
        Path agentDir = stack.config().stateDir().resolve("test-agent");
        try (RealAgent agent = new RealAgent("bv-bach-mai-lis-01", "bv-bach-mai", "lis-01",
                stack.config().namespace().topic(Topic.AGENT_HEARTBEAT), agentDir, bootstrap)) {
            agent.start(Duration.ofSeconds(2));
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            JsonNode lis = null;
            while (System.nanoTime() < deadline) {
                Http.Response r = Http.get(portal().url() + "/api/coverage/units/bv-bach-mai", token(DemoUser.ANALYST));
                assertThat(r.status()).as(r.body()).isEqualTo(200);
                for (JsonNode s : JSON.readTree(r.body()).path("systems")) {
                    if (s.path("name").asText().endsWith("(LIS)")) {
                        lis = s;
                    }
                }
                if (lis != null && lis.path("monitored").asBoolean()) {
                    break;
                }
                Thread.sleep(500);
            }
            assertThat(lis).as("Bạch Mai's LIS").isNotNull();
            assertThat(lis.path("monitored").asBoolean()).as(lis.toString()).isTrue();
            assertThat(lis.path("hosts").get(0).path("host").asText()).isEqualTo("lis-01.bvbachmai.vn");
        }

        // What the stack's agent part sends for the generated servers: the demo systems of the two logged units get coverage.
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(p, new StringSerializer(), new StringSerializer())) {
            for (ProducerRecord<String, String> r : SimulatedHostHeartbeats.records(
                    List.of(UnitCatalog.unit("bv-bach-mai"), UnitCatalog.unit("syt-ha-noi")),
                    stack.config().namespace().topic(Topic.AGENT_HEARTBEAT), java.time.Instant.now())) {
                producer.send(r).get();
            }
        }
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        JsonNode sector;
        do {
            Http.Response r = Http.get(portal().url() + "/api/coverage", token(DemoUser.ANALYST));
            sector = JSON.readTree(r.body());
            Thread.sleep(500);
        } while (!monitored(sector, "bv-bach-mai", "(HIS)") && System.nanoTime() < deadline);
        assertThat(monitored(sector, "bv-bach-mai", "(HIS)")).as("every HIS host has its simulated agent").isTrue();
        assertThat(monitored(sector, "syt-ha-noi", "(HIS)")).isTrue();
        assertThat(monitored(sector, "syt-ha-noi", "nội bộ")).as("workstations have no agents").isFalse();
        assertThat(monitored(sector, "bv-xanh-pon", "(HIS)")).as("the demo logs nothing for Xanh Pôn").isFalse();
        assertThat(sector.path("dataCenter").path("monitored").asInt()).isPositive()
                .isLessThan(sector.path("dataCenter").path("systems").asInt());
    }

    /** Whether the unit's system whose name contains the text is monitored in a coverage answer. */
    private static boolean monitored(JsonNode sector, String unit, String name) {
        for (JsonNode u : sector.path("units")) {
            if (u.path("unit").asText().equals(unit)) {
                for (JsonNode s : u.path("systems")) {
                    if (s.path("name").asText().contains(name)) {
                        return s.path("monitored").asBoolean();
                    }
                }
            }
        }
        throw new AssertionError("no system '" + name + "' of " + unit + " in " + sector);
    }

    @Test
    @Order(4)
    void aRestartedPortalKeepsItsDataAndAddsNoSecondDemoSet() throws Exception {
        long pid = portal().process().running().orElseThrow().pid();
        portal().process().stop(Duration.ofSeconds(30));
        assertThat(ManagedProcess.groupMembers(pid)).isEmpty();

        assertThat(stack.up(List.of("portal"))).hasSize(1);
        assertThat(systemsSeenBy(DemoUser.AUDITOR).path("total").asInt()).isEqualTo(PortalPartDemo.count());
        assertThat(portal().loadDemoSystems()).as("an inventory that is not empty gets no demo data").isZero();
    }

    /** How many systems the demo has. */
    private static final class PortalPartDemo {
        static int count() throws Exception {
            try (var in = PortalPart.class.getResourceAsStream("/vn/gov/moh/soc/stack/portal-demo-systems.json")) {
                return JSON.readTree(in).path("systems").size();
            }
        }
    }
}
