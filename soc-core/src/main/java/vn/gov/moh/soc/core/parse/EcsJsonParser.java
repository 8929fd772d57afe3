package vn.gov.moh.soc.core.parse;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import vn.gov.moh.soc.core.event.Event;
import vn.gov.moh.soc.core.event.EventJson;
import vn.gov.moh.soc.core.event.LogSource;

/**
 * JSON events already in ECS, as Filebeat, Elastic Agent or a Fluent Bit ECS template write them
 * to Kafka: recognised by {@code ecs.version}, or by {@code @timestamp} with at least one ECS
 * field set ({@code event}, {@code host}, {@code source}, ...). Nested objects are flattened into
 * dotted names ({@link EventJson}).
 *
 * <p>A shipper that only read a file (Filebeat's log input, a module whose ingest pipeline
 * would run in Elasticsearch and so never ran for Kafka) sends the raw line in {@code message}
 * and nothing parsed ({@code event.category} and {@code event.action} absent). That line goes
 * through the text parsers: their fields win, the shipper's (host, agent, log file, ...) fill the
 * rest, the line's own time becomes {@code @timestamp} and the shipper's read time
 * {@code event.created}. The log source is the one written under {@code soc.logsource}, else
 * the parsed line's, else, for Windows events ({@code winlog.channel}), the evtx parser's from
 * the channel and event id, else derived from ECS (the host's OS, the program,
 * {@code event.dataset}).
 */
public final class EcsJsonParser {
    private static final Set<String> ECS_FIELD_SETS = Set.of("event", "host", "source", "destination", "user",
            "process", "url", "http", "agent", "log", "network", "file", "observer", "client", "server", "service",
            "rule", "winlog", "related", "user_agent", "dns", "tls");

    private final Function<String, Event> lineParser;
    private final EvtxJsonParser windows;

    /**
     * @param lineParser parses a raw text line into an event, or returns null for a line it does
     *                   not know (then the ECS event is kept as it came)
     * @param windows    completes Windows events shipped by Winlogbeat (log source, ECS copies)
     */
    public EcsJsonParser(Function<String, Event> lineParser, EvtxJsonParser windows) {
        this.lineParser = lineParser;
        this.windows = windows;
    }

    /** True if the object is an ECS event (see the class comment). */
    public static boolean accepts(JsonNode node) {
        if (!node.isObject()) {
            return false;
        }
        if (node.path("ecs").has("version") || node.has("ecs.version")) {
            return true;
        }
        if (!node.has("@timestamp")) {
            return false;
        }
        var names = node.fieldNames();
        while (names.hasNext()) {
            String name = names.next();
            int dot = name.indexOf('.');
            if (ECS_FIELD_SETS.contains(dot < 0 ? name : name.substring(0, dot))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Parses one ECS object.
     *
     * @throws ParseException naming what is wrong: not ECS, or an {@code @timestamp} that is no time
     */
    public Event parse(JsonNode node) {
        if (!node.isObject()) {
            throw new ParseException("an ECS event must be a JSON object, not "
                    + node.getNodeType().name().toLowerCase(Locale.ROOT));
        }
        if (!accepts(node)) {
            throw new ParseException("not an ECS event: no ecs.version, and no @timestamp with ECS fields");
        }
        Event shipped = EventJson.read(node.toString());
        Object time = shipped.get("@timestamp");
        if (time != null && !(time instanceof Long)) {
            Instant instant = time instanceof String s ? utc(s) : null;
            if (instant == null) {
                throw new ParseException("ECS @timestamp '" + time + "' is not an ISO-8601 time or epoch milliseconds");
            }
            shipped.put("@timestamp", instant.toString());
        }
        Event event = shipped;
        String message = shipped.text("message");
        boolean raw = !shipped.has("event.category") && !shipped.has("event.action");
        if (raw && message != null && lineParser != null) {
            Event parsed = lineParser.apply(message);
            if (parsed != null) {
                event = merge(shipped, parsed);
            }
        }
        if (event.logSource().equals(LogSource.UNKNOWN)) {
            if (event.has("winlog.channel")) {
                windows.completeWinlog(event);
            } else {
                event.logSource(derived(event));
            }
        }
        return event;
    }

    /** The time in UTC, whatever offset it was written with, or null if it is no ISO-8601 time. */
    private static Instant utc(String time) {
        try {
            return OffsetDateTime.parse(time).toInstant();
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static Event merge(Event shipped, Event parsed) {
        Object readTime = shipped.get("@timestamp");
        shipped.fields().forEach((field, value) -> {
            if (!parsed.has(field) && !field.equals("@timestamp")) {
                parsed.put(field, value);
            }
        });
        if (readTime != null) {
            if (!parsed.has("@timestamp")) {
                parsed.put("@timestamp", readTime);
            } else if (!parsed.has("event.created")) {
                parsed.put("event.created", readTime);
            }
        }
        if (!shipped.logSource().equals(LogSource.UNKNOWN)) {
            parsed.logSource(shipped.logSource());
        }
        return parsed;
    }

    /** The Sigma log source an ECS event's own fields imply. */
    static LogSource derived(Event e) {
        String os = lower(e.text("host.os.type"));
        if (os == null) {
            os = lower(e.text("host.os.platform"));
        }
        String dataset = lower(e.text("event.dataset"));
        String product = null;
        if ("windows".equals(os)) {
            product = "windows";
        } else if ("linux".equals(os) || (dataset != null && (dataset.startsWith("system.") || dataset.startsWith("auditd.")
                || dataset.startsWith("iptables.")))) {
            product = "linux";
        }
        Set<String> categories = new java.util.HashSet<>();
        if (isWeb(e, dataset)) {
            categories.add("webserver");
        }
        if ("firewall".equals(lower(e.text("observer.type"))) || (dataset != null && dataset.startsWith("iptables."))) {
            categories.add("firewall");
        }
        String service = "linux".equals(product) ? lower(e.text("process.name")) : null;
        if (product == null && categories.isEmpty()) {
            return LogSource.UNKNOWN;
        }
        return new LogSource(product, categories, service);
    }

    private static boolean isWeb(Event e, String dataset) {
        if (dataset != null && (dataset.endsWith(".access") || dataset.equals("iis.access"))) {
            return true;
        }
        Object category = e.get("event.category");
        return (category instanceof List<?> list ? list.contains("web") : "web".equals(category))
                && e.has("http.request.method");
    }

    private static String lower(String s) {
        return s == null ? null : s.toLowerCase(Locale.ROOT);
    }
}
