package vn.gov.moh.soc.agent.syslog;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.util.function.Consumer;
import javax.net.ssl.SSLException;
import javax.net.ssl.SSLSocket;
import vn.gov.moh.soc.agent.pipeline.InputCounters;

/**
 * One sender's TCP or TLS connection, read on a thread of its own: the TLS handshake (bounded by
 * a timeout, so that a silent client cannot hold a connection slot before it), then frames by
 * {@link FrameReader} handed one by one to the {@link MessageHandler}. While the sink blocks the
 * socket is not read, so the sender is slowed by TCP flow control.
 *
 * <p>A connection error (reset, TLS failure, a sink failure) ends this connection only, is logged
 * and counted as an input error; a bad octet count is counted once and the rest of the connection
 * is read LF-framed.
 */
final class TcpConnection {
    private static final System.Logger LOG = System.getLogger(TcpConnection.class.getName());
    static final int HANDSHAKE_TIMEOUT_MILLIS = 30_000;

    private final Socket socket;
    private final SyslogSettings settings;
    private final MessageHandler handler;
    private final InputCounters counters;
    private final Consumer<TcpConnection> onEnd;
    private final MessageHandler.Peer peer;
    private final Thread thread;

    TcpConnection(Socket socket, SyslogSettings settings, MessageHandler handler, InputCounters counters,
            Consumer<TcpConnection> onEnd) {
        this.socket = socket;
        this.settings = settings;
        this.handler = handler;
        this.counters = counters;
        this.onEnd = onEnd;
        this.peer = MessageHandler.Peer.of(settings.transport(), (InetSocketAddress) socket.getRemoteSocketAddress());
        this.thread = new Thread(this::run, "syslog-" + settings.name() + "-" + peer.source());
        this.thread.setDaemon(true);
    }

    void start() {
        thread.start();
    }

    private void run() {
        LOG.log(System.Logger.Level.DEBUG, "syslog input {0}: connection from {1}", settings.name(), peer.source());
        boolean handshaken = false;
        try (Socket s = socket) {
            s.setKeepAlive(true);
            if (s instanceof SSLSocket tls) {
                s.setSoTimeout(HANDSHAKE_TIMEOUT_MILLIS);
                tls.startHandshake();
            }
            handshaken = true;
            s.setSoTimeout((int) settings.idleTimeout().toMillis());
            read(new FrameReader(s.getInputStream(), settings.maxMessageBytes()));
        } catch (SocketTimeoutException e) {
            if (handshaken) {
                LOG.log(System.Logger.Level.INFO, "syslog input {0}: closing the connection from {1}: silent for {2}",
                        settings.name(), peer.source(), settings.idleTimeout());
            } else {
                fail("TLS with " + peer.source() + " failed: no handshake within " + HANDSHAKE_TIMEOUT_MILLIS + " ms",
                        null);
            }
        } catch (SSLException e) {
            fail("TLS with " + peer.source() + " failed: " + e.getMessage(), null);
        } catch (IOException e) {
            fail("the connection from " + peer.source() + " failed: " + e, null);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt(); // the input is closing
        } catch (RuntimeException e) {
            // The sink failed (spool disk full, for instance): close, so that the sender keeps the
            // messages queued and sends them again when it reconnects.
            fail("closing the connection from " + peer.source() + ": " + e.getMessage(), e);
        } finally {
            onEnd.accept(this);
            LOG.log(System.Logger.Level.DEBUG, "syslog input {0}: connection from {1} closed", settings.name(),
                    peer.source());
        }
    }

    private void read(FrameReader reader) throws IOException, InterruptedException {
        boolean reportedBadCount = false;
        while (reader.next()) {
            if (reader.abandonedOctetCounting() && !reportedBadCount) {
                reportedBadCount = true;
                counters.error();
                LOG.log(System.Logger.Level.WARNING, "syslog input {0}: {1} sent a bad octet count (RFC 6587): reading"
                        + " the rest of the connection as LF-terminated messages", settings.name(), peer.source());
            }
            if (reader.incomplete()) {
                LOG.log(System.Logger.Level.WARNING, "syslog input {0}: {1} closed the connection inside a message:"
                        + " shipping the {2} bytes received", settings.name(), peer.source(), reader.originalBytes());
            }
            if (!handler.handle(reader.message(), reader.length(), reader.originalBytes(), peer)) {
                return;
            }
        }
    }

    /** Counts and logs a failure, unless the input is closing (then sockets fail on purpose). */
    private void fail(String message, Throwable error) {
        if (handler.stopped()) {
            return;
        }
        counters.error();
        String text = "syslog input " + settings.name() + ": " + message;
        if (error == null) {
            LOG.log(System.Logger.Level.WARNING, text);
        } else {
            LOG.log(System.Logger.Level.WARNING, text, error);
        }
    }

    /** Closes the socket and interrupts the thread (to free it from a blocked sink). */
    void close() {
        try {
            socket.close();
        } catch (IOException e) {
            LOG.log(System.Logger.Level.DEBUG, "syslog input {0}: closing {1}: {2}", settings.name(), peer.source(),
                    e.toString());
        }
        thread.interrupt();
    }

    boolean join(long deadlineNanos) {
        return Receiver.join(thread, deadlineNanos);
    }
}
