package vn.gov.moh.soc.agent.syslog;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import vn.gov.moh.soc.agent.pipeline.InputCounters;

/**
 * Syslog over TCP or TLS: one thread accepts connections and starts a {@link TcpConnection}
 * thread for each, up to the configured maximum; connections beyond it are closed at once and
 * logged. Blocking I/O with a thread per sender fits syslog's few long-lived connections and lets
 * a full sink stop the reading of each socket, which is TCP's back-pressure.
 */
final class TcpReceiver implements Receiver {
    private static final System.Logger LOG = System.getLogger(TcpReceiver.class.getName());
    private static final int BACKLOG = 128;
    private static final long ACCEPT_ERROR_PAUSE_MILLIS = 100;
    private static final Duration LOG_INTERVAL = Duration.ofSeconds(10);

    private final SyslogSettings settings;
    private final ServerSocket server;
    private final MessageHandler handler;
    private final InputCounters counters;
    private final int port;
    private final Thread acceptor;
    private final Set<TcpConnection> connections = ConcurrentHashMap.newKeySet();
    private final ThrottledLog refusedLog = new ThrottledLog(LOG, LOG_INTERVAL);
    private final ThrottledLog acceptErrorLog = new ThrottledLog(LOG, LOG_INTERVAL);
    private volatile boolean closed;

    private TcpReceiver(SyslogSettings settings, ServerSocket server, MessageHandler handler, InputCounters counters) {
        this.settings = settings;
        this.server = server;
        this.handler = handler;
        this.counters = counters;
        this.port = server.getLocalPort();
        this.acceptor = new Thread(this::acceptLoop, "syslog-" + settings.name() + "-" + settings.transport().scheme()
                + "-accept");
        this.acceptor.setDaemon(true);
    }

    /** Binds the listening socket (TLS when the settings say so) and starts accepting. */
    static TcpReceiver start(SyslogSettings settings, MessageHandler handler, InputCounters counters)
            throws IOException {
        ServerSocket server = settings.transport() == SyslogTransport.TLS
                ? TlsServerSockets.create(settings) : new ServerSocket();
        try {
            server.setReuseAddress(true);
            server.bind(new InetSocketAddress(InetAddress.getByName(settings.bindAddress()), settings.port()), BACKLOG);
        } catch (IOException e) {
            server.close();
            throw new IOException("syslog input " + settings.name() + " cannot listen on " + settings.listenUri()
                    + ": " + e.getMessage(), e);
        }
        TcpReceiver receiver = new TcpReceiver(settings, server, handler, counters);
        receiver.acceptor.start();
        return receiver;
    }

    @Override
    public int port() {
        return port;
    }

    /** The connections open now. */
    int connectionCount() {
        return connections.size();
    }

    private void acceptLoop() {
        while (!closed) {
            Socket socket;
            try {
                socket = server.accept();
            } catch (IOException e) {
                if (closed) {
                    break;
                }
                // Typically out of file descriptors: wait for some to be released rather than spin.
                counters.error();
                acceptErrorLog.log(System.Logger.Level.WARNING, "syslog input " + settings.name()
                        + ": accepting a connection failed: " + e, null);
                if (!pause()) {
                    break;
                }
                continue;
            }
            if (connections.size() >= settings.maxConnections()) {
                counters.error();
                refusedLog.log(System.Logger.Level.WARNING, "syslog input " + settings.name() + ": refused a connection from "
                        + socket.getRemoteSocketAddress() + ": already " + settings.maxConnections()
                        + " connections (maxConnections)", null);
                closeQuietly(socket);
                continue;
            }
            TcpConnection connection = new TcpConnection(socket, settings, handler, counters, connections::remove);
            connections.add(connection);
            connection.start();
            if (closed) {
                connection.close(); // accepted while close() was running
            }
        }
    }

    private boolean pause() {
        try {
            Thread.sleep(ACCEPT_ERROR_PAUSE_MILLIS);
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    @Override
    public boolean close(long deadlineNanos) {
        closed = true;
        closeQuietly(server);
        acceptor.interrupt();
        boolean ended = Receiver.join(acceptor, deadlineNanos);
        List<TcpConnection> open = new ArrayList<>(connections);
        for (TcpConnection c : open) {
            c.close();
        }
        for (TcpConnection c : open) {
            ended &= c.join(deadlineNanos);
        }
        return ended;
    }

    private static void closeQuietly(AutoCloseable c) {
        try {
            c.close();
        } catch (Exception e) {
            LOG.log(System.Logger.Level.DEBUG, "closing {0}: {1}", c, e.toString());
        }
    }
}
