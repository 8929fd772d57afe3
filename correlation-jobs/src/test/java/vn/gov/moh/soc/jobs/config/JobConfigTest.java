package vn.gov.moh.soc.jobs.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.gov.moh.soc.core.naming.Namespace;
import vn.gov.moh.soc.core.naming.Topic;
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
                .hasMessage("setting 'watermark.idleness': 'soon' is not a number followed by ms, s, m, h or d (e.g. 30s)");
        assertThatThrownBy(() -> JobConfig.of(Map.of("checkpoint.interval", "99999999999999999999s")))
                .hasMessage("setting 'checkpoint.interval': '99999999999999999999s' is too large a duration (e.g. 30s)");
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

    @Test
    void theElasticsearchSettingsBuildTheSinkConfigAndIndexingCanBeTurnedOff() {
        JobConfig c = JobConfig.of(Map.of("elasticsearch.hosts", "http://es-1:9200, http://es-2:9200",
                "elasticsearch.bulk.actions", "500", "elasticsearch.bulk.size", "2mb", "elasticsearch.flush.interval", "250ms",
                "elasticsearch.max-retries", "3", "elasticsearch.backoff.initial", "50ms", "elasticsearch.backoff.max", "1s",
                "elasticsearch.username", "soc", "elasticsearch.password", "secret"));
        assertThat(c.indexing()).isTrue();
        assertThat(c.elasticsearch().hosts()).extracting(Object::toString).containsExactly("http://es-1:9200", "http://es-2:9200");
        assertThat(c.elasticsearch().bulkActions()).isEqualTo(500);
        assertThat(c.elasticsearch().bulkBytes()).isEqualTo(2L << 20);
        assertThat(c.elasticsearch().flushInterval()).isEqualTo(Duration.ofMillis(250));
        assertThat(c.elasticsearch().maxRetries()).isEqualTo(3);
        assertThat(c.elasticsearch().backoff(3)).isEqualTo(Duration.ofMillis(200));
        assertThat(c.elasticsearch().username()).isEqualTo("soc");
        assertThat(c.describe()).contains("elasticsearch.password=****").noneMatch(s -> s.contains("secret"));

        JobConfig off = JobConfig.of(Map.of("elasticsearch.enabled", "false", "elasticsearch.hosts", ""));
        assertThat(off.indexing()).isFalse();
        assertThatThrownBy(off::elasticsearch).hasMessageContaining("elasticsearch.enabled=false");
    }

    @Test
    void aWrongElasticsearchSettingIsNamed() {
        assertThatThrownBy(() -> JobConfig.of(Map.of("elasticsearch.hosts", "es-1:9200")))
                .hasMessageContaining("setting 'elasticsearch.hosts'").hasMessageContaining("http://host:port");
        assertThatThrownBy(() -> JobConfig.of(Map.of("elasticsearch.hosts", " ")))
                .hasMessageContaining("setting 'elasticsearch.hosts'").hasMessageContaining("at least one");
        assertThatThrownBy(() -> JobConfig.of(Map.of("elasticsearch.bulk.size", "500")))
                .hasMessageContaining("setting 'elasticsearch.bulk.size'").hasMessageContaining("1 KiB to 100 MiB");
        assertThatThrownBy(() -> JobConfig.of(Map.of("elasticsearch.bulk.size", "lots")))
                .hasMessageContaining("setting 'elasticsearch.bulk.size' is 'lots': not a size");
        assertThatThrownBy(() -> JobConfig.of(Map.of("elasticsearch.backoff.max", "10ms")))
                .hasMessageContaining("setting 'elasticsearch.backoff.max'").hasMessageContaining("shorter than");
        assertThatThrownBy(() -> JobConfig.of(Map.of("elasticsearch.enabled", "yes")))
                .hasMessage("setting 'elasticsearch.enabled' is 'yes': use true or false");
        assertThatThrownBy(() -> JobConfig.of(Map.of("elasticsearch.max-in-flight", "0")))
                .hasMessageContaining("setting 'elasticsearch.max-in-flight'");
    }

    @Test
    void theAssetsTopicIsTheNamespacesUnlessNamed() {
        assertThat(JobConfig.of(Map.of("namespace", "t1")).assetsTopic()).isEqualTo(Namespace.of("t1").topic(Topic.ASSETS));
        assertThat(JobConfig.of(Map.of("assets.topic", "shared.soc.assets")).assetsTopic()).isEqualTo("shared.soc.assets");
        assertThatThrownBy(() -> JobConfig.of(Map.of("assets.topic", "no spaces")))
                .hasMessageContaining("setting 'assets.topic'");
    }
}
