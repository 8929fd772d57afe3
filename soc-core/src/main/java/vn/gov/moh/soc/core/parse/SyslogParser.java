package vn.gov.moh.soc.core.parse;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.gov.moh.soc.core.event.Event;
import vn.gov.moh.soc.core.event.LogSource;

/**
 * Syslog lines, RFC 5424 ({@code <34>1 2026-11-21T10:00:00Z host app 123 ID [sd] msg}) and RFC 3164 /
 * the BSD file format ({@code <34>Nov 21 10:00:00 host app[123]: msg}, the priority optional).
 * Fills {@code @timestamp}, {@code host.name}, {@code process.name}, {@code process.pid},
 * {@code log.syslog.*} and {@code message}; then hands the message to {@link AuthMessages} for
 * sshd, pam, sudo and su, and kernel messages to {@link FirewallMessages} (iptables/nftables packet logs). The log source is product {@code linux} with the program as service.
 *
 * <p>RFC 3164 timestamps have no year and no zone: the year is the reference clock's (or the one
 * before, for a date that would otherwise lie more than a day in the future) and the zone is
 * configurable, Asia/Ho_Chi_Minh by default.
 */
public final class SyslogParser {
    private static final Pattern RFC5424 = Pattern.compile(
            "^<(\\d{1,3})>1 (\\S+) (\\S+) (\\S+) (\\S+) (\\S+) (-|(?:\\[(?:[^\\]\\\\]|\\\\.)*\\])+) ?(.*)$", Pattern.DOTALL);
    private static final Pattern RFC3164 = Pattern.compile(
            "^(?:<(\\d{1,3})>)?([A-Z][a-z]{2}) +(\\d{1,2}) (\\d{2}):(\\d{2}):(\\d{2}) (\\S+) ([^:\\[\\s]+)(?:\\[(\\d+)\\])?: ?(.*)$",
            Pattern.DOTALL);
    private static final Map<String, Integer> MONTHS = Map.ofEntries(Map.entry("Jan", 1), Map.entry("Feb", 2),
            Map.entry("Mar", 3), Map.entry("Apr", 4), Map.entry("May", 5), Map.entry("Jun", 6), Map.entry("Jul", 7),
            Map.entry("Aug", 8), Map.entry("Sep", 9), Map.entry("Oct", 10), Map.entry("Nov", 11), Map.entry("Dec", 12));
    private static final String[] SEVERITIES = {"emergency", "alert", "critical", "error", "warning", "notice",
            "informational", "debug"};

    private final ZoneId zone;
    private final java.time.Clock clock;

    public SyslogParser(ZoneId zone, java.time.Clock clock) {
        this.zone = zone;
        this.clock = clock;
    }

    public SyslogParser() {
        this(ZoneId.of("Asia/Ho_Chi_Minh"), java.time.Clock.systemUTC());
    }

    /** True if the line looks like syslog. */
    public boolean accepts(String line) {
        return RFC5424.matcher(line).matches() || RFC3164.matcher(line).matches();
    }

    /**
     * Parses one line.
     *
     * @throws ParseException naming what does not fit
     */
    public Event parse(String line) {
        Matcher m = RFC5424.matcher(line);
        Event e = new Event();
        String program;
        if (m.matches()) {
            priority(e, m.group(1));
            try {
                e.put("@timestamp", OffsetDateTime.parse(m.group(2)).toInstant().toString());
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
        } else {
            m = RFC3164.matcher(line);
            if (!m.matches()) {
                throw new ParseException("not a syslog line (RFC 3164 or RFC 5424)");
            }
            if (m.group(1) != null) {
                priority(e, m.group(1));
            }
            e.put("@timestamp", bsdTime(m.group(2), m.group(3), m.group(4), m.group(5), m.group(6)).toString());
            e.put("host.name", m.group(7));
            program = m.group(8);
            e.put("process.name", program);
            if (m.group(9) != null && m.group(9).length() < 10) {
                e.put("process.pid", Long.parseLong(m.group(9)));
            }
            e.put("message", m.group(10));
        }
        e.put("event.kind", "event");
        e.put("event.original", line);
        String service = program == null ? null : program.toLowerCase(Locale.ROOT);
        e.logSource(new LogSource("linux", java.util.Set.of(), service));
        AuthMessages.enrich(e, service);
        if ("kernel".equals(service)) {
            FirewallMessages.enrich(e);
        }
        return e;
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
