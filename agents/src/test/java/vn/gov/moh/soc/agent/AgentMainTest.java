package vn.gov.moh.soc.agent;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line: a bad configuration stops the agent with exit code 2 and a message naming the problem. */
class AgentMainTest {
    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return AgentMain.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String errors() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void theExampleConfigurationIsValid() {
        Path example = Path.of("soc-agent.example.yml");
        assertThat(run("--check-config", "--config", example.toString())).as(errors()).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("is valid", "bvbm-collector-01", "6 input(s)");
    }

    @Test
    void unknownKeyIsNamedWithItsPath() throws Exception {
        Path cfg = dir.resolve("a.yml");
        Files.writeString(cfg, """
                agent: {id: a1, unit: bv-bach-mai, state_dir: state}
                kafka: {bootstrap_servers: "localhost:9092"}
                inputs:
                  - {name: auth, type: file, paths: [/var/log/auth.log], multiline: {strat: '^x'}}
                """);
        assertThat(run("--check-config", "--config", cfg.toString())).isEqualTo(2);
        assertThat(errors()).contains("inputs[0].multiline.strat: unknown setting");
    }

    @Test
    void badValuesAreNamed() throws Exception {
        Path cfg = dir.resolve("b.yml");
        Files.writeString(cfg, """
                agent: {id: a1, unit: bv-bach-mai, state_dir: state}
                kafka: {bootstrap_servers: "localhost:9092", compression: brotli}
                inputs: [{name: auth, type: file, paths: [/var/log/auth.log]}]
                """);
        assertThat(run("--check-config", "--config", cfg.toString())).isEqualTo(2);
        assertThat(errors()).contains("kafka.compression: 'brotli' is not one of lz4, zstd, gzip, snappy, none");

        Files.writeString(cfg, """
                agent: {id: a1, unit: bv-bach-mai}
                kafka: {bootstrap_servers: "localhost:9092"}
                inputs: [{name: auth, type: file, paths: [/x.log], max_line_bytes: 3GiB}]
                """);
        assertThat(run("--check-config", "--config", cfg.toString())).isEqualTo(2);
        assertThat(errors()).contains("inputs[0].max_line_bytes: 3GiB is outside");

        Files.writeString(cfg, """
                agent: {id: a1, unit: bv-bach-mai}
                kafka: {bootstrap_servers: "localhost:9092"}
                inputs: [{name: tls, type: syslog, transport: tls}]
                """);
        assertThat(run("--check-config", "--config", cfg.toString())).isEqualTo(2);
        assertThat(errors()).contains("inputs[0].tls.keystore: is required for transport tls");
    }

    @Test
    void missingRequiredSettingsAndFilesAreNamed() throws Exception {
        Path cfg = dir.resolve("c.yml");
        Files.writeString(cfg, "agent: {unit: bv-bach-mai}\n");
        assertThat(run("--check-config", "--config", cfg.toString())).isEqualTo(2);
        assertThat(errors()).contains("agent.id: is required");

        Files.writeString(cfg, "agent: [1, 2\n");
        assertThat(run("--check-config", "--config", cfg.toString())).isEqualTo(2);
        assertThat(errors()).contains("cannot be read as YAML");

        assertThat(run("--config", dir.resolve("absent.yml").toString())).isEqualTo(2);
        assertThat(errors()).contains("absent.yml does not exist");

        assertThat(run("--frobnicate")).isEqualTo(2);
        assertThat(errors()).contains("unknown option '--frobnicate'");
    }
}
