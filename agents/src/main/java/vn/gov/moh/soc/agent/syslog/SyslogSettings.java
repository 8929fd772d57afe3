package vn.gov.moh.soc.agent.syslog;

import java.nio.file.Path;
import java.time.Duration;
import vn.gov.moh.soc.core.envelope.EnvelopeJson;

/**
 * The configuration of one syslog input. Checked when built: a bad value fails with an
 * {@link IllegalArgumentException} naming the setting.
 *
 * @param name the input's name in the agent configuration (part of every envelope id)
 * @param unit the unit code written into every envelope
 * @param agentId the agent's id written into every envelope
 * @param transport UDP, TCP or TLS
 * @param bindAddress the local address to listen on ({@code 0.0.0.0}, {@code ::}, {@code 127.0.0.1})
 * @param port the local port, 0 for any free port (tests)
 * @param maxMessageBytes the largest message kept, in bytes; longer ones are cut and flagged
 *     {@code TRUNCATED}. At least 480 (what RFC 5424 requires a receiver to accept)
 * @param tlsKeystore TLS only: the PKCS12 keystore holding the server's key and certificate chain
 * @param tlsKeystorePassword TLS only: the password of the keystore and of its key
 * @param tlsTruststore TLS only, optional: a PKCS12 keystore of the certificates client
 *     certificates must chain to; when set, clients must present a certificate
 * @param tlsTruststorePassword the truststore's password, optional
 * @param maxConnections TCP and TLS: how many senders may be connected at once; more are refused
 * @param idleTimeout TCP and TLS: a connection silent that long is closed; zero for never (the
 *     default, because rsyslog and syslog-ng lose the message they write into a connection the
 *     server has closed; dead peers are found by TCP keep-alive instead)
 */
public record SyslogSettings(String name, String unit, String agentId, SyslogTransport transport, String bindAddress,
        int port, int maxMessageBytes, Path tlsKeystore, String tlsKeystorePassword, Path tlsTruststore,
        String tlsTruststorePassword, int maxConnections, Duration idleTimeout) {

    /** 1 MiB. */
    public static final int DEFAULT_MAX_MESSAGE_BYTES = 1024 * 1024;
    /** The least a syslog receiver must accept (RFC 5424, section 6.1). */
    public static final int MIN_MAX_MESSAGE_BYTES = 480;
    public static final int DEFAULT_MAX_CONNECTIONS = 256;

    public SyslogSettings {
        require(name != null && !name.isBlank(), "name", "must not be blank");
        require(unit != null && !unit.isBlank(), "unit", "must not be blank");
        require(agentId != null && !agentId.isBlank(), "agentId", "must not be blank");
        require(transport != null, "transport", "must be UDP, TCP or TLS");
        require(bindAddress != null && !bindAddress.isBlank(), "bindAddress", "must not be blank");
        require(port >= 0 && port <= 65535, "port", "must be 0 to 65535, not " + port);
        require(maxMessageBytes >= MIN_MAX_MESSAGE_BYTES && maxMessageBytes <= EnvelopeJson.MAX_LINE,
                "maxMessageBytes", "must be " + MIN_MAX_MESSAGE_BYTES + " to " + EnvelopeJson.MAX_LINE + ", not "
                        + maxMessageBytes);
        require(maxConnections >= 1, "maxConnections", "must be at least 1, not " + maxConnections);
        if (idleTimeout == null) {
            idleTimeout = Duration.ZERO;
        }
        require(!idleTimeout.isNegative() && idleTimeout.toMillis() <= Integer.MAX_VALUE, "idleTimeout",
                "must be zero (never) or a positive duration under 24 days, not " + idleTimeout);
        if (transport == SyslogTransport.TLS) {
            require(tlsKeystore != null, "tlsKeystore", "is required for transport TLS");
            require(tlsKeystorePassword != null, "tlsKeystorePassword", "is required for transport TLS");
        } else {
            String notTls = "is only for transport TLS, not " + transport;
            require(tlsKeystore == null, "tlsKeystore", notTls);
            require(tlsKeystorePassword == null, "tlsKeystorePassword", notTls);
            require(tlsTruststore == null, "tlsTruststore", notTls);
        }
        require(tlsTruststorePassword == null || tlsTruststore != null, "tlsTruststorePassword",
                "is set but tlsTruststore is not");
    }

    /**
     * UDP or TCP settings with the defaults: 1 MiB messages, 256 connections, no idle timeout.
     * For TLS use {@link #tls}.
     */
    public static SyslogSettings of(String name, String unit, String agentId, SyslogTransport transport,
            String bindAddress, int port) {
        return new SyslogSettings(name, unit, agentId, transport, bindAddress, port, DEFAULT_MAX_MESSAGE_BYTES, null,
                null, null, null, DEFAULT_MAX_CONNECTIONS, Duration.ZERO);
    }

    /** TLS settings with the defaults and no client authentication. */
    public static SyslogSettings tls(String name, String unit, String agentId, String bindAddress, int port,
            Path keystore, String keystorePassword) {
        return new SyslogSettings(name, unit, agentId, SyslogTransport.TLS, bindAddress, port,
                DEFAULT_MAX_MESSAGE_BYTES, keystore, keystorePassword, null, null, DEFAULT_MAX_CONNECTIONS,
                Duration.ZERO);
    }

    public SyslogSettings withMaxMessageBytes(int bytes) {
        return new SyslogSettings(name, unit, agentId, transport, bindAddress, port, bytes, tlsKeystore,
                tlsKeystorePassword, tlsTruststore, tlsTruststorePassword, maxConnections, idleTimeout);
    }

    public SyslogSettings withTls(Path keystore, String password) {
        return new SyslogSettings(name, unit, agentId, transport, bindAddress, port, maxMessageBytes, keystore,
                password, tlsTruststore, tlsTruststorePassword, maxConnections, idleTimeout);
    }

    /** Requires client certificates that chain to the given truststore. */
    public SyslogSettings withClientAuth(Path truststore, String password) {
        return new SyslogSettings(name, unit, agentId, transport, bindAddress, port, maxMessageBytes, tlsKeystore,
                tlsKeystorePassword, truststore, password, maxConnections, idleTimeout);
    }

    public SyslogSettings withMaxConnections(int connections) {
        return new SyslogSettings(name, unit, agentId, transport, bindAddress, port, maxMessageBytes, tlsKeystore,
                tlsKeystorePassword, tlsTruststore, tlsTruststorePassword, connections, idleTimeout);
    }

    public SyslogSettings withIdleTimeout(Duration timeout) {
        return new SyslogSettings(name, unit, agentId, transport, bindAddress, port, maxMessageBytes, tlsKeystore,
                tlsKeystorePassword, tlsTruststore, tlsTruststorePassword, maxConnections, timeout);
    }

    /** Where the input listens, as {@code tcp://0.0.0.0:514}; for log lines. */
    public String listenUri() {
        return listenUri(port);
    }

    /** {@link #listenUri()} with the port actually bound (when the configured one is 0). */
    String listenUri(int boundPort) {
        String host = bindAddress.indexOf(':') >= 0 ? "[" + bindAddress + "]" : bindAddress;
        return transport.scheme() + "://" + host + ":" + boundPort;
    }

    /** Like the record's, with the passwords masked. */
    @Override
    public String toString() {
        return "SyslogSettings[name=" + name + ", unit=" + unit + ", agentId=" + agentId + ", transport=" + transport
                + ", bindAddress=" + bindAddress + ", port=" + port + ", maxMessageBytes=" + maxMessageBytes
                + ", tlsKeystore=" + tlsKeystore + ", tlsKeystorePassword=" + mask(tlsKeystorePassword)
                + ", tlsTruststore=" + tlsTruststore + ", tlsTruststorePassword=" + mask(tlsTruststorePassword)
                + ", maxConnections=" + maxConnections + ", idleTimeout=" + idleTimeout + "]";
    }

    private static String mask(String password) {
        return password == null ? "null" : "***";
    }

    private static void require(boolean ok, String setting, String problem) {
        if (!ok) {
            throw new IllegalArgumentException("syslog setting " + setting + " " + problem);
        }
    }
}
