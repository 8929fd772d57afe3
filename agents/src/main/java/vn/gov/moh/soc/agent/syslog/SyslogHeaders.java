package vn.gov.moh.soc.agent.syslog;

import java.util.Optional;
import java.util.regex.Pattern;
import vn.gov.moh.soc.core.event.Event;
import vn.gov.moh.soc.core.parse.ParseException;
import vn.gov.moh.soc.core.parse.SyslogParser;

/**
 * Reads the header of a received message with soc-core's {@link SyslogParser}, so that the agent
 * and the normalizer agree on what is syslog: a message the parser rejects is one the normalizer
 * will not parse either, and is shipped flagged {@code UNPARSED_SYSLOG}. Thread-safe.
 */
final class SyslogHeaders {

    /**
     * What the agent uses of a parsed header.
     *
     * @param host the HOSTNAME field when it looks like a host name or an IP address, else null
     *     (RFC 5424 nil value, or a field that is plainly not a host, as when a BSD sender leaves
     *     HOSTNAME out and the tag lands in its place)
     * @param app the APP-NAME or tag, null when nil
     * @param facility the facility code, null without a PRI
     * @param severity the severity code, null without a PRI
     */
    record Header(String host, String app, Integer facility, Integer severity) {
    }

    /** Letters, digits and the punctuation of DNS names, IPv4 and IPv6 literals; DNS's length. */
    private static final Pattern HOST = Pattern.compile("[\\p{Alnum}_][\\p{Alnum}._:%-]{0,252}");

    private final SyslogParser parser;

    SyslogHeaders(SyslogParser parser) {
        this.parser = parser;
    }

    /** The header of an RFC 3164 or RFC 5424 message; empty when the message is neither. */
    Optional<Header> read(String message) {
        Event e;
        try {
            e = parser.parse(message);
        } catch (ParseException ex) {
            return Optional.empty();
        }
        String host = e.text("host.name");
        if (host != null && !HOST.matcher(host).matches()) {
            host = null;
        }
        return Optional.of(new Header(host, e.text("process.name"), code(e.get("log.syslog.facility.code")),
                code(e.get("log.syslog.severity.code"))));
    }

    private static Integer code(Object value) {
        return value instanceof Number n ? n.intValue() : null;
    }
}
