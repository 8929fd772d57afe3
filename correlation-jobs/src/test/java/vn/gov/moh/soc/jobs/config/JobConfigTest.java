package vn.gov.moh.soc.jobs.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JobConfigTest {
    @TempDir
    Path tmp;

    @Test
    void theDefaultsAreValidAndExactlyOnce() {
        JobConfig c = JobConfig.defaults();

        assertThat(c.bootstrapServers()).isEqualTo("localhost:9092");
        assertThat(c.namespace().prefix()).isEmpty();
        assertThat(c.delivery()).isEqualTo(JobConfig.Delivery.EXACTLY_ONCE);
        assertThat(c.transactionTimeout()).isEqualTo(Duration.ofMinutes(10));
        assertThat(c.outOfOrderness()).isEqualTo(Duration.ofSeconds(10));
        assertThat(c.ruleDirs()).containsExactly("classpath:rules");
    }

    @Test
    void argumentsOverrideTheFileWhichOverridesTheDefaults() throws Exception {
        Path file = tmp.resolve("job.properties");
        Files.writeString(file, "namespace=t1\nwatermark.out-of-orderness=30s\ncheckpoint.interval=2s\n");

        JobConfig c = JobConfig.fromArgs("--config", file.toString(), "--checkpoint.interval=500ms",
                "--rules.dirs", "/a, /b");

        assertThat(c.namespace().prefix()).isEqualTo("t1");
        assertThat(c.outOfOrderness()).isEqualTo(Duration.ofSeconds(30));
        assertThat(c.checkpointInterval()).isEqualTo(Duration.ofMillis(500));
        assertThat(c.ruleDirs()).containsExactly("/a", "/b");
    }

    @Test
    void anUnknownSettingIsNamed() {
        assertThatThrownBy(() -> JobConfig.of(Map.of("watermark.lateness", "1m")))
                .isInstanceOf(ConfigException.class).hasMessageStartingWith("unknown setting 'watermark.lateness'");
    }

    @Test
    void aWrongValueNamesTheSettingAndWhatIsAccepted() {
        assertThatThrownBy(() -> JobConfig.of(Map.of("watermark.idleness", "soon")))
                .hasMessage("setting 'watermark.idleness' is 'soon': not a duration (use a number with ms, s, m, h or d, e.g. 30s)");
        assertThatThrownBy(() -> JobConfig.of(Map.of("delivery.guarantee", "maybe")))
                .hasMessageContaining("'delivery.guarantee'").hasMessageContaining("exactly-once or at-least-once");
        assertThatThrownBy(() -> JobConfig.of(Map.of("kafka.transaction.timeout", "20m")))
                .hasMessageContaining("'kafka.transaction.timeout'").hasMessageContaining("at most 15m");
        assertThatThrownBy(() -> JobConfig.of(Map.of("namespace", "Bad_Name")))
                .hasMessageStartingWith("setting 'namespace':");
        assertThatThrownBy(() -> JobConfig.of(Map.of("state.backend", "memory")))
                .hasMessageContaining("hashmap or rocksdb");
        assertThatThrownBy(() -> JobConfig.of(Map.of("correlation.max-depth", "0")))
                .hasMessage("setting 'correlation.max-depth' is '0': use a whole number from 1 to 16");
        assertThatThrownBy(() -> JobConfig.of(Map.of("syslog.zone", "Mars/Base")))
                .hasMessageContaining("'syslog.zone'");
        assertThatThrownBy(() -> JobConfig.fromArgs("positional"))
                .hasMessageContaining("'positional' is not a setting");
    }
}
