package vn.gov.moh.soc.agent.syslog;

import java.util.Locale;

/** How a syslog input receives messages. */
public enum SyslogTransport {
    /** RFC 5426: one message per datagram. */
    UDP,
    /** RFC 6587: a stream of octet-counted or LF-terminated frames. */
    TCP,
    /** RFC 5425 framing (as TCP) inside TLS 1.2 or 1.3. */
    TLS;

    /** The scheme of the envelope source of a sender: {@code udp}, {@code tcp}, {@code tls}. */
    public String scheme() {
        return name().toLowerCase(Locale.ROOT);
    }
}
