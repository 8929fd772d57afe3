package vn.gov.moh.soc.stack;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.gov.moh.soc.stack.part.Ports;

class SocCommandTest {
    @TempDir
    Path dir;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(Map<String, String> env, String... args) {
        SocCommand command = new SocCommand(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return command.run(args, env, dir);
    }

    @Test
    void upStopsBeforeStartingAnythingWhenAPortIsTaken() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            int port = taken.getLocalPort();
            int[] free = Ports.findFree(4);
            Map<String, String> env = Map.of(
                    "SOC_ELASTICSEARCH_PORT", Integer.toString(port),
                    "SOC_KAFKA_PORT", Integer.toString(free[0]),
                    "SOC_KAFKA_CONTROLLER_PORT", Integer.toString(free[1]),
                    "SOC_ELASTICSEARCH_TRANSPORT_PORT", Integer.toString(free[2]),
                    "SOC_KEYCLOAK_PORT", Integer.toString(free[3]));

            int exit = run(env, "up");

            assertThat(exit).isEqualTo(1);
            assertThat(err.toString(StandardCharsets.UTF_8))
                    .contains("port " + port + " (elasticsearch HTTP API) is already in use")
                    .contains("Nothing was started");
            assertThat(dir.resolve(".soc/pids")).doesNotExist();
        }
    }

    @Test
    void thePortalAloneIsRefusedWhileKeycloakIsNotRunning() {
        int exit = run(Map.of("SOC_PORTAL_PORT", Integer.toString(Ports.findFree())), "up", "portal");

        assertThat(exit).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8))
                .contains("portal needs keycloak, which is not running: start both (./soc up keycloak portal)");
        assertThat(dir.resolve(".soc/pids")).doesNotExist();
    }

    @Test
    void postgresIsLeftOutOfADefaultUpAndOfWhatStatusExpects() {
        int exit = run(Map.of(), "status");

        assertThat(exit).isEqualTo(3);
        assertThat(out.toString(StandardCharsets.UTF_8)).containsPattern("postgres +stopped").containsPattern("portal +stopped");
        assertThat(new Stack(vn.gov.moh.soc.stack.config.StackConfig.load(null, Map.of(), dir), m -> { }).defaultParts())
                .extracting(vn.gov.moh.soc.stack.part.Part::name)
                .containsExactly("kafka", "elasticsearch", "keycloak", "agent", "jobs", "portal");
    }

    @Test
    void wrongSettingsExitWithTwoAndNameTheSetting() {
        int exit = run(Map.of("SOC_KAFKA_PORT", "ninety"), "status");

        assertThat(exit).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("'kafka.port'").contains("'ninety'");
    }

    @Test
    void statusOfAStackThatNeverRanSaysStoppedAndExitsThree() {
        int exit = run(Map.of(), "status");

        assertThat(exit).isEqualTo(3);
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("kafka", "stopped");
    }

    @Test
    void anUnknownCommandOrPartIsNamed() throws Exception {
        assertThat(run(Map.of(), "upp")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("unknown command 'upp'");

        Files.createDirectories(dir.resolve(".soc/logs"));
        assertThat(run(Map.of(), "logs", "zookeeper")).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("no part named 'zookeeper'");
    }

    @Test
    void configListsEverySettingWithItsVariable() {
        assertThat(run(Map.of("SOC_KEYCLOAK_PORT", "18180"), "config")).isZero();

        assertThat(out.toString(StandardCharsets.UTF_8))
                .contains("keycloak.port", "18180", "environment variable SOC_KEYCLOAK_PORT")
                .contains("SOC_ELASTICSEARCH_USER")
                .doesNotContain("admin.password                admin");
    }
}
