package vn.gov.moh.soc.agent.syslog;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.net.StandardSocketOptions;
import java.nio.ByteBuffer;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.DatagramChannel;
import java.time.Duration;
import vn.gov.moh.soc.agent.pipeline.InputCounters;

/**
 * Syslog over UDP (RFC 5426): one thread receives datagrams, each one message, into one reused
 * buffer that holds the largest datagram, and hands it to the {@link MessageHandler}.
 *
 * <p>While the sink blocks (the spool is full) nothing is received and the datagrams that do not
 * fit in the socket's receive buffer are dropped by the kernel: UDP has no back-pressure, which is
 * its nature. The receiver asks for a large receive buffer to ride out bursts; senders that must not
 * lose messages should use TCP or TLS.
 */
final class UdpReceiver implements Receiver {
    private static final System.Logger LOG = System.getLogger(UdpReceiver.class.getName());
    /** The largest UDP payload over IPv4 or IPv6 (without jumbograms) fits. */
    static final int MAX_DATAGRAM_BYTES = 65_536;
    /** Asked for; Linux caps it at net.core.rmem_max. */
    static final int RECEIVE_BUFFER_BYTES = 4 * 1024 * 1024;
    private static final long ERROR_PAUSE_MILLIS = 100;
    private static final Duration LOG_INTERVAL = Duration.ofSeconds(10);

    private final SyslogSettings settings;
    private final DatagramChannel channel;
    private final MessageHandler handler;
    private final InputCounters counters;
    private final int port;
    private final Thread thread;
    private final ThrottledLog errorLog = new ThrottledLog(LOG, LOG_INTERVAL);

    private UdpReceiver(SyslogSettings settings, DatagramChannel channel, MessageHandler handler,
            InputCounters counters) throws IOException {
        this.settings = settings;
        this.channel = channel;
        this.handler = handler;
        this.counters = counters;
        this.port = ((InetSocketAddress) channel.getLocalAddress()).getPort();
        this.thread = new Thread(this::run, "syslog-" + settings.name() + "-udp");
        this.thread.setDaemon(true);
    }

    /** Binds the socket and starts the receiving thread. */
    static UdpReceiver start(SyslogSettings settings, MessageHandler handler, InputCounters counters)
            throws IOException {
        DatagramChannel channel = DatagramChannel.open();
        UdpReceiver receiver;
        try {
            try {
                channel.setOption(StandardSocketOptions.SO_RCVBUF, RECEIVE_BUFFER_BYTES);
            } catch (IOException | UnsupportedOperationException e) {
                LOG.log(System.Logger.Level.DEBUG, "syslog input {0}: receive buffer not enlarged: {1}",
                        settings.name(), e.toString());
            }
            channel.bind(new InetSocketAddress(InetAddress.getByName(settings.bindAddress()), settings.port()));
            receiver = new UdpReceiver(settings, channel, handler, counters);
        } catch (IOException e) {
            channel.close();
            throw new IOException("syslog input " + settings.name() + " cannot listen on " + settings.listenUri()
                    + ": " + e.getMessage(), e);
        }
        receiver.thread.start();
        return receiver;
    }

    @Override
    public int port() {
        return port;
    }

    private void run() {
        ByteBuffer buffer = ByteBuffer.allocate(MAX_DATAGRAM_BYTES);
        SocketAddress lastSender = null;
        MessageHandler.Peer peer = null;
        try {
            while (!handler.stopped()) {
                buffer.clear();
                SocketAddress sender;
                try {
                    sender = channel.receive(buffer);
                } catch (ClosedChannelException e) {
                    break; // closed by close(), or by the interrupt that close() sends
                } catch (IOException e) {
                    fail("receiving a datagram failed: " + e, null);
                    continue;
                }
                if (!sender.equals(lastSender)) {
                    lastSender = sender;
                    peer = MessageHandler.Peer.of(SyslogTransport.UDP, (InetSocketAddress) sender);
                }
                try {
                    handler.handle(buffer.array(), buffer.position(), buffer.position(), peer);
                } catch (RuntimeException e) {
                    // The sink failed (spool disk full, for instance): the datagram is lost, the input lives on.
                    fail("a datagram from " + peer.source() + " was dropped: " + e.getMessage(), e);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt(); // close() stops the thread while the sink blocks
        }
    }

    /** Counts and logs a failure, then pauses so that a persistent one does not spin. */
    private void fail(String message, Throwable error) throws InterruptedException {
        counters.error();
        errorLog.log(System.Logger.Level.WARNING, "syslog input " + settings.name() + ": " + message, error);
        Thread.sleep(ERROR_PAUSE_MILLIS);
    }

    @Override
    public boolean close(long deadlineNanos) {
        try {
            channel.close();
        } catch (IOException e) {
            LOG.log(System.Logger.Level.DEBUG, "syslog input {0}: closing the socket: {1}", settings.name(),
                    e.toString());
        }
        thread.interrupt();
        return Receiver.join(thread, deadlineNanos);
    }
}
