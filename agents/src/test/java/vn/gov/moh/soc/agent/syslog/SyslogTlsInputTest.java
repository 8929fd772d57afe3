package vn.gov.moh.soc.agent.syslog;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSocket;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.gov.moh.soc.core.envelope.Envelope;
import vn.gov.moh.soc.core.envelope.Flag;

class SyslogTlsInputTest {
    private static final Duration WAIT = Duration.ofSeconds(15);

    @TempDir
    static Path dir;
    private static Path serverKeys;
    private static Path clientKeys;

    private final CollectingSink sink = new CollectingSink();
    private final List<Socket> clients = new ArrayList<>();
    private SyslogInput input;

    @BeforeAll
    static void keys() throws Exception {
        serverKeys = TestKeys.keyPair(dir, "server.p12", "localhost");
        clientKeys = TestKeys.keyPair(dir, "client.p12", "his-web-01.bvbm.local");
    }

    @AfterEach
    void stop() throws IOException {
        if (input != null) {
            input.close();
        }
        for (Socket s : clients) {
            s.close();
        }
    }

    private static SyslogSettings settings() {
        return SyslogSettings.tls("syslog-tls", "bv-bach-mai", "agent-9", "127.0.0.1", 0, serverKeys,
                TestKeys.PASSWORD);
    }

    private void start(SyslogSettings settings) throws IOException {
        input = new SyslogInput(settings);
        input.start(sink);
    }

    /** A TLS client that checks the server certificate against the name localhost. */
    private SSLSocket connect(SSLContext context) throws IOException {
        Socket plain = new Socket(InetAddress.getLoopbackAddress(), input.port());
        clients.add(plain);
        SSLSocket tls = (SSLSocket) context.getSocketFactory().createSocket(plain, "localhost", input.port(), true);
        clients.add(tls);
        SSLParameters params = tls.getSSLParameters();
        params.setEndpointIdentificationAlgorithm("HTTPS");
        tls.setSSLParameters(params);
        tls.setSoTimeout((int) WAIT.toMillis());
        return tls;
    }

    private static String bsd(String text) {
        return "<13>Nov 21 10:00:00 his-web-01 app: " + text;
    }

    @Test
    void receivesLfAndOctetCountedMessagesOverTls() throws Exception {
        start(settings());
        SSLSocket c = connect(TestKeys.clientContext(serverKeys, null));
        c.startHandshake();
        assertThat(c.getSession().getProtocol()).isIn("TLSv1.3", "TLSv1.2");
        String octet = bsd("octet counted");
        OutputStream out = c.getOutputStream();
        out.write((bsd("lf framed") + "\n" + octet.length() + " " + octet + "hello world\n").getBytes(UTF_8));
        out.flush();
        await().atMost(WAIT).until(() -> sink.size() >= 3);

        assertThat(sink.size()).isEqualTo(3);
        assertThat(sink.lines()).containsExactly(bsd("lf framed"), octet, "hello world");
        String source = "tls://127.0.0.1:" + c.getLocalPort();
        assertThat(sink.envelopes()).extracting(Envelope::source).containsOnly(source);
        assertThat(sink.envelopes()).extracting(Envelope::host).containsExactly("his-web-01", "his-web-01",
                "127.0.0.1");
        assertThat(sink.envelopes().get(2).flags()).containsExactly(Flag.UNPARSED_SYSLOG);
        assertThat(input.counters().read()).isEqualTo(3);
        assertThat(input.counters().errors()).isZero();
    }

    @Test
    void aPlainTcpClientIsRejectedAndCounted() throws IOException {
        start(settings());
        Socket plain = new Socket(InetAddress.getLoopbackAddress(), input.port());
        clients.add(plain);
        plain.getOutputStream().write((bsd("not encrypted") + "\n").getBytes(UTF_8));
        plain.setSoTimeout((int) WAIT.toMillis());
        assertThat(SyslogTcpInputTest.readToEnd(plain)).isTrue();
        await().atMost(WAIT).until(() -> input.counters().errors() == 1);
        assertThat(sink.size()).isZero();
    }

    @Test
    void withATruststoreClientsMustPresentATrustedCertificate() throws Exception {
        Path truststore = TestKeys.truststoreOf(clientKeys, dir.resolve("clients.p12"));
        start(settings().withClientAuth(truststore, TestKeys.PASSWORD));

        SSLSocket anonymous = connect(TestKeys.clientContext(serverKeys, null));
        assertThatThrownBy(() -> {
            anonymous.startHandshake();
            anonymous.getOutputStream().write((bsd("no certificate") + "\n").getBytes(UTF_8));
            anonymous.getOutputStream().flush();
            InputStream in = anonymous.getInputStream();
            in.read(); // TLS 1.3: the server's refusal arrives after the client's handshake ends
        }).isInstanceOf(IOException.class);
        await().atMost(WAIT).until(() -> input.counters().errors() == 1);

        SSLSocket trusted = connect(TestKeys.clientContext(serverKeys, clientKeys));
        trusted.getOutputStream().write((bsd("with certificate") + "\n").getBytes(UTF_8));
        trusted.getOutputStream().flush();
        await().atMost(WAIT).until(() -> sink.size() >= 1);
        assertThat(sink.lines()).containsExactly(bsd("with certificate"));
    }

    @Test
    void aWrongKeystorePasswordFailsStartWithTheKeystoreNamed() {
        SyslogInput wrong = new SyslogInput(SyslogSettings.tls("syslog-tls", "u", "a", "127.0.0.1", 0, serverKeys,
                "not-the-password"));
        assertThatThrownBy(() -> wrong.start(sink)).isInstanceOf(IOException.class)
                .hasMessageContaining(serverKeys.toString()).hasMessageContaining("wrong password");
        wrong.close();
    }

    @Test
    void closeFreesThePortWithATlsConnectionOpen() throws Exception {
        start(settings());
        int port = input.port();
        SSLSocket c = connect(TestKeys.clientContext(serverKeys, null));
        c.getOutputStream().write((bsd("before close") + "\n").getBytes(UTF_8));
        c.getOutputStream().flush();
        await().atMost(WAIT).until(() -> sink.size() >= 1);
        input.close();
        try (ServerSocket again = new ServerSocket()) {
            again.setReuseAddress(true);
            again.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
        }
        assertThat(sink.size()).isEqualTo(1);
    }
}
