package vn.gov.moh.soc.core.parse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import vn.gov.moh.soc.core.event.Event;
import vn.gov.moh.soc.core.event.LogSource;
import vn.gov.moh.soc.core.sigma.mapping.FieldMapping;

/**
 * Windows events in the JSON shape that evtx exporters write ({@code {"Event": {"System": ...,
 * "EventData": ...}}}). Every event-data value is kept under {@code winlog.event_data.<Name>};
 * the fields that the {@code windows} mapping pipeline names are also copied to their ECS
 * fields, so Sigma rules mapped by that pipeline find them. The log source follows the
 * channel and event id ({@code windows-logsources.yml}).
 */
public final class EvtxJsonParser {
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private final Map<String, String> ecsByEventData;
    private final Map<String, String> ecsBySystem;
    private final Map<String, String> services = new HashMap<>();
    private final Map<String, Map<Long, List<String>>> categories = new HashMap<>();
    /**
     * The field name of each event-data name seen, so that events share their keys instead of
     * each building its own: less memory per event, and the detection's lookups of those keys
     * read strings already in cache. Bounded, since the names come from the log.
     */
    private final Map<String, EventDataField> eventDataFields = new ConcurrentHashMap<>();
    private static final int MAX_EVENT_DATA_NAMES = 4096;

    public EvtxJsonParser(FieldMapping mapping) {
        Map<String, String> windows = mapping.pipeline("windows").fields();
        this.ecsByEventData = new HashMap<>(windows);
        this.ecsBySystem = new HashMap<>();
        for (String system : List.of("EventID", "Channel", "Provider_Name", "Computer", "EventRecordID", "Level",
                "Task", "Opcode", "Keywords", "Version")) {
            ecsBySystem.put(system, windows.get(system));
            ecsByEventData.remove(system);
        }
        loadLogSources();
    }

    public EvtxJsonParser() {
        this(FieldMapping.defaults());
    }

    private void loadLogSources() {
        try (InputStream in = EvtxJsonParser.class.getResourceAsStream("windows-logsources.yml")) {
            JsonNode root = YAML.readTree(in);
            root.path("services").fields().forEachRemaining(e -> services.put(e.getKey(), e.getValue().asText()));
            root.path("categories").fields().forEachRemaining(channel -> {
                Map<Long, List<String>> byId = new HashMap<>();
                channel.getValue().fields().forEachRemaining(id -> {
                    List<String> list = new java.util.ArrayList<>();
                    id.getValue().forEach(c -> list.add(c.asText()));
                    byId.put(Long.parseLong(id.getKey()), List.copyOf(list));
                });
                categories.put(channel.getKey(), byId);
            });
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read windows-logsources.yml", e);
        }
    }

    /**
     * Converts one exported event.
     *
     * @throws ParseException if it has no {@code System} section
     */
    public Event parse(JsonNode root) {
        JsonNode event = root.has("Event") ? root.get("Event") : root;
        JsonNode system = event.get("System");
        if (system == null || !system.isObject()) {
            throw new ParseException("not a Windows event: no Event.System section");
        }
        Event out = new Event();
        out.put("event.module", "windows");
        out.put("event.kind", "event");
        String time = system.path("TimeCreated").path("#attributes").path("SystemTime").asText(null);
        if (time != null) {
            out.put("@timestamp", time);
        }
        Long eventId = eventId(system.path("EventID"));
        put(out, "EventID", eventId);
        if (eventId != null) {
            out.put("event.code", Long.toString(eventId));
        }
        String channel = system.path("Channel").asText(null);
        put(out, "Channel", channel);
        put(out, "Provider_Name", system.path("Provider").path("#attributes").path("Name").asText(null));
        String computer = system.path("Computer").asText(null);
        put(out, "Computer", computer);
        if (computer != null) {
            out.put("host.name", computer);
        }
        put(out, "EventRecordID", scalar(system.get("EventRecordID")));
        for (String name : List.of("Level", "Task", "Opcode", "Keywords", "Version")) {
            put(out, name, scalar(system.get(name)));
        }
        JsonNode execution = system.path("Execution").path("#attributes");
        if (execution.has("ProcessID")) {
            out.put("winlog.process.pid", scalar(execution.get("ProcessID")));
        }
        String userId = system.path("Security").path("#attributes").path("UserID").asText(null);
        if (userId != null) {
            out.put("winlog.user.identifier", userId);
        }
        eventData(event.get("EventData"), out);
        JsonNode userData = event.get("UserData");
        if (userData != null && userData.isObject()) {
            // UserData wraps its values in one element named after the event: flatten that element.
            userData.fields().forEachRemaining(e -> eventData(e.getValue(), out));
        }
        out.logSource(logSource(channel, eventId));
        return out;
    }

    private void eventData(JsonNode data, Event out) {
        if (data == null || !data.isObject()) {
            return;
        }
        JsonNode named = data.get("Data");
        if (named != null && named.isArray()) {
            // <Data Name="x">value</Data> elements exported as a list.
            for (JsonNode d : named) {
                String name = d.path("#attributes").path("Name").asText(null);
                if (name != null) {
                    putEventData(out, name, scalar(d.get("#text")));
                }
            }
        }
        Iterator<Map.Entry<String, JsonNode>> it = data.fields();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> e = it.next();
            if (e.getKey().equals("Data") && e.getValue().isArray() || e.getKey().startsWith("#")) {
                continue;
            }
            if (e.getValue().isObject()) {
                continue;
            }
            putEventData(out, e.getKey(), scalar(e.getValue()));
        }
    }

    /**
     * Completes a Windows event that Winlogbeat or Elastic Agent shipped as ECS without running
     * its ingest pipeline (which runs in Elasticsearch, so never for Kafka): the log source from
     * {@code winlog.channel} and {@code winlog.event_id}, the event id as a number, and the ECS
     * copies of the event-data fields our mapping names ({@code process.executable} from
     * {@code winlog.event_data.Image}, ...) where the shipper left them out. Winlogbeat already
     * uses our names for the rest ({@code winlog.channel}, {@code winlog.event_data.*}).
     */
    void completeWinlog(Event e) {
        Long eventId = e.get("winlog.event_id") instanceof Long id ? id : eventId(
                com.fasterxml.jackson.databind.node.TextNode.valueOf(String.valueOf(e.get("winlog.event_id"))));
        if (eventId != null) {
            e.put("winlog.event_id", eventId);
        }
        String prefix = "winlog.event_data.";
        for (String field : List.copyOf(e.fields().keySet())) {
            if (field.startsWith(prefix)) {
                String ecs = ecsByEventData.get(field.substring(prefix.length()));
                if (ecs != null && !ecs.startsWith(prefix) && !e.has(ecs)) {
                    e.put(ecs, e.get(field));
                }
            }
        }
        e.logSource(logSource(e.text("winlog.channel"), eventId));
    }

    private void putEventData(Event out, String rawName, Object value) {
        EventDataField names = eventDataFields.get(rawName);
        if (names == null) {
            String name = name(rawName);
            String ecs = ecsByEventData.get(name);
            names = new EventDataField(EVENT_DATA + name, ecs != null && !ecs.startsWith(EVENT_DATA) ? ecs : null);
            if (eventDataFields.size() < MAX_EVENT_DATA_NAMES) {
                eventDataFields.put(rawName, names);
            }
        }
        out.put(names.field(), value);
        if (names.ecs() != null) {
            out.put(names.ecs(), value);
        }
    }

    /** The names an event-data value is filed under: its own and, if the mapping has one, its ECS field. */
    private record EventDataField(String field, String ecs) {
    }

    private static final String EVENT_DATA = "winlog.event_data.";

    /** Sigma names event-data fields as the log writes them with spaces removed ("Threat Name" -> ThreatName). */
    private static String name(String rawName) {
        return rawName.indexOf(' ') >= 0 ? rawName.replace(" ", "") : rawName;
    }

    private void put(Event out, String systemName, Object value) {
        if (value != null) {
            out.put(ecsBySystem.get(systemName), value);
        }
    }

    private LogSource logSource(String channel, Long eventId) {
        String service = channel == null ? null : services.get(channel);
        Set<String> cats = new HashSet<>();
        if (channel != null && eventId != null) {
            cats.addAll(categories.getOrDefault(channel, Map.of()).getOrDefault(eventId, List.of()));
        }
        return new LogSource("windows", cats, service);
    }

    private static Long eventId(JsonNode node) {
        if (node == null || node.isMissingNode() || node.isNull()) {
            return null;
        }
        if (node.isObject()) {
            // <EventID Qualifiers="...">4625</EventID>
            node = node.path("#text");
        }
        if (node.isIntegralNumber()) {
            return node.longValue();
        }
        try {
            return Long.parseLong(node.asText().trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static Object scalar(JsonNode node) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            return null;
        }
        if (node.isIntegralNumber() && node.canConvertToLong()) {
            return node.longValue();
        }
        if (node.isNumber()) {
            return node.doubleValue();
        }
        if (node.isBoolean()) {
            return node.booleanValue();
        }
        if (node.isArray()) {
            List<Object> list = new java.util.ArrayList<>();
            node.forEach(n -> list.add(n.isValueNode() ? scalar(n) : n.toString()));
            return list;
        }
        if (node.isObject()) {
            return node.has("#text") ? scalar(node.get("#text")) : node.toString();
        }
        return node.asText();
    }
}
