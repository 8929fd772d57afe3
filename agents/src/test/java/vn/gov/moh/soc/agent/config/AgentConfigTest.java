package vn.gov.moh.soc.agent.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.nio.file.Path;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** The configuration becomes the producer settings the issue asks for, with TLS and SASL/SCRAM when set. */
class AgentConfigTest {
    private static AgentConfig parse(String yaml) throws Exception {
        return AgentConfig.parse(new ObjectMapper(new YAMLFactory()).readTree(yaml), Path.of("/etc/soc-agent"));
    }

    @Test
    void defaultsAreAnIdempotentSafeLz4Producer() throws Exception {
        AgentConfig c = parse("""
                agent: {id: a1, unit: bv-bach-mai, host: h1}
                kafka: {bootstrap_servers: "k1:9092,k2:9092"}
                inputs: [{name: auth, type: file, paths: [/var/log/auth.log]}]
                """);
        Properties p = c.producerProperties();
        assertThat(p).containsEntry("bootstrap.servers", "k1:9092,k2:9092").containsEntry("compression.type", "lz4")
                .containsEntry("linger.ms", "20").containsEntry("security.protocol", "PLAINTEXT");
        assertThat(c.agent().stateDir()).isEqualTo(Path.of("/var/lib/soc-agent"));
        assertThat(c.spool().maxBytes()).isEqualTo(1L << 30);
        assertThat(((AgentConfig.FileInput) c.inputs().get(0)).startAt()).isEqualTo(AgentConfig.StartAt.END);
    }

    @Test
    void saslScramOverTlsIsConfigured() throws Exception {
        AgentConfig c = parse("""
                agent: {id: a1, unit: bv-bach-mai, state_dir: state}
                kafka:
                  bootstrap_servers: "kafka.moh.gov.vn:9093"
                  compression: zstd
                  security: {protocol: SASL_SSL, truststore: ca.p12, truststore_password: s3cret,
                             sasl_mechanism: SCRAM-SHA-512, username: bvbm, password: 'p"w'}
                inputs: [{name: auth, type: file, paths: [auth.log]}]
                """);
        Properties p = c.producerProperties();
        assertThat(p).containsEntry("security.protocol", "SASL_SSL").containsEntry("sasl.mechanism", "SCRAM-SHA-512")
                .containsEntry("ssl.truststore.location", "/etc/soc-agent/ca.p12").containsEntry("compression.type", "zstd");
        assertThat(p.getProperty("sasl.jaas.config")).isEqualTo(
                "org.apache.kafka.common.security.scram.ScramLoginModule required username=\"bvbm\" password=\"p\\\"w\";");
        assertThat(c.agent().stateDir()).as("relative to the file's folder").isEqualTo(Path.of("/etc/soc-agent/state"));
        assertThat(((AgentConfig.FileInput) c.inputs().get(0)).paths()).containsExactly("/etc/soc-agent/auth.log");
    }

    @Test
    void aPipeMayCarryADrillsMarkAndABadOneIsRefused() throws Exception {
        AgentConfig c = parse("""
                agent: {id: a1, unit: bv-bach-mai, host: h1}
                kafka: {bootstrap_servers: "k:9092"}
                inputs: [{name: drill, type: stdin, format: syslog, drill: DR-7}, {name: pipe, type: stdin}]
                """);
        assertThat(((AgentConfig.StdinInput) c.inputs().get(0)).drill()).isEqualTo("DR-7");
        assertThat(((AgentConfig.StdinInput) c.inputs().get(1)).drill()).isNull();
        assertThatThrownBy(() -> parse("""
                agent: {id: a1, unit: u}
                kafka: {bootstrap_servers: "k:9092"}
                inputs: [{name: drill, type: stdin, drill: "no spaces"}]
                """)).hasMessageContaining("inputs[0].drill: a drill id is");
        assertThatThrownBy(() -> parse("""
                agent: {id: a1, unit: u}
                kafka: {bootstrap_servers: "k:9092"}
                inputs: [{name: auth, type: file, paths: [x], drill: DR-7}]
                """)).hasMessageContaining("drill");
    }

    @Test
    void saslWithoutCredentialsAndDuplicateInputNamesAreRefused() {
        assertThatThrownBy(() -> parse("""
                agent: {id: a1, unit: u}
                kafka: {bootstrap_servers: "k:9092", security: {protocol: SASL_SSL}}
                inputs: [{name: auth, type: file, paths: [x]}]
                """)).hasMessageContaining("kafka.security: SASL_SSL needs username and password");
        assertThatThrownBy(() -> parse("""
                agent: {id: a1, unit: u}
                kafka: {bootstrap_servers: "k:9092"}
                inputs: [{name: auth, type: file, paths: [x]}, {name: auth, type: stdin}]
                """)).hasMessageContaining("inputs[1].name: 'auth' names two inputs");
        assertThatThrownBy(() -> parse("""
                agent: {id: a1, unit: u}
                kafka: {bootstrap_servers: "k:9092"}
                inputs: [{name: app, type: file, paths: [x], multiline: {start: '(unclosed'}}]
                """)).hasMessageContaining("inputs[0].multiline.start: not a valid regular expression");
    }

    @Test
    void durationsAreReadBySocCoresParserAndWrongOnesNameTheSetting() throws Exception {
        AgentConfig c = parse("""
                agent: {id: a1, unit: u}
                kafka: {bootstrap_servers: "k:9092", linger: 50 ms, delivery_timeout: 1d}
                inputs: [{name: auth, type: file, paths: [x]}]
                """);
        assertThat(c.kafka().linger()).isEqualTo(java.time.Duration.ofMillis(50));
        assertThat(c.kafka().deliveryTimeout()).isEqualTo(java.time.Duration.ofDays(1));
        assertThatThrownBy(() -> parse("""
                agent: {id: a1, unit: u}
                kafka: {bootstrap_servers: "k:9092", linger: soon}
                inputs: [{name: auth, type: file, paths: [x]}]
                """)).isInstanceOf(ConfigException.class).hasMessageContaining(
                "kafka.linger: 'soon' is not a number followed by ms, s, m, h or d (write 500ms, 30s, 10m or 1h)");
        assertThatThrownBy(() -> parse("""
                agent: {id: a1, unit: u}
                kafka: {bootstrap_servers: "k:9092", linger: 99999999999999999999ms}
                inputs: [{name: auth, type: file, paths: [x]}]
                """)).isInstanceOf(ConfigException.class).hasMessageContaining("kafka.linger: '99999999999999999999ms' is too large");
        assertThatThrownBy(() -> parse("""
                agent: {id: a1, unit: u}
                kafka: {bootstrap_servers: "k:9092", linger: 1m}
                inputs: [{name: auth, type: file, paths: [x]}]
                """)).isInstanceOf(ConfigException.class).hasMessageContaining("kafka.linger: 1m is outside");
    }
}
