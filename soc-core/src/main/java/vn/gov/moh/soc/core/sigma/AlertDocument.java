package vn.gov.moh.soc.core.sigma;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import vn.gov.moh.soc.core.event.Event;
import vn.gov.moh.soc.core.event.LogSource;
import vn.gov.moh.soc.core.sigma.correlation.CorrelationAlert;
import vn.gov.moh.soc.core.sigma.rule.CorrelationRule;
import vn.gov.moh.soc.core.sigma.rule.SigmaRule;

/**
 * An {@link Alert} as the ECS document of the {@code soc-alerts} index and the {@code soc.alerts}
 * topic (written with {@link vn.gov.moh.soc.core.event.EventJson}): {@code event.kind: alert},
 * the rule under {@code rule.*}, ATT&CK tags under {@code threat.*}, and {@code soc.alert.*}. A
 * rule match carries the fields of the event it matched; a correlation its group fields and
 * window; every alert names its group of the console's grouped queue ({@link AlertGroupName}).
 * The id is stable ({@link #id}) so that a replay overwrites instead of duplicating.
 */
public final class AlertDocument {
    private AlertDocument() {
    }

    /** The id of an alert: rule and event for a match, rule, group and window for a correlation. */
    public static String id(Alert alert) {
        if (alert instanceof Alert.RuleMatch m) {
            return ruleMatchId(m.rule(), m.event().text("event.id"));
        }
        return ((Alert.Correlation) alert).alert().id();
    }

    /** The id of the alert a rule raises for the event with this id. */
    public static String ruleMatchId(SigmaRule rule, String eventId) {
        String key = (rule.id() != null ? rule.id() : rule.title()) + '|' + eventId;
        return UUID.nameUUIDFromBytes(key.getBytes(StandardCharsets.UTF_8)).toString();
    }

    /** The alert's document as a flat event (dotted ECS names), to be written with {@code EventJson}. */
    public static Event of(Alert alert) {
        Event doc;
        if (alert instanceof Alert.RuleMatch m) {
            SigmaRule r = m.rule();
            doc = new Event(new java.util.HashMap<>(m.event().fields()), m.event().logSource());
            String eventId = m.event().text("event.id");
            rule(doc, r.id(), r.title(), r.description(), r.author(), r.level(), r.tags());
            if (!r.references().isEmpty()) {
                doc.put("rule.reference", String.join(" ", r.references()));
            }
            doc.put("soc.alert.event_count", 1L);
            doc.put("soc.alert.event_ids", eventId == null ? List.of() : List.of(eventId));
        } else {
            CorrelationAlert c = ((Alert.Correlation) alert).alert();
            CorrelationRule r = c.rule();
            doc = new Event(new java.util.HashMap<>(), LogSource.UNKNOWN);
            c.group().forEach(doc::put);
            doc.put("@timestamp", c.windowEnd().toString());
            rule(doc, r.id(), r.title(), r.description(), null, r.level(), r.tags());
            StringBuilder group = new StringBuilder();
            for (Map.Entry<String, String> e : new java.util.TreeMap<>(c.group()).entrySet()) {
                group.append(group.length() == 0 ? "" : ",").append(e.getKey()).append('=').append(e.getValue());
            }
            doc.put("soc.alert.group_key", group.toString());
            doc.put("soc.alert.correlation_type", r.type());
            doc.put("soc.alert.window_start", c.windowStart().toString());
            doc.put("soc.alert.window_end", c.windowEnd().toString());
            doc.put("soc.alert.event_count", (long) c.count());
            doc.put("soc.alert.value", c.value());
            doc.put("soc.alert.event_ids", List.copyOf(c.eventIds()));
        }
        doc.put("event.kind", "alert");
        doc.put("event.id", id(alert));
        doc.put("soc.alert.status", "open");
        AlertGroupName group = AlertGroupName.of(doc);
        if (group != null) {
            doc.put(AlertGroupName.FIELD, group.value());
        }
        return doc;
    }

    private static void rule(Event doc, String id, String title, String description, String author, String level,
            List<String> tags) {
        putIfPresent(doc, "rule.id", id);
        doc.put("rule.name", title);
        putIfPresent(doc, "rule.description", description);
        putIfPresent(doc, "rule.author", author);
        doc.put("rule.ruleset", "sigma");
        putIfPresent(doc, "soc.alert.rule_level", level);
        if (!tags.isEmpty()) {
            doc.put("tags", List.copyOf(tags));
        }
        List<String> tactics = new ArrayList<>();
        List<String> techniques = new ArrayList<>();
        for (String tag : tags) {
            if (!tag.startsWith("attack.")) {
                continue;
            }
            String rest = tag.substring("attack.".length());
            if (rest.matches("t\\d{4}(\\.\\d{3})?")) {
                techniques.add(rest.toUpperCase(Locale.ROOT));
            } else if (!rest.matches("[gs]\\d{4}")) {
                tactics.add(rest);
            }
        }
        if (!tactics.isEmpty() || !techniques.isEmpty()) {
            doc.put("threat.framework", "MITRE ATT&CK");
        }
        if (!tactics.isEmpty()) {
            doc.put("threat.tactic.name", tactics);
        }
        if (!techniques.isEmpty()) {
            doc.put("threat.technique.id", techniques);
        }
    }

    private static void putIfPresent(Event doc, String field, String value) {
        if (value != null) {
            doc.put(field, value);
        }
    }
}
