package vn.gov.moh.soc.agent.syslog;

import java.io.IOException;
import java.time.Clock;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import vn.gov.moh.soc.agent.line.LineDecoding;
import vn.gov.moh.soc.agent.pipeline.Input;
import vn.gov.moh.soc.agent.pipeline.InputCounters;
import vn.gov.moh.soc.agent.pipeline.Sink;
import vn.gov.moh.soc.core.parse.SyslogParser;

/**
 * A syslog server: receives messages over UDP, TCP or TLS as its {@link SyslogSettings} say and
 * hands each to the sink as an envelope of format {@code syslog}:
 * <ul>
 * <li>host: the message's HOSTNAME when it parses as RFC 3164 or RFC 5424, else the sender's IP
 *     address, and then the envelope is flagged {@code UNPARSED_SYSLOG};
 * <li>source: the sender as {@code udp://ip:port}, {@code tcp://ip:port} or {@code tls://ip:port};
 * <li>offset: {@code <start>.<n>}, the input's start time in epoch milliseconds and a sequence
 *     number, unique across restarts;
 * <li>line: the message without its framing, decoded by {@link LineDecoding} (cut at
 *     {@code maxMessageBytes} and flagged {@code TRUNCATED}, {@code INVALID_UTF8}, {@code BINARY}).
 * </ul>
 *
 * <p>Back-pressure: when the sink blocks, TCP and TLS connections stop being read and their
 * senders are slowed by TCP flow control; UDP datagrams beyond the socket's receive buffer are
 * dropped by the kernel, since UDP has no way to slow a sender. Messages a sender had written
 * that were not yet handed to the sink when the input closes are lost, as with any syslog server.
 */
public final class SyslogInput implements Input {
    private static final System.Logger LOG = System.getLogger(SyslogInput.class.getName());
    /** How long {@link #close()} waits for the input's threads. */
    static final long CLOSE_WAIT_MILLIS = 5_000;
    /** The last start time given out in this JVM: two starts never share an offset prefix. */
    private static final AtomicLong LAST_START = new AtomicLong();

    private final SyslogSettings settings;
    private final SyslogHeaders headers;
    private final Clock clock;
    private final InputCounters counters = new InputCounters();
    private MessageHandler handler;
    private volatile Receiver receiver;
    private boolean closed;

    public SyslogInput(SyslogSettings settings) {
        this(settings, new SyslogParser(), Clock.systemUTC());
    }

    /**
     * @param parser reads message headers; its zone and clock matter only for RFC 3164 times,
     *     which this input does not use
     * @param clock gives the envelopes' receive time and the input's start time
     */
    public SyslogInput(SyslogSettings settings, SyslogParser parser, Clock clock) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.headers = new SyslogHeaders(Objects.requireNonNull(parser, "parser"));
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public String name() {
        return settings.name();
    }

    public SyslogSettings settings() {
        return settings;
    }

    @Override
    public InputCounters counters() {
        return counters;
    }

    /**
     * Binds the socket and starts receiving.
     *
     * @throws IOException naming the address when it cannot be bound, or the keystore when TLS
     *     cannot be set up
     * @throws IllegalStateException when started twice or after {@link #close()}
     */
    @Override
    public synchronized void start(Sink sink) throws IOException {
        Objects.requireNonNull(sink, "sink");
        if (closed) {
            throw new IllegalStateException("syslog input " + settings.name() + " is closed");
        }
        if (receiver != null) {
            throw new IllegalStateException("syslog input " + settings.name() + " is already started");
        }
        long startMillis = LAST_START.updateAndGet(last -> Math.max(last + 1, clock.millis()));
        handler = new MessageHandler(settings, headers, sink, counters, clock, startMillis);
        receiver = settings.transport() == SyslogTransport.UDP
                ? UdpReceiver.start(settings, handler, counters)
                : TcpReceiver.start(settings, handler, counters);
        LOG.log(System.Logger.Level.INFO, "syslog input {0}: listening on {1}", settings.name(),
                settings.listenUri(receiver.port()));
    }

    /**
     * The local port the input listens on: the configured one, or the one the system chose for
     * port 0.
     *
     * @throws IllegalStateException before {@link #start}
     */
    public int port() {
        Receiver r = receiver;
        if (r == null) {
            throw new IllegalStateException("syslog input " + settings.name() + " is not started");
        }
        return r.port();
    }

    /**
     * Stops handing messages to the sink, closes the sockets and waits a few seconds for the
     * threads. Idempotent.
     */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        if (receiver == null) {
            return;
        }
        handler.stop();
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(CLOSE_WAIT_MILLIS);
        if (receiver.close(deadline)) {
            LOG.log(System.Logger.Level.INFO, "syslog input {0}: closed", settings.name());
        } else {
            LOG.log(System.Logger.Level.WARNING, "syslog input {0}: closed, but some of its threads did not end within {1} ms",
                    settings.name(), Long.toString(CLOSE_WAIT_MILLIS));
        }
    }
}
