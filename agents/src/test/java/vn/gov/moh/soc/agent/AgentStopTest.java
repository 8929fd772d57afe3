package vn.gov.moh.soc.agent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The agent as a process, stopped by SIGTERM while Kafka cannot be reached (nothing listens at
 * its address, so the sender waits for the cluster's metadata): it stops within seconds, and its
 * log tells the whole stop, up to the line saying what waits in the spool.
 */
class AgentStopTest {
    @TempDir
    Path dir;

    @Test
    void sigtermWhileKafkaIsUnreachableStopsPromptlyAndLogsTheWholeStop() throws Exception {
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort(); // closed again: nothing listens there
        }
        Path logs = Files.createDirectories(dir.resolve("logs"));
        Files.writeString(logs.resolve("app.log"), "Nov 21 10:00:00 his-app-01 app: line\n".repeat(2000));
        Path config = dir.resolve("agent.yml");
        Files.writeString(config, """
                agent: {id: stop-test, unit: bv-bach-mai, host: his-app-01, state_dir: '%s'}
                kafka: {bootstrap_servers: '127.0.0.1:%d'}
                inputs:
                  - {name: app, type: file, paths: ['%s'], start_at: beginning}
                """.formatted(dir.resolve("state"), port, logs.resolve("*.log")));
        Path output = dir.resolve("agent.out");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process agent = new ProcessBuilder(java, "-Xmx128m", "-cp", System.getProperty("java.class.path"),
                AgentMain.class.getName(), "--config", config.toString())
                .redirectErrorStream(true).redirectOutput(output.toFile()).start();
        try {
            await().atMost(Duration.ofSeconds(60)).until(() -> log(output).contains("started with 1 input(s)"));
            // The lines go to the spool; the sender cannot send them.
            await().atMost(Duration.ofSeconds(20)).until(() -> log(output).contains("reading " + logs.resolve("app.log")));
            Thread.sleep(1500);
            long stop = System.nanoTime();
            agent.destroy(); // SIGTERM
            assertThat(agent.waitFor(20, TimeUnit.SECONDS)).as("stopped within 20 s; log:%n%s", log(output)).isTrue();
            Duration took = Duration.ofNanos(System.nanoTime() - stop);
            String log = log(output);
            assertThat(took).as("time to stop; log:%n%s", log).isLessThan(Duration.ofSeconds(8));
            assertThat(log).contains("soc-agent stop-test stopping")
                    .containsPattern("soc-agent stop-test stopped in [0-9,]+ ms; [1-9][0-9,]* bytes wait in the spool for the next start");
            assertThat(log.indexOf("stopping")).isLessThan(log.lastIndexOf("stopped in"));
        } finally {
            agent.destroyForcibly();
        }
    }

    private static String log(Path output) throws java.io.IOException {
        return Files.readString(output, StandardCharsets.UTF_8);
    }
}
