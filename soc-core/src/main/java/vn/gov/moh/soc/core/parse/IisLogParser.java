package vn.gov.moh.soc.core.parse;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import vn.gov.moh.soc.core.event.Event;
import vn.gov.moh.soc.core.event.LogSource;

/**
 * IIS logs in the W3C extended format ({@code 2026-11-21 03:00:00 10.0.0.5 GET /dang-nhap.aspx - 443
 * - 203.0.113.7 Mozilla/5.0+(Windows+NT+10.0) - 200 0 0 31}), into the same ECS fields as the
 * nginx/Apache parser, log source category {@code webserver}.
 *
 * <p>The format names its columns in a {@code #Fields:} directive at the top of each file;
 * {@link EventReader} passes them on when it reads a file. A line shipped alone (one Kafka
 * record per line) has no directive: it is read by IIS's own default column sets, told apart by
 * their number of columns (14: IIS 7 and 7.5; 15: IIS 8.5 and later, with the referrer; 22: every
 * field IIS Manager offers, as sites that log all fields write them). Times are UTC, as IIS
 * writes them; spaces inside values are written as {@code +} and turned back.
 */
public final class IisLogParser {
    private static final Pattern START = Pattern.compile("^\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2} \\S");
    private static final Map<Integer, List<String>> DEFAULT_FIELDS = Map.of(
            14, List.of("date", "time", "s-ip", "cs-method", "cs-uri-stem", "cs-uri-query", "s-port", "cs-username",
                    "c-ip", "cs(User-Agent)", "sc-status", "sc-substatus", "sc-win32-status", "time-taken"),
            15, List.of("date", "time", "s-ip", "cs-method", "cs-uri-stem", "cs-uri-query", "s-port", "cs-username",
                    "c-ip", "cs(User-Agent)", "cs(Referer)", "sc-status", "sc-substatus", "sc-win32-status", "time-taken"),
            22, List.of("date", "time", "s-sitename", "s-computername", "s-ip", "cs-method", "cs-uri-stem", "cs-uri-query",
                    "s-port", "cs-username", "c-ip", "cs-version", "cs(User-Agent)", "cs(Cookie)", "cs(Referer)", "cs-host",
                    "sc-status", "sc-substatus", "sc-win32-status", "sc-bytes", "cs-bytes", "time-taken"));
    /** Values IIS writes with {@code +} for spaces. */
    private static final Set<String> PLUS_ENCODED = Set.of("cs(User-Agent)", "cs(Referer)", "cs(Cookie)");

    /** True if the line has an IIS time stamp and one of the default column counts. */
    public boolean accepts(String line) {
        return START.matcher(line).find() && DEFAULT_FIELDS.containsKey(line.split(" ", -1).length);
    }

    /** True if the line has an IIS time stamp and the columns of the directive. */
    boolean accepts(String line, List<String> fields) {
        return START.matcher(line).find() && line.split(" ", -1).length == fields.size();
    }

    /** Parses a line by IIS's default column sets. */
    public Event parse(String line) {
        String[] values = line.split(" ", -1);
        List<String> fields = DEFAULT_FIELDS.get(values.length);
        if (fields == null || !START.matcher(line).find()) {
            throw new ParseException("not an IIS W3C line of a default field set (14, 15 or 22 columns, "
                    + values.length + " found)");
        }
        return parse(line, fields);
    }

    /**
     * Parses a line by the columns of a {@code #Fields:} directive.
     *
     * @throws ParseException when the line does not have those columns or a value does not fit
     */
    public Event parse(String line, List<String> fields) {
        String[] values = line.split(" ", -1);
        if (values.length != fields.size()) {
            throw new ParseException("IIS line has " + values.length + " columns, the #Fields directive names "
                    + fields.size());
        }
        Event e = new Event();
        String date = null;
        String time = null;
        String stem = null;
        String query = null;
        for (int i = 0; i < values.length; i++) {
            String name = fields.get(i);
            String value = values[i];
            if (value.equals("-") || value.isEmpty()) {
                continue;
            }
            if (PLUS_ENCODED.contains(name)) {
                value = value.replace('+', ' ');
            }
            switch (name) {
                case "date" -> date = value;
                case "time" -> time = value;
                case "s-sitename" -> e.put("service.name", value);
                case "s-computername" -> e.put("host.name", value);
                case "s-ip" -> Addresses.destination(e, value);
                case "s-port" -> number(e, "destination.port", value);
                case "c-ip" -> Addresses.source(e, value);
                case "cs-username" -> e.put("user.name", value);
                case "cs-method" -> e.put("http.request.method", value);
                case "cs-uri-stem" -> stem = value;
                case "cs-uri-query" -> query = value;
                case "cs-version" -> e.put("http.version", value.startsWith("HTTP/") ? value.substring(5) : value);
                case "cs(User-Agent)" -> e.put("user_agent.original", value);
                case "cs(Referer)" -> e.put("http.request.referrer", value);
                case "cs(Cookie)" -> e.put("http.request.cookie", value);
                case "cs-host" -> e.put("url.domain", value);
                case "sc-status" -> number(e, "http.response.status_code", value);
                case "sc-substatus" -> number(e, "iis.access.sub_status", value);
                case "sc-win32-status" -> number(e, "iis.access.win32_status", value);
                case "sc-bytes" -> number(e, "http.response.bytes", value);
                case "cs-bytes" -> number(e, "http.request.bytes", value);
                case "time-taken" -> {
                    // Milliseconds in IIS, nanoseconds in ECS.
                    if (number(e, "event.duration", value)) {
                        e.put("event.duration", (Long) e.get("event.duration") * 1_000_000L);
                    }
                }
                default -> e.put("iis.access." + name, value);
            }
        }
        if (date == null || time == null) {
            throw new ParseException("IIS line without date and time");
        }
        try {
            e.put("@timestamp", LocalDate.parse(date).atTime(LocalTime.parse(time)).toInstant(ZoneOffset.UTC).toString());
        } catch (DateTimeException ex) {
            throw new ParseException("IIS time '" + date + " " + time + "' is not valid");
        }
        if (stem != null) {
            e.put("url.path", stem);
            e.put("url.original", query == null ? stem : stem + "?" + query);
        }
        if (query != null) {
            e.put("url.query", query);
        }
        e.put("event.kind", "event");
        e.put("event.category", List.of("web"));
        e.put("event.original", line);
        e.logSource(new LogSource(null, Set.of("webserver"), null));
        return e;
    }

    private static boolean number(Event e, String field, String value) {
        if (value.length() > 15 || !value.chars().allMatch(Character::isDigit)) {
            return false;
        }
        e.put(field, Long.parseLong(value));
        return true;
    }
}
