package vn.gov.moh.soc.core.parse;

import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.gov.moh.soc.core.event.Event;
import vn.gov.moh.soc.core.event.LogSource;
import vn.gov.moh.soc.core.time.UtcInstants;

/**
 * Web server access logs in the common and combined formats of nginx and Apache
 * ({@code 10.0.0.1 - user [21/Nov/2026:10:00:00 +0700] "GET /a?b=c HTTP/1.1" 200 512 "ref" "agent"}),
 * with the log source category {@code webserver}. Also read: Apache's {@code vhost_combined}
 * (the virtual host and port first, to {@code url.domain} and {@code destination.port}), an
 * extra address or identity column before the time (proxies that log the forwarded address),
 * and anything after the user agent (request ids, timings).
 */
public final class AccessLogParser {
    private static final Pattern COMBINED = Pattern.compile(
            "^(?:([^\\s:\\[]+):(\\d{1,5}) )?(\\S+) (\\S+)(?: \\S+)? (\\S+) \\[([^\\]]+)\\] \"((?:[^\"\\\\]|\\\\.)*)\" (\\d{3}|-) (\\d+|-)"
                    // A line cut short (a syslog size limit) may lose the user agent's closing quote.
                    + "(?: +\"((?:[^\"\\\\]|\\\\.)*)\" +\"((?:[^\"\\\\]|\\\\.)*)(?:\"|$))?.*$");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("d/MMM/yyyy:HH:mm:ss Z", Locale.ENGLISH);

    public boolean accepts(String line) {
        return COMBINED.matcher(line).matches();
    }

    /**
     * Parses one line.
     *
     * @throws ParseException naming what does not fit
     */
    public Event parse(String line) {
        Event e = parseIfAccessLog(line);
        if (e == null) {
            throw new ParseException("not an access-log line (common or combined format)");
        }
        return e;
    }

    /** Parses the line if it is an access-log line, else returns null (one match instead of two). */
    Event parseIfAccessLog(String line) {
        Matcher m = COMBINED.matcher(line);
        if (!m.matches()) {
            return null;
        }
        Event e = new Event();
        if (m.group(1) != null) {
            e.put("url.domain", m.group(1));
            e.put("destination.port", Long.parseLong(m.group(2)));
        }
        Addresses.source(e, m.group(3));
        if (!m.group(5).equals("-")) {
            e.put("user.name", m.group(5));
        }
        try {
            Instant time = UtcInstants.commonLogTime(m.group(6));
            e.put("@timestamp", UtcInstants.format(time != null ? time : ZonedDateTime.parse(m.group(6), TIME).toInstant()));
        } catch (DateTimeParseException ex) {
            throw new ParseException("access-log time '" + m.group(6) + "' is not valid");
        }
        String request = m.group(7);
        String[] parts = request.split(" ");
        if (parts.length == 3) {
            e.put("http.request.method", parts[0]);
            url(e, parts[1]);
            if (parts[2].startsWith("HTTP/")) {
                e.put("http.version", parts[2].substring(5));
            }
        } else {
            // Garbage requests (scanners, TLS on a plain port) are kept whole.
            e.put("url.original", request);
        }
        if (!m.group(8).equals("-")) {
            e.put("http.response.status_code", Long.parseLong(m.group(8)));
        }
        if (!m.group(9).equals("-")) {
            e.put("http.response.bytes", Long.parseLong(m.group(9)));
        }
        if (m.group(10) != null && !m.group(10).equals("-")) {
            e.put("http.request.referrer", m.group(10));
        }
        if (m.group(11) != null && !m.group(11).equals("-")) {
            e.put("user_agent.original", m.group(11));
        }
        e.put("event.kind", "event");
        e.put("event.category", java.util.List.of("web"));
        e.put("event.original", line);
        e.logSource(new LogSource(null, Set.of("webserver"), null));
        return e;
    }

    private static void url(Event e, String target) {
        e.put("url.original", target);
        int q = target.indexOf('?');
        e.put("url.path", q < 0 ? target : target.substring(0, q));
        if (q >= 0) {
            e.put("url.query", target.substring(q + 1));
        }
    }
}
