package vn.gov.moh.soc.stack;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.gov.moh.soc.stack.config.StackConfig;
import vn.gov.moh.soc.stack.part.Ports;
import vn.gov.moh.soc.stack.process.ManagedProcess;

/** The ./soc command's life cycle on a real Kafka broker (the quickest part to start). */
class SocCommandIT {
    @TempDir
    Path dir;
    private Map<String, String> env;

    private record Run(int exit, String out, String err) {
    }

    private Run soc(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = new SocCommand(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8)).run(args, env, dir);
        return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @AfterEach
    void stopWhateverIsLeft() {
        if (env != null) {
            soc("down");
        }
    }

    @Test
    void upStatusSecondUpAndDownLeaveNoProcessBehind() throws Exception {
        int[] free = Ports.findFree(2);
        env = Map.of(
                "SOC_KAFKA_PORT", Integer.toString(free[0]),
                "SOC_KAFKA_CONTROLLER_PORT", Integer.toString(free[1]),
                "SOC_KAFKA_HEAP", "256m");

        Run up = soc("up", "kafka");
        assertThat(up.exit()).as(up.err()).isZero();
        assertThat(up.out()).contains("Started kafka").containsPattern("kafka +healthy");
        long pid = Long.parseLong(Files.readString(dir.resolve(".soc/pids/kafka.pid")).split(" ")[0]);
        assertThat(Files.readString(dir.resolve(".soc/" + Stack.ENDPOINTS_FILE)))
                .contains("kafka.bootstrap.servers=127.0.0.1\\:" + env.get("SOC_KAFKA_PORT"))
                .as("parts that do not run are left out").doesNotContain("keycloak.", "postgres.", "portal.");

        Run again = soc("up", "kafka");
        assertThat(again.exit()).isZero();
        assertThat(again.out()).contains("already running");

        Run status = soc("status");
        assertThat(status.out()).containsPattern("kafka +healthy +" + pid);
        assertThat(status.exit()).as("elasticsearch and keycloak are not running").isEqualTo(3);

        Run logs = soc("logs", "kafka");
        assertThat(logs.exit()).isZero();
        assertThat(logs.out()).contains("Kafka Server started");

        Run down = soc("down");
        assertThat(down.exit()).isZero();
        assertThat(down.out()).contains("Stopped kafka");
        assertThat(ManagedProcess.groupMembers(pid)).isEmpty();
        assertThat(Ports.isFree(Integer.parseInt(env.get("SOC_KAFKA_PORT")))).isTrue();
        assertThat(soc("status").out()).containsPattern("kafka +stopped");
    }

    @Test
    void aSecondStartKeepsTheDataOfTheFirst() {
        int[] free = Ports.findFree(2);
        env = Map.of(
                "SOC_KAFKA_PORT", Integer.toString(free[0]),
                "SOC_KAFKA_CONTROLLER_PORT", Integer.toString(free[1]),
                "SOC_KAFKA_HEAP", "256m");
        StackConfig config = StackConfig.load(null, env, dir);

        assertThat(soc("up", "kafka").exit()).isZero();
        String clusterId = clusterIdOf(config);
        assertThat(soc("down").exit()).isZero();
        assertThat(soc("up", "kafka").exit()).isZero();

        assertThat(clusterIdOf(config)).as("storage is formatted once").isEqualTo(clusterId);
    }

    private static String clusterIdOf(StackConfig config) {
        try {
            return Files.readAllLines(config.stateDir().resolve("kafka/data/meta.properties")).stream()
                    .filter(l -> l.startsWith("cluster.id=")).findFirst().orElseThrow();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
