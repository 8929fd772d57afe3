package vn.gov.moh.soc.agent.syslog;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Clock;
import java.util.EnumSet;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import vn.gov.moh.soc.agent.line.LineDecoding;
import vn.gov.moh.soc.agent.pipeline.InputCounters;
import vn.gov.moh.soc.agent.pipeline.Sink;
import vn.gov.moh.soc.core.envelope.Envelope;
import vn.gov.moh.soc.core.envelope.Flag;

/**
 * Turns one received message (its bytes and its sender) into an {@link Envelope}, hands it to the
 * sink and counts it. Shared by all the threads of one input; thread-safe.
 *
 * <p>The envelope offset is {@code <start>.<sequence>}: the input's start time in epoch
 * milliseconds and a per-input counter, so that ids stay unique across restarts of the agent.
 */
final class MessageHandler {
    static final String FORMAT = "syslog";

    /**
     * A sender, as written into envelopes.
     *
     * @param ip the sender's IP address literal (the envelope host when HOSTNAME is missing)
     * @param source {@code udp://ip:port}, {@code tcp://ip:port} or {@code tls://ip:port}
     */
    record Peer(String ip, String source) {
        static Peer of(SyslogTransport transport, InetSocketAddress address) {
            InetAddress a = address.getAddress();
            String ip = a == null ? address.getHostString() : a.getHostAddress();
            String host = a instanceof Inet6Address ? "[" + ip + "]" : ip;
            return new Peer(ip, transport.scheme() + "://" + host + ":" + address.getPort());
        }
    }

    private final SyslogSettings settings;
    private final SyslogHeaders headers;
    private final Sink sink;
    private final InputCounters counters;
    private final Clock clock;
    private final String offsetPrefix;
    private final AtomicLong sequence = new AtomicLong();
    private volatile boolean stopped;

    MessageHandler(SyslogSettings settings, SyslogHeaders headers, Sink sink, InputCounters counters, Clock clock,
            long startMillis) {
        this.settings = settings;
        this.headers = headers;
        this.sink = sink;
        this.counters = counters;
        this.clock = clock;
        this.offsetPrefix = startMillis + ".";
    }

    /**
     * Ships one message: {@code buf[0, len)} are its first bytes, {@code originalBytes} its full
     * size (more than {@code len} when the reader kept only the start). Empty messages (a blank
     * line, a stray terminator) are dropped. Blocks while the sink is full.
     *
     * @return false when the input is stopping and the message was not shipped
     */
    boolean handle(byte[] buf, int len, long originalBytes, Peer peer) throws InterruptedException {
        if (stopped) {
            return false;
        }
        LineDecoding.Decoded line = LineDecoding.decode(buf, 0, len, settings.maxMessageBytes(), originalBytes);
        if (line.text().isEmpty() && !line.has(Flag.TRUNCATED)) {
            return true;
        }
        EnumSet<Flag> flags = EnumSet.noneOf(Flag.class);
        flags.addAll(line.flags());
        Optional<SyslogHeaders.Header> header = headers.read(line.text());
        String host = header.map(SyslogHeaders.Header::host).orElse(null);
        if (header.isEmpty()) {
            flags.add(Flag.UNPARSED_SYSLOG);
        }
        Envelope envelope = new Envelope(settings.agentId(), settings.unit(), host != null ? host : peer.ip(),
                settings.name(), FORMAT, peer.source(), offsetPrefix + sequence.getAndIncrement(), clock.instant(),
                line.text(), line.originalBytes(), flags);
        sink.accept(envelope);
        counters.accepted(envelope);
        return true;
    }

    /** Ships nothing more: called first on close. */
    void stop() {
        stopped = true;
    }

    boolean stopped() {
        return stopped;
    }
}
