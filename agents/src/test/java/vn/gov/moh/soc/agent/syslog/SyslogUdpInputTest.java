package vn.gov.moh.soc.agent.syslog;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.gov.moh.soc.core.envelope.Envelope;
import vn.gov.moh.soc.core.envelope.Flag;
import vn.gov.moh.soc.core.parse.SyslogParser;

class SyslogUdpInputTest {
    private static final Duration WAIT = Duration.ofSeconds(10);

    private final CollectingSink sink = new CollectingSink();
    private SyslogInput input;
    private DatagramSocket client;

    @BeforeEach
    void start() throws IOException {
        input = new SyslogInput(SyslogSettings.of("syslog-udp", "bv-bach-mai", "agent-7", SyslogTransport.UDP,
                "127.0.0.1", 0).withMaxMessageBytes(1000));
        input.start(sink);
        client = new DatagramSocket(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
    }

    @AfterEach
    void stop() {
        input.close();
        client.close();
    }

    private void send(byte[] datagram) throws IOException {
        client.send(new DatagramPacket(datagram, datagram.length, InetAddress.getLoopbackAddress(), input.port()));
    }

    private void send(String datagram) throws IOException {
        send(datagram.getBytes(UTF_8));
    }

    @Test
    void rfc3164AndRfc5424MessagesBecomeEnvelopesWithTheirHost() throws IOException {
        String bsd = "<38>Nov 21 10:00:00 his-web-01 sshd[4242]: Failed password for root from 10.1.2.3 port 5 ssh2";
        String ietf = "<165>1 2026-11-21T10:00:00.123+07:00 emr-db.bvbm.local postgres 77 ID47 - connection authorized";
        send(bsd + "\n");
        await().atMost(WAIT).until(() -> sink.size() == 1); // UDP gives no order between datagrams
        send(ietf + "\r\n\0");
        await().atMost(WAIT).until(() -> sink.size() == 2);

        List<Envelope> got = sink.envelopes();
        assertThat(got).extracting(Envelope::line).containsExactly(bsd, ietf);
        assertThat(got).extracting(Envelope::host).containsExactly("his-web-01", "emr-db.bvbm.local");
        String source = "udp://127.0.0.1:" + client.getLocalPort();
        for (Envelope e : got) {
            assertThat(e.agentId()).isEqualTo("agent-7");
            assertThat(e.unit()).isEqualTo("bv-bach-mai");
            assertThat(e.input()).isEqualTo("syslog-udp");
            assertThat(e.format()).isEqualTo("syslog");
            assertThat(e.source()).isEqualTo(source);
            assertThat(e.flags()).isEmpty();
            assertThat(e.offset()).matches("\\d{13,}\\.\\d+");
            assertThat(e.receivedAt()).isNotNull();
        }
        assertThat(got.get(0).offset()).isNotEqualTo(got.get(1).offset());
        assertThat(got.get(0).originalBytes()).isEqualTo(bsd.length());
        // The app and the rest of the header are in the line for the normalizer:
        SyslogParser parser = new SyslogParser();
        assertThat(parser.parse(got.get(0).line()).text("process.name")).isEqualTo("sshd");
        assertThat(parser.parse(got.get(1).line()).text("process.name")).isEqualTo("postgres");
        assertThat(input.counters().read()).isEqualTo(2);
        assertThat(input.counters().errors()).isZero();
    }

    @Test
    void unparseableBinaryAndOversizedDatagramsAreShippedFlagged() throws IOException {
        send("hello world");
        await().atMost(WAIT).until(() -> sink.size() == 1);
        send(new byte[] {'<', '1', '3', '>', 'a', 0x01, (byte) 0xC3});
        await().atMost(WAIT).until(() -> sink.size() == 2);
        String big = "<13>Nov 21 10:00:00 his-web-01 app: " + "z".repeat(2000);
        send(big);
        await().atMost(WAIT).until(() -> sink.size() == 3);

        List<Envelope> got = sink.envelopes();
        assertThat(got.get(0).line()).isEqualTo("hello world");
        assertThat(got.get(0).host()).isEqualTo("127.0.0.1");
        assertThat(got.get(0).flags()).containsExactly(Flag.UNPARSED_SYSLOG);
        assertThat(got.get(1).line()).isEqualTo("<13>a\u0001\uFFFD");
        assertThat(got.get(1).flags()).containsExactlyInAnyOrder(Flag.BINARY, Flag.INVALID_UTF8, Flag.UNPARSED_SYSLOG);
        assertThat(got.get(2).line()).isEqualTo(big.substring(0, 1000));
        assertThat(got.get(2).originalBytes()).isEqualTo(big.length());
        assertThat(got.get(2).flags()).containsExactly(Flag.TRUNCATED);
        assertThat(got.get(2).host()).isEqualTo("his-web-01");
        assertThat(input.counters().flagged()).isEqualTo(3);
    }

    @Test
    void closeFreesThePortAndShipsNothingMore() throws IOException {
        int port = input.port();
        send("<13>Nov 21 10:00:00 h app: before close");
        await().atMost(WAIT).until(() -> sink.size() == 1);
        input.close();
        input.close(); // idempotent
        try (DatagramSocket again = new DatagramSocket(new InetSocketAddress(InetAddress.getLoopbackAddress(), port))) {
            assertThat(again.getLocalPort()).isEqualTo(port);
        }
        assertThat(sink.size()).isEqualTo(1);
        assertThatThrownBy(() -> input.start(sink)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aPortInUseFailsStartWithTheAddress() throws IOException {
        SyslogInput second = new SyslogInput(SyslogSettings.of("syslog-udp-2", "u", "a", SyslogTransport.UDP,
                "127.0.0.1", input.port()));
        assertThatThrownBy(() -> second.start(sink)).isInstanceOf(IOException.class)
                .hasMessageContaining("syslog-udp-2").hasMessageContaining("udp://127.0.0.1:" + input.port());
        second.close();
    }
}
