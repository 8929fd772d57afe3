package vn.gov.moh.soc.agent.syslog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class SyslogSettingsTest {
    private static final SyslogSettings TCP = SyslogSettings.of("syslog-tcp", "bv-bach-mai", "agent-1",
            SyslogTransport.TCP, "0.0.0.0", 514);

    @Test
    void hasTheDocumentedDefaults() {
        assertThat(TCP.maxMessageBytes()).isEqualTo(1_048_576);
        assertThat(TCP.maxConnections()).isEqualTo(256);
        assertThat(TCP.idleTimeout()).isEqualTo(Duration.ZERO);
        assertThat(TCP.tlsKeystore()).isNull();
        assertThat(TCP.listenUri()).isEqualTo("tcp://0.0.0.0:514");
        assertThat(TCP.withIdleTimeout(null).idleTimeout()).isEqualTo(Duration.ZERO);
    }

    @Test
    void namesTheBadSetting() {
        assertThatThrownBy(() -> SyslogSettings.of(" ", "u", "a", SyslogTransport.UDP, "::", 514))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("name");
        assertThatThrownBy(() -> SyslogSettings.of("n", "", "a", SyslogTransport.UDP, "::", 514))
                .hasMessageContaining("unit");
        assertThatThrownBy(() -> SyslogSettings.of("n", "u", null, SyslogTransport.UDP, "::", 514))
                .hasMessageContaining("agentId");
        assertThatThrownBy(() -> SyslogSettings.of("n", "u", "a", null, "::", 514)).hasMessageContaining("transport");
        assertThatThrownBy(() -> SyslogSettings.of("n", "u", "a", SyslogTransport.UDP, "", 514))
                .hasMessageContaining("bindAddress");
        assertThatThrownBy(() -> SyslogSettings.of("n", "u", "a", SyslogTransport.UDP, "::", 65536))
                .hasMessageContaining("port").hasMessageContaining("65536");
        assertThatThrownBy(() -> TCP.withMaxMessageBytes(100)).hasMessageContaining("maxMessageBytes");
        assertThatThrownBy(() -> TCP.withMaxMessageBytes(Integer.MAX_VALUE)).hasMessageContaining("maxMessageBytes");
        assertThatThrownBy(() -> TCP.withMaxConnections(0)).hasMessageContaining("maxConnections");
        assertThatThrownBy(() -> TCP.withIdleTimeout(Duration.ofSeconds(-1))).hasMessageContaining("idleTimeout");
        assertThatThrownBy(() -> TCP.withIdleTimeout(Duration.ofDays(30))).hasMessageContaining("idleTimeout");
    }

    @Test
    void tlsNeedsAKeystoreAndOnlyTlsMayHaveOne() {
        Path keystore = Path.of("/etc/soc-agent/syslog.p12");
        SyslogSettings tls = SyslogSettings.tls("n", "u", "a", "0.0.0.0", 6514, keystore, "secret");
        assertThat(tls.transport()).isEqualTo(SyslogTransport.TLS);
        assertThat(tls.listenUri()).isEqualTo("tls://0.0.0.0:6514");
        assertThat(tls.withClientAuth(Path.of("/etc/soc-agent/clients.p12"), null).tlsTruststore()).isNotNull();
        assertThatThrownBy(() -> SyslogSettings.of("n", "u", "a", SyslogTransport.TLS, "0.0.0.0", 6514))
                .hasMessageContaining("tlsKeystore");
        assertThatThrownBy(() -> SyslogSettings.tls("n", "u", "a", "0.0.0.0", 6514, keystore, null))
                .hasMessageContaining("tlsKeystorePassword");
        assertThatThrownBy(() -> TCP.withTls(keystore, "secret")).hasMessageContaining("tlsKeystore")
                .hasMessageContaining("only for transport TLS");
        assertThatThrownBy(() -> TCP.withClientAuth(keystore, null)).hasMessageContaining("tlsTruststore");
    }

    @Test
    void toStringMasksPasswordsAndIpv6ListenUriIsBracketed() {
        SyslogSettings tls = SyslogSettings.tls("n", "u", "a", "::", 6514, Path.of("k.p12"), "s3cr3t")
                .withClientAuth(Path.of("t.p12"), "tru5t");
        assertThat(tls.toString()).doesNotContain("s3cr3t").doesNotContain("tru5t").contains("***");
        assertThat(tls.listenUri()).isEqualTo("tls://[::]:6514");
    }
}
