package vn.gov.moh.soc.core.parse;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.gov.moh.soc.core.event.Event;
import vn.gov.moh.soc.core.event.LogSource;
import vn.gov.moh.soc.core.time.UtcInstants;

/**
 * Syslog lines, RFC 5424 ({@code <34>1 2026-11-21T10:00:00Z host app 123 ID [sd] msg}), RFC 3164 /
 * the BSD file format ({@code <34>Nov 21 10:00:00 host app[123]: msg}, the priority optional) and
 * the BSD header with an ISO-8601 time (rsyslog's high-precision format). Fills
 * {@code @timestamp}, {@code host.name}, {@code process.name}, {@code process.pid},
 * {@code log.syslog.*} and {@code message}; then hands the message to {@link AuthMessages} for
 * sshd, pam, sudo and su, to {@link FirewallMessages} for the kernel's netfilter packet log, and
 * to {@link AccessLogParser} for access-log lines a web server sent to syslog. The log source is
 * product {@code linux} with the program as service (category {@code firewall} for packet logs,
 * {@code webserver} for access logs).
 *
 * <p>RFC 3164 timestamps have no year and no zone: the year is the reference clock's (or the one
 * before, for a date that would otherwise lie more than a day in the future) and the zone is
 * configurable, Asia/Ho_Chi_Minh by default.
 */
public final class SyslogParser {
    private static final Pattern RFC5424 = Pattern.compile(
            "^<(\\d{1,3})>1 (\\S+) (\\S+) (\\S+) (\\S+) (\\S+) (-|(?:\\[(?:[^\\]\\\\]|\\\\.)*\\])+) ?(.*)$", Pattern.DOTALL);
    /** The tag is optional, as RFC 3164 allows: {@code syslogd 1.4.1: restart.} has none that fits. */
    private static final Pattern RFC3164 = Pattern.compile(
            "^(?:<(\\d{1,3})>)?([A-Z][a-z]{2}) +(\\d{1,2}) (\\d{2}):(\\d{2}):(\\d{2}) (\\S+) (?:([^:\\[\\s]+)(?:\\[(\\d+)\\])?: ?)?(.*)$",
            Pattern.DOTALL);
    /**
     * rsyslog's high-precision file format and its variants: an ISO-8601 time instead of the BSD
     * one ({@code 2026-11-21T10:00:00.123456+07:00 host app[123]: msg}, or with a space before the
     * time of day and a {@code +0700} offset).
     */
    private static final Pattern ISO_PREFIXED = Pattern.compile(
            "^(?:<(\\d{1,3})>)?(\\d{4}-\\d{2}-\\d{2})[T ](\\d{2}:\\d{2}:\\d{2}(?:[.,]\\d{1,9})?)(Z|[+-]\\d{2}:?\\d{2})? +(\\S+) ([^:\\[\\s]+)(?:\\[(\\d+)\\])?: ?(.*)$",
            Pattern.DOTALL);
    /** Solaris prefixes messages with the message id and facility: {@code [ID 800047 auth.notice] }. */
    private static final Pattern SOLARIS_ID = Pattern.compile("^\\[ID (\\d+) ([a-z0-9]+)\\.([a-z]+)\\] ");
    /** Old PAM and some daemons name the module after the program: {@code su(pam_unix)}. */
    private static final Pattern PROGRAM_MODULE = Pattern.compile("^([^()]+)\\(([^()]+)\\)$");
    private static final Map<String, Integer> MONTHS = Map.ofEntries(Map.entry("Jan", 1), Map.entry("Feb", 2),
            Map.entry("Mar", 3), Map.entry("Apr", 4), Map.entry("May", 5), Map.entry("Jun", 6), Map.entry("Jul", 7),
            Map.entry("Aug", 8), Map.entry("Sep", 9), Map.entry("Oct", 10), Map.entry("Nov", 11), Map.entry("Dec", 12));
    private static final String[] SEVERITIES = {"emergency", "alert", "critical", "error", "warning", "notice",
            "informational", "debug"};

    /** Programs whose syslog messages may be access-log lines (nginx's and Apache's syslog targets). */
    private static final java.util.Set<String> WEB_SERVERS = java.util.Set.of("nginx", "apache", "apache2", "httpd");

    private final ZoneId zone;
    private final java.time.Clock clock;
    private final AccessLogParser access = new AccessLogParser();

    public SyslogParser(ZoneId zone, java.time.Clock clock) {
        this.zone = zone;
        this.clock = clock;
    }

    public SyslogParser() {
        this(ZoneId.of("Asia/Ho_Chi_Minh"), java.time.Clock.systemUTC());
    }

    /** True if the line looks like syslog. */
    public boolean accepts(String line) {
        return RFC5424.matcher(line).matches() || RFC3164.matcher(line).matches()
                || ISO_PREFIXED.matcher(line).matches();
    }

    /**
     * Parses one line.
     *
     * @throws ParseException naming what does not fit
     */
    public Event parse(String line) {
        Event e = parseIfSyslog(line);
        if (e == null) {
            throw new ParseException("not a syslog line (RFC 3164, RFC 5424 or an ISO-8601 time stamp)");
        }
        return e;
    }

    /**
     * Parses the line if it has a syslog header, else returns null: one match for callers that
     * try several formats, where {@link #accepts} then {@link #parse} would match twice.
     *
     * @throws ParseException when the header fits but a value in it does not (a date, a priority)
     */
    Event parseIfSyslog(String line) {
        Matcher m = RFC5424.matcher(line);
        Event e = new Event();
        String program;
        if (m.matches()) {
            priority(e, m.group(1));
            try {
                e.put("@timestamp", UtcInstants.format(UtcInstants.parseOffset(m.group(2))));
            } catch (DateTimeParseException ex) {
                if (!m.group(2).equals("-")) {
                    throw new ParseException("RFC 5424 timestamp '" + m.group(2) + "' is not valid");
                }
            }
            nil(e, "host.name", m.group(3));
            program = nilValue(m.group(4));
            nil(e, "process.name", m.group(4));
            String pid = nilValue(m.group(5));
            if (pid != null && pid.chars().allMatch(Character::isDigit) && pid.length() < 10) {
                e.put("process.pid", Long.parseLong(pid));
            }
            nil(e, "log.syslog.msgid", m.group(6));
            if (!m.group(7).equals("-")) {
                e.put("log.syslog.structured_data", m.group(7));
            }
            String msg = m.group(8);
            if (msg.startsWith("\uFEFF")) {
                msg = msg.substring(1);
            }
            e.put("message", msg);
        } else if ((m = RFC3164.matcher(line)).matches()) {
            if (m.group(1) != null) {
                priority(e, m.group(1));
            }
            e.put("@timestamp", UtcInstants.format(bsdTime(m.group(2), m.group(3), m.group(4), m.group(5), m.group(6))));
            program = header(e, m.group(7), m.group(8), m.group(9), m.group(10));
        } else if ((m = ISO_PREFIXED.matcher(line)).matches()) {
            if (m.group(1) != null) {
                priority(e, m.group(1));
            }
            e.put("@timestamp", UtcInstants.format(isoTime(m.group(2), m.group(3), m.group(4))));
            program = header(e, m.group(5), m.group(6), m.group(7), m.group(8));
        } else {
            return null;
        }
        e.put("event.kind", "event");
        e.put("event.original", line);
        String service = program == null ? null : program.toLowerCase(Locale.ROOT);
        if (service != null && WEB_SERVERS.contains(service)) {
            Event web = access.parseIfAccessLog(e.text("message"));
            if (web != null) {
                return webRequest(e, web, line);
            }
        }
        e.logSource(new LogSource("linux", java.util.Set.of(), service));
        if ("kernel".equals(service) && FirewallMessages.accepts(e.text("message"))) {
            FirewallMessages.enrich(e);
        } else {
            AuthMessages.enrich(e, service);
        }
        return e;
    }

    /** An access-log line inside syslog: the request's event, with the syslog header's host and program. */
    private static Event webRequest(Event header, Event web, String line) {
        header.fields().forEach((field, value) -> {
            if (!web.has(field) && !field.equals("message") && !field.equals("@timestamp")) {
                web.put(field, value);
            }
        });
        web.put("event.original", line);
        return web;
    }

    /** The host, program, pid and message of the BSD-style header; returns the program (null without a tag). */
    private static String header(Event e, String host, String tag, String pid, String message) {
        e.put("host.name", host);
        String program = tag;
        Matcher module = tag == null ? null : PROGRAM_MODULE.matcher(tag);
        if (module != null && module.matches()) {
            program = module.group(1);
            e.put("log.syslog.appname", tag);
        }
        if (program != null) {
            e.put("process.name", program);
        }
        if (pid != null && pid.length() < 10) {
            e.put("process.pid", Long.parseLong(pid));
        }
        Matcher id = SOLARIS_ID.matcher(message);
        if (id.find()) {
            e.put("log.syslog.msgid", id.group(1));
            e.put("log.syslog.facility.name", id.group(2));
            message = message.substring(id.end());
        }
        e.put("message", message);
        return program;
    }

    private Instant isoTime(String date, String time, String offset) {
        String text = date + "T" + time.replace(',', '.');
        try {
            if (offset == null) {
                return LocalDateTime.parse(text).atZone(zone).toInstant();
            }
            if (offset.length() == 5) {
                offset = offset.substring(0, 3) + ":" + offset.substring(3);
            }
            return UtcInstants.parseOffset(text + offset);
        } catch (DateTimeException ex) {
            throw new ParseException("syslog time '" + date + " " + time + (offset == null ? "" : offset)
                    + "' is not a date");
        }
    }

    private static void priority(Event e, String pri) {
        int value = Integer.parseInt(pri);
        if (value > 191) {
            throw new ParseException("syslog priority " + value + " is above 191");
        }
        e.put("log.syslog.priority", (long) value);
        e.put("log.syslog.facility.code", (long) (value / 8));
        e.put("log.syslog.severity.code", (long) (value % 8));
        e.put("log.syslog.severity.name", SEVERITIES[value % 8]);
    }

    private static String nilValue(String v) {
        return "-".equals(v) ? null : v;
    }

    private static void nil(Event e, String field, String v) {
        if (!"-".equals(v)) {
            e.put(field, v);
        }
    }

    private Instant bsdTime(String month, String day, String h, String min, String s) {
        Integer mon = MONTHS.get(month);
        if (mon == null) {
            throw new ParseException("'" + month + "' is not a month");
        }
        ZonedDateTime now = ZonedDateTime.now(clock).withZoneSameInstant(zone);
        try {
            LocalDateTime local = LocalDateTime.of(now.getYear(), mon, Integer.parseInt(day), Integer.parseInt(h),
                    Integer.parseInt(min), Integer.parseInt(s));
            ZonedDateTime t = local.atZone(zone);
            if (t.isAfter(now.plusDays(1))) {
                t = t.minusYears(1);
            }
            return t.toInstant();
        } catch (DateTimeException ex) {
            throw new ParseException("syslog time '" + month + " " + day + " " + h + ":" + min + ":" + s + "' is not a date");
        }
    }
}
