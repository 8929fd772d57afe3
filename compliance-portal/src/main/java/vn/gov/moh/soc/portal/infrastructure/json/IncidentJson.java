package vn.gov.moh.soc.portal.infrastructure.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import vn.gov.moh.soc.portal.domain.model.incident.AffectedSystem;
import vn.gov.moh.soc.portal.domain.model.incident.Comment;
import vn.gov.moh.soc.portal.domain.model.incident.Incident;
import vn.gov.moh.soc.portal.domain.model.incident.IncidentDeadlines;
import vn.gov.moh.soc.portal.domain.model.incident.IncidentTask;
import vn.gov.moh.soc.portal.domain.model.incident.LinkedAlert;
import vn.gov.moh.soc.portal.domain.model.incident.Observable;
import vn.gov.moh.soc.portal.domain.model.incident.ObservableType;
import vn.gov.moh.soc.portal.domain.model.incident.ReportRecipient;
import vn.gov.moh.soc.portal.domain.model.incident.ReportingRule;
import vn.gov.moh.soc.portal.domain.model.incident.ResponseDeadline;
import vn.gov.moh.soc.portal.domain.model.incident.TimelineEntry;
import vn.gov.moh.soc.portal.domain.model.unit.UnitId;

/**
 * The JSON form of incidents (Jackson, like soc-core's codecs): the stored document (linked alert
 * snapshots, systems, observables, tasks), the REST views (summary for the list, the whole
 * incident with its timeline and deadlines) and the small snapshot the audit trail keeps. Readers
 * read only what this class wrote.
 */
public final class IncidentJson {
    public static final ObjectMapper MAPPER = new ObjectMapper();

    private IncidentJson() {
    }

    /** The parts of an incident kept as one document. */
    public record Document(List<LinkedAlert> alerts, List<UnitId> units, List<AffectedSystem> systems, List<Observable> observables,
            List<IncidentTask> tasks) {
    }

    public static String document(Incident i) {
        ObjectNode d = MAPPER.createObjectNode();
        putUnits(d, i);
        putParts(d, i);
        return write(d);
    }

    public static Document readDocument(String json) {
        JsonNode d = parse(json);
        List<LinkedAlert> alerts = new ArrayList<>();
        d.path("alerts").forEach(a -> alerts.add(new LinkedAlert(a.path("id").asText(), instant(a.path("timestamp")),
                text(a.path("ruleId")), text(a.path("ruleName")), text(a.path("ruleLevel")), text(a.path("priority")),
                texts(a.path("hostNames")), texts(a.path("unitIds")), texts(a.path("systemIds")), texts(a.path("systemNames")),
                a.path("systemLevel").asInt(), texts(a.path("techniques")), a.path("eventCount").asLong(),
                instant(a.path("linkedAt")), a.path("linkedBy").asText(), text(a.path("drill")))));
        List<AffectedSystem> systems = new ArrayList<>();
        d.path("systems").forEach(s -> systems.add(new AffectedSystem(s.path("id").asText(), text(s.path("name")))));
        List<Observable> observables = new ArrayList<>();
        d.path("observables").forEach(o -> observables.add(new Observable(ObservableType.valueOf(o.path("type").asText()),
                o.path("value").asText(), text(o.path("note")))));
        List<IncidentTask> tasks = new ArrayList<>();
        d.path("tasks").forEach(t -> tasks.add(new IncidentTask(t.path("number").asInt(), t.path("title").asText(),
                text(t.path("assignee")), t.path("done").asBoolean(), instant(t.path("due")))));
        List<UnitId> units = texts(d.path("units")).stream().map(UnitId::of).toList();
        return new Document(alerts, units, systems, observables, tasks);
    }

    /** What the list shows of an incident, with its deadlines as of their {@code now}. */
    public static ObjectNode summary(Incident i, IncidentDeadlines deadlines) {
        ObjectNode o = MAPPER.createObjectNode();
        o.put("id", i.id().value());
        putState(o, i);
        o.put("systemLevel", i.systemLevel());
        o.put("alertCount", i.alerts().size());
        o.put("detectedAt", i.detectedAt().toString());
        o.put("createdAt", i.createdAt().toString());
        o.put("modifiedAt", i.modifiedAt().toString());
        o.set("deadlines", deadlines(deadlines));
        o.put("overdue", deadlines.overdue());
        return o;
    }

    /** The whole incident: the summary, what it holds, comments and the timeline. */
    public static ObjectNode full(Incident i, IncidentDeadlines deadlines) {
        ObjectNode o = summary(i, deadlines);
        putText(o, "description", i.description());
        putText(o, "resolutionNote", i.resolutionNote());
        o.put("createdBy", i.createdBy());
        putInstant(o, "respondedAt", i.respondedAt());
        putInstant(o, "resolvedAt", i.resolvedAt());
        putInstant(o, "reportedAt", i.reportedAt());
        o.put("reopenCount", i.reopenCount());
        putParts(o, i);
        ArrayNode comments = o.putArray("comments");
        for (Comment c : i.comments()) {
            comments.addObject().put("at", c.at().toString()).put("by", c.by()).put("text", c.text());
        }
        ArrayNode timeline = o.putArray("timeline");
        for (TimelineEntry e : i.timeline()) {
            timeline.addObject().put("at", e.at().toString()).put("by", e.by()).put("kind", e.kind().name()).put("what", e.what());
        }
        return o;
    }

    /** What the audit trail keeps before and after a change: the state, not the whole history. */
    public static String snapshot(Incident i) {
        ObjectNode o = MAPPER.createObjectNode();
        putState(o, i);
        o.put("alerts", i.alerts().size());
        o.put("observables", i.observables().size());
        o.put("tasks", i.tasks().size());
        o.put("timelineEntries", i.timeline().size());
        return write(o);
    }

    public static ObjectNode deadlines(IncidentDeadlines d) {
        ObjectNode o = MAPPER.createObjectNode();
        o.set("respond", deadline(d.respond()));
        o.set("resolve", deadline(d.resolve()));
        ArrayNode reports = o.putArray("reports");
        for (IncidentDeadlines.ReportDeadline r : d.reports()) {
            ObjectNode rep = deadline(r.deadline());
            rep.put("rule", r.rule().code());
            rep.put("source", r.rule().source());
            reports.add(rep);
        }
        d.next().ifPresent(n -> o.put("nextDue", n.due().toString()));
        return o;
    }

    public static ObjectNode deadlineRow(ResponseDeadline r) {
        return MAPPER.createObjectNode().put("severity", r.severity().name()).put("systemLevel", r.systemLevel())
                .put("respondMinutes", r.timeToRespond().toMinutes()).put("resolveMinutes", r.timeToResolve().toMinutes());
    }

    public static ObjectNode reportingRule(ReportingRule r) {
        ObjectNode o = MAPPER.createObjectNode().put("code", r.code()).put("source", r.source()).put("description", r.description())
                .put("withinHours", r.within().toHours()).put("confirmed", r.confirmed());
        ArrayNode to = o.putArray("recipients");
        for (ReportRecipient p : r.recipients()) {
            ObjectNode n = to.addObject().put("role", p.role()).put("name", p.name()).put("confirmed", p.confirmed());
            putText(n, "contact", p.contact());
        }
        return o;
    }

    public static ArrayNode array(Collection<? extends JsonNode> nodes) {
        ArrayNode a = MAPPER.createArrayNode();
        a.addAll(nodes);
        return a;
    }

    public static String write(JsonNode node) {
        try {
            return MAPPER.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a JSON tree is always writable", e);
        }
    }

    public static JsonNode parse(String json) {
        try {
            return MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a stored incident document is not JSON: " + e.getOriginalMessage(), e);
        }
    }

    private static ObjectNode deadline(IncidentDeadlines.Deadline d) {
        ObjectNode o = MAPPER.createObjectNode();
        o.put("due", d.due().toString());
        putInstant(o, "metAt", d.metAt());
        d.remaining().ifPresent(r -> o.put("remainingSeconds", r.toSeconds()).put("remaining", remaining(r)));
        o.put("overdue", d.overdue());
        return o;
    }

    /** "2d 3h", "-1h 20m" (late), "15m": what the page and the list show. */
    public static String remaining(Duration d) {
        Duration a = d.abs();
        long days = a.toDays();
        long hours = a.toHoursPart();
        long minutes = a.toMinutesPart();
        String text = days > 0 ? days + "d " + hours + "h" : hours > 0 ? hours + "h " + minutes + "m" : minutes + "m";
        return d.isNegative() ? "-" + text : text;
    }

    /** Reference, title, severity, priority, status, resolution, assignee, units: the list's and the audit's common part. */
    private static void putState(ObjectNode o, Incident i) {
        o.put("reference", i.reference().toString());
        o.put("title", i.title());
        o.put("severity", i.severity().name());
        o.put("priority", i.priority().name());
        o.put("status", i.status().name());
        putText(o, "resolution", i.resolution() == null ? null : i.resolution().name());
        putText(o, "assignee", i.assignee());
        putUnits(o, i);
    }

    private static void putUnits(ObjectNode o, Incident i) {
        ArrayNode units = o.putArray("units");
        i.unitsInOrder().forEach(u -> units.add(u.value()));
    }

    /** Alerts, systems, observables and tasks: the stored document's parts, also in the full view. */
    private static void putParts(ObjectNode o, Incident i) {
        ArrayNode alerts = o.putArray("alerts");
        i.alerts().forEach(a -> alerts.add(alert(a)));
        ArrayNode systems = o.putArray("systems");
        i.systems().forEach(s -> systems.add(system(s)));
        ArrayNode observables = o.putArray("observables");
        i.observables().forEach(ob -> observables.add(observable(ob)));
        ArrayNode tasks = o.putArray("tasks");
        i.tasks().forEach(t -> tasks.add(task(t)));
    }

    private static ObjectNode alert(LinkedAlert a) {
        ObjectNode o = MAPPER.createObjectNode();
        o.put("id", a.id());
        putInstant(o, "timestamp", a.timestamp());
        putText(o, "ruleId", a.ruleId());
        putText(o, "ruleName", a.ruleName());
        putText(o, "ruleLevel", a.ruleLevel());
        putText(o, "priority", a.priority());
        putTexts(o, "hostNames", a.hostNames());
        putTexts(o, "unitIds", a.unitIds());
        putTexts(o, "systemIds", a.systemIds());
        putTexts(o, "systemNames", a.systemNames());
        o.put("systemLevel", a.systemLevel());
        putTexts(o, "techniques", a.techniques());
        o.put("eventCount", a.eventCount());
        putInstant(o, "linkedAt", a.linkedAt());
        o.put("linkedBy", a.linkedBy());
        putText(o, "drill", a.drill());
        return o;
    }

    private static ObjectNode system(AffectedSystem s) {
        ObjectNode o = MAPPER.createObjectNode().put("id", s.id());
        putText(o, "name", s.name());
        return o;
    }

    private static ObjectNode observable(Observable ob) {
        ObjectNode o = MAPPER.createObjectNode().put("type", ob.type().name()).put("value", ob.value());
        if (ob.type() == ObservableType.HASH) {
            o.put("algorithm", ob.hashAlgorithm());
        }
        putText(o, "note", ob.note());
        return o;
    }

    private static ObjectNode task(IncidentTask t) {
        ObjectNode o = MAPPER.createObjectNode().put("number", t.number()).put("title", t.title()).put("done", t.done());
        putText(o, "assignee", t.assignee());
        putInstant(o, "due", t.due());
        return o;
    }

    private static void putText(ObjectNode o, String name, String value) {
        if (value != null) {
            o.put(name, value);
        }
    }

    private static void putInstant(ObjectNode o, String name, Instant value) {
        if (value != null) {
            o.put(name, value.toString());
        }
    }

    private static void putTexts(ObjectNode o, String name, List<String> values) {
        ArrayNode a = o.putArray(name);
        values.forEach(a::add);
    }

    private static String text(JsonNode n) {
        return n.isMissingNode() || n.isNull() ? null : n.asText();
    }

    private static Instant instant(JsonNode n) {
        return n.isMissingNode() || n.isNull() ? null : Instant.parse(n.asText());
    }

    private static List<String> texts(JsonNode n) {
        List<String> out = new ArrayList<>();
        n.forEach(v -> out.add(v.asText()));
        return out;
    }
}
