package vn.gov.moh.soc.agent.syslog;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.gov.moh.soc.agent.pipeline.Sink;
import vn.gov.moh.soc.core.envelope.Envelope;
import vn.gov.moh.soc.core.envelope.Flag;

class SyslogTcpInputTest {
    private static final Duration WAIT = Duration.ofSeconds(15);
    private static final int MIB = 1024 * 1024;

    private final CollectingSink sink = new CollectingSink();
    private final List<Socket> clients = new ArrayList<>();
    private SyslogInput input;

    private SyslogInput start(SyslogSettings settings, Sink to) throws IOException {
        input = new SyslogInput(settings);
        input.start(to);
        return input;
    }

    private SyslogInput start() throws IOException {
        return start(settings(), sink);
    }

    private static SyslogSettings settings() {
        return SyslogSettings.of("syslog-tcp", "so-y-te-ha-noi", "agent-3", SyslogTransport.TCP, "127.0.0.1", 0);
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

    private Socket connect() throws IOException {
        Socket s = new Socket(InetAddress.getLoopbackAddress(), input.port());
        clients.add(s);
        return s;
    }

    private static void write(Socket s, String text) throws IOException {
        write(s, text.getBytes(UTF_8));
    }

    private static void write(Socket s, byte[] bytes) throws IOException {
        s.getOutputStream().write(bytes);
        s.getOutputStream().flush();
    }

    private static String octet(String message) {
        return message.getBytes(UTF_8).length + " " + message;
    }

    private static String bsd(String text) {
        return "<13>Nov 21 10:00:00 his-web-01 app: " + text;
    }

    private void awaitCount(int n) {
        await().atMost(WAIT).until(() -> sink.size() >= n);
        assertThat(sink.size()).as("envelopes received").isEqualTo(n);
    }

    private List<String> linesFrom(Socket client) {
        String source = "tcp://127.0.0.1:" + client.getLocalPort();
        return sink.envelopes().stream().filter(e -> source.equals(e.source())).map(Envelope::line).toList();
    }

    @Test
    void lfFramingWithSeveralMessagesInOneWriteAndOneSplitAcrossWrites() throws IOException {
        start();
        Socket c = connect();
        write(c, bsd("one") + "\n" + bsd("two") + "\r\n" + bsd("three") + "\0" + bsd("fo"));
        awaitCount(3);
        write(c, "ur\n" + bsd("five") + "\n");
        awaitCount(5);

        assertThat(sink.lines()).containsExactly(bsd("one"), bsd("two"), bsd("three"), bsd("four"), bsd("five"));
        List<Envelope> got = sink.envelopes();
        for (Envelope e : got) {
            assertThat(e.host()).isEqualTo("his-web-01");
            assertThat(e.source()).isEqualTo("tcp://127.0.0.1:" + c.getLocalPort());
            assertThat(e.input()).isEqualTo("syslog-tcp");
            assertThat(e.unit()).isEqualTo("so-y-te-ha-noi");
            assertThat(e.agentId()).isEqualTo("agent-3");
            assertThat(e.format()).isEqualTo("syslog");
            assertThat(e.flags()).isEmpty();
            assertThat(e.originalBytes()).isEqualTo(e.line().length());
        }
        // One sequence per input: offsets share the start prefix and count up.
        String prefix = got.get(0).offset().substring(0, got.get(0).offset().indexOf('.') + 1);
        assertThat(got).extracting(Envelope::offset).containsExactly(prefix + 0, prefix + 1, prefix + 2, prefix + 3,
                prefix + 4);
        assertThat(input.counters().read()).isEqualTo(5);
        assertThat(input.counters().errors()).isZero();
    }

    @Test
    void octetCountingKeepsLineBreaksAndSurvivesSplitWrites() throws IOException {
        start();
        Socket c = connect();
        String multiLine = "<11>1 2026-11-21T10:00:00Z his-app-02 java 1 - - Exception\n\tat vn.gov.A.b(A.java:1)\n";
        String vietnamese = bsd("Người dùng đăng nhập thất bại");
        String third = octet(bsd("third"));
        write(c, octet(multiLine) + octet(vietnamese) + third.substring(0, 1)); // split inside the length
        awaitCount(2);
        write(c, third.substring(1, 10));
        write(c, third.substring(10));
        awaitCount(3);

        assertThat(sink.lines()).containsExactly(multiLine.substring(0, multiLine.length() - 1), vietnamese,
                bsd("third"));
        assertThat(sink.envelopes()).extracting(Envelope::host).containsExactly("his-app-02", "his-web-01",
                "his-web-01");
        assertThat(sink.envelopes()).allSatisfy(e -> assertThat(e.flags()).isEmpty());
        assertThat(sink.envelopes().get(1).originalBytes()).isEqualTo(vietnamese.getBytes(UTF_8).length);
    }

    @Test
    void mixedFramingOnTwoConnectionsAndWithinOne() throws IOException {
        start();
        Socket octets = connect();
        Socket lines = connect();
        String m = bsd("a-1");
        write(octets, octet(m).substring(0, 5));
        write(lines, bsd("b-1") + "\n" + bsd("b-"));
        write(octets, octet(m).substring(5) + octet(bsd("a-2")));
        write(lines, "2\n");
        write(octets, bsd("a-3 lf framed") + "\n" + octet(bsd("a-4")));
        awaitCount(6);

        assertThat(linesFrom(octets)).containsExactly(bsd("a-1"), bsd("a-2"), bsd("a-3 lf framed"), bsd("a-4"));
        assertThat(linesFrom(lines)).containsExactly(bsd("b-1"), bsd("b-2"));
        assertThat(input.counters().errors()).isZero();
    }

    @ParameterizedTest(name = "octet counting: {0}")
    @ValueSource(booleans = {false, true})
    void aFiveMebibyteFrameIsCutAndTheNextMessageArrivesIntact(boolean octetCounting) throws IOException {
        start();
        Socket c = connect();
        String header = bsd("");
        byte[] big = new byte[5 * MIB];
        Arrays.fill(big, (byte) 'a');
        System.arraycopy(header.getBytes(UTF_8), 0, big, 0, header.length());
        ByteArrayOutputStream out = new ByteArrayOutputStream(big.length + 100);
        if (octetCounting) {
            out.writeBytes((big.length + " ").getBytes(UTF_8));
            out.writeBytes(big);
            out.writeBytes(octet(bsd("after the big one")).getBytes(UTF_8));
        } else {
            out.writeBytes(big);
            out.writeBytes(("\n" + bsd("after the big one") + "\n").getBytes(UTF_8));
        }
        write(c, out.toByteArray());
        awaitCount(2);

        Envelope cut = sink.envelopes().get(0);
        assertThat(cut.line()).hasSize(MIB).isEqualTo(new String(big, 0, MIB, UTF_8));
        assertThat(cut.originalBytes()).isEqualTo(5L * MIB);
        assertThat(cut.flags()).containsExactly(Flag.TRUNCATED);
        assertThat(cut.host()).isEqualTo("his-web-01");
        Envelope next = sink.envelopes().get(1);
        assertThat(next.line()).isEqualTo(bsd("after the big one"));
        assertThat(next.flags()).isEmpty();
        assertThat(input.counters().bytes()).isEqualTo(5L * MIB + next.originalBytes());
    }

    @Test
    void invalidUtf8AndBinaryMessagesAreFlagged() throws IOException {
        start();
        Socket c = connect();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(bsd("caf").getBytes(UTF_8));
        out.writeBytes(new byte[] {(byte) 0xC3, '(', '\n'});
        byte[] binary = (bsd("nul") + "\0inside\u0007bell").getBytes(UTF_8);
        out.writeBytes((binary.length + " ").getBytes(UTF_8)); // NUL would end an LF frame: octet counting keeps it
        out.writeBytes(binary);
        out.writeBytes((bsd("tab\tis text") + "\n").getBytes(UTF_8));
        write(c, out.toByteArray());
        awaitCount(3);

        List<Envelope> got = sink.envelopes();
        assertThat(got.get(0).line()).isEqualTo(bsd("caf\uFFFD("));
        assertThat(got.get(0).flags()).containsExactly(Flag.INVALID_UTF8);
        assertThat(got.get(0).originalBytes()).isEqualTo(bsd("caf").length() + 2);
        assertThat(got.get(1).line()).isEqualTo(bsd("nul") + "\0inside\u0007bell");
        assertThat(got.get(1).flags()).containsExactly(Flag.BINARY);
        assertThat(got.get(2).line()).isEqualTo(bsd("tab\tis text"));
        assertThat(got.get(2).flags()).isEmpty();
        assertThat(input.counters().flagged()).isEqualTo(2);
    }

    @Test
    void anUnparseableMessageGetsTheSendersAddressAsHost() throws IOException {
        start();
        Socket c = connect();
        write(c, "hello world\n<13>1 2026-11-21T10:00:00Z - app - - - nil host\n");
        awaitCount(2);

        Envelope hello = sink.envelopes().get(0);
        assertThat(hello.line()).isEqualTo("hello world");
        assertThat(hello.host()).isEqualTo("127.0.0.1");
        assertThat(hello.flags()).containsExactly(Flag.UNPARSED_SYSLOG);
        Envelope nilHost = sink.envelopes().get(1);
        assertThat(nilHost.host()).isEqualTo("127.0.0.1");
        assertThat(nilHost.flags()).isEmpty();
    }

    @Test
    void aBadOctetCountDoesNotStopTheServer() throws IOException {
        start();
        Socket bad = connect();
        write(bad, "12ab " + bsd("x") + "\n" + bsd("next") + "\n" + octet(bsd("now lf framed")) + "\n");
        awaitCount(3);
        assertThat(linesFrom(bad)).containsExactly("12ab " + bsd("x"), bsd("next"), octet(bsd("now lf framed")));
        assertThat(sink.envelopes().get(0).flags()).containsExactly(Flag.UNPARSED_SYSLOG);
        assertThat(input.counters().errors()).isEqualTo(1);

        Socket good = connect();
        write(good, octet(bsd("still octet counted here")));
        write(bad, bsd("bad connection still read") + "\n");
        awaitCount(5);
        assertThat(linesFrom(good)).containsExactly(bsd("still octet counted here"));
        assertThat(linesFrom(bad)).endsWith(bsd("bad connection still read"));
        assertThat(input.counters().errors()).isEqualTo(1);
    }

    @Test
    void connectionsBeyondTheMaximumAreRefused() throws IOException {
        start(settings().withMaxConnections(1), sink);
        Socket first = connect();
        write(first, bsd("first") + "\n");
        awaitCount(1);
        Socket second = connect();
        second.setSoTimeout((int) WAIT.toMillis());
        assertThat(readToEnd(second)).as("the refused connection is closed").isTrue();
        await().atMost(WAIT).until(() -> input.counters().errors() == 1);
        write(first, bsd("first again") + "\n");
        awaitCount(2);
        assertThat(sink.lines()).containsExactly(bsd("first"), bsd("first again"));
    }

    @Test
    void anIdleConnectionIsClosedAfterTheTimeout() throws IOException {
        start(settings().withIdleTimeout(Duration.ofMillis(300)), sink);
        Socket c = connect();
        write(c, bsd("then silence") + "\n");
        awaitCount(1);
        c.setSoTimeout((int) WAIT.toMillis());
        assertThat(readToEnd(c)).isTrue();
        assertThat(input.counters().errors()).isZero();
    }

    @Test
    void closeFreesThePortAndEndsTheConnections() throws IOException {
        start();
        int port = input.port();
        Socket c = connect();
        write(c, bsd("before close") + "\n");
        awaitCount(1);
        input.close();

        c.setSoTimeout((int) WAIT.toMillis());
        assertThat(readToEnd(c)).isTrue();
        try (ServerSocket again = new ServerSocket()) {
            again.setReuseAddress(true);
            again.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
            assertThat(again.getLocalPort()).isEqualTo(port);
        }
        assertThat(sink.size()).isEqualTo(1);
        assertThat(input.counters().errors()).isZero();
    }

    /** A sink that holds each envelope until the test lets it through. */
    static final class GateSink implements Sink {
        final Semaphore gate = new Semaphore(0);
        final AtomicInteger waiting = new AtomicInteger();
        final AtomicInteger interrupted = new AtomicInteger();
        final List<Envelope> accepted = new CopyOnWriteArrayList<>();

        @Override
        public void accept(Envelope e) throws InterruptedException {
            waiting.incrementAndGet();
            try {
                gate.acquire();
            } catch (InterruptedException ex) {
                interrupted.incrementAndGet();
                throw ex;
            } finally {
                waiting.decrementAndGet();
            }
            accepted.add(e);
        }
    }

    @Test
    void aBlockingSinkHoldsTheConnectionAndCloseReleasesIt() throws IOException {
        GateSink gate = new GateSink();
        start(settings(), gate);
        Socket c = connect();
        write(c, bsd("1") + "\n" + bsd("2") + "\n" + bsd("3") + "\n");
        await().atMost(WAIT).during(Duration.ofMillis(300)).until(() -> gate.waiting.get() == 1
                && gate.accepted.isEmpty());
        assertThat(input.counters().read()).isZero();

        gate.gate.release(3);
        await().atMost(WAIT).until(() -> gate.accepted.size() == 3);
        assertThat(gate.accepted).extracting(Envelope::line).containsExactly(bsd("1"), bsd("2"), bsd("3"));
        assertThat(input.counters().read()).isEqualTo(3);

        write(c, bsd("4") + "\n");
        await().atMost(WAIT).until(() -> gate.waiting.get() == 1);
        long start = System.nanoTime();
        input.close();
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofMillis(SyslogInput.CLOSE_WAIT_MILLIS));
        assertThat(gate.interrupted.get()).isEqualTo(1);
        assertThat(gate.accepted).hasSize(3);
        assertThat(input.counters().read()).isEqualTo(3);
        assertThat(input.counters().errors()).isZero();
    }

    /** Reads until the server closes the connection; true if it did. */
    static boolean readToEnd(Socket s) throws IOException {
        InputStream in = s.getInputStream();
        try {
            while (in.read() >= 0) {
                // the server sends nothing; just wait for the end
            }
            return true;
        } catch (SocketException e) {
            return true; // reset by the server: closed as well
        }
    }
}
