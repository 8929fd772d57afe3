package vn.gov.moh.soc.portal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import vn.gov.moh.soc.stack.Stack;
import vn.gov.moh.soc.stack.config.Setting;
import vn.gov.moh.soc.stack.config.StackConfig;
import vn.gov.moh.soc.stack.part.DemoUser;
import vn.gov.moh.soc.stack.part.Distributions;
import vn.gov.moh.soc.stack.part.Http;
import vn.gov.moh.soc.stack.part.KeycloakPart;
import vn.gov.moh.soc.stack.part.PortalPart;
import vn.gov.moh.soc.stack.part.Ports;
import vn.gov.moh.soc.stack.process.ManagedProcess;

/**
 * The portal as {@code ./soc up} runs it (deploy/stack's {@link PortalPart}: this build's war on
 * Payara Micro, an H2 file in the state folder, the stack's Keycloak), on free ports in a state
 * folder of its own. It lives here rather than in deploy/stack because it needs the war, which
 * this module builds.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PortalInLocalStackIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static Stack stack;

    @BeforeAll
    static void up() throws Exception {
        Path state = Path.of(System.getProperty("portal.it.dir", "target/it")).toAbsolutePath().resolve("local-stack");
        // Fresh, Keycloak included: an existing realm is not imported again, so it would lack new demo users.
        Distributions.deleteTree(state);
        Files.createDirectories(state);
        int[] ports = Ports.findFree(2);
        StackConfig config = StackConfig.builder()
                .set(Setting.STATE_DIR, state.toString())
                .set(Setting.KEYCLOAK_PORT, Integer.toString(ports[0]))
                .set(Setting.PORTAL_PORT, Integer.toString(ports[1]))
                .set(Setting.KEYCLOAK_HEAP, "512m")
                .build();
        stack = new Stack(config, msg -> System.err.println("[local-stack] " + msg));
        stack.down();
        stack.up(List.of("keycloak", "portal"));
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

    @Test
    @Order(3)
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
