package vn.gov.moh.soc.portal.domain.model.alert;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import vn.gov.moh.soc.core.event.DrillMark;
import vn.gov.moh.soc.core.event.Event;

/**
 * What the console and an incident keep of one alert document: its id, when, which rule at which
 * level, the priority the enrichment gave it, the triage status, and what it touched (hosts,
 * addresses, users, units and information systems; a correlation alert may name several of each).
 *
 * @param systemLevel the highest Decree 85 level among the systems, 0 when none is known
 * @param drill       the mark of the drill run whose telemetry raised it ({@code labels.soc_drill}),
 *                    null for a real alert
 */
public record AlertSummary(String id, Instant timestamp, String ruleId, String ruleName, String ruleLevel,
        String priority, String status, List<String> hostNames, List<String> hostIps, List<String> sourceIps,
        List<String> userNames, List<String> unitIds, List<String> systemIds, List<String> systemNames,
        int systemLevel, List<String> tactics, List<String> techniques, String groupKey, long eventCount,
        List<String> eventIds, String drill) {

    /** A real alert (no drill's mark). */
    public AlertSummary(String id, Instant timestamp, String ruleId, String ruleName, String ruleLevel,
            String priority, String status, List<String> hostNames, List<String> hostIps, List<String> sourceIps,
            List<String> userNames, List<String> unitIds, List<String> systemIds, List<String> systemNames,
            int systemLevel, List<String> tactics, List<String> techniques, String groupKey, long eventCount,
            List<String> eventIds) {
        this(id, timestamp, ruleId, ruleName, ruleLevel, priority, status, hostNames, hostIps, sourceIps, userNames, unitIds,
                systemIds, systemNames, systemLevel, tactics, techniques, groupKey, eventCount, eventIds, null);
    }

    public AlertSummary {
        hostNames = List.copyOf(hostNames);
        hostIps = List.copyOf(hostIps);
        sourceIps = List.copyOf(sourceIps);
        userNames = List.copyOf(userNames);
        unitIds = List.copyOf(unitIds);
        systemIds = List.copyOf(systemIds);
        systemNames = List.copyOf(systemNames);
        tactics = List.copyOf(tactics);
        techniques = List.copyOf(techniques);
        eventIds = List.copyOf(eventIds);
    }

    /**
     * The summary of an alert document read with soc-core's {@code EventJson} (flat dotted names);
     * {@code id} is the document's {@code _id}, which the job derives like {@code event.id}.
     */
    public static AlertSummary of(String id, Event doc) {
        Instant at = doc.timestamp();
        int level = 0;
        for (String l : texts(doc.get("soc.system.level"))) {
            try {
                level = Math.max(level, Integer.parseInt(l));
            } catch (NumberFormatException e) {
                // Not a level: the job writes numbers; anything else is ignored rather than failing the queue.
            }
        }
        Object count = doc.get("soc.alert.event_count");
        return new AlertSummary(id, at, doc.text("rule.id"), doc.text("rule.name"), doc.text("soc.alert.rule_level"),
                doc.text("soc.alert.priority"), doc.text("soc.alert.status"), texts(doc.get("host.name")),
                texts(doc.get("host.ip")), texts(doc.get("source.ip")), texts(doc.get("user.name")),
                texts(doc.get("organization.id")), texts(doc.get("soc.system.id")), texts(doc.get("soc.system.name")),
                level, texts(doc.get("threat.tactic.name")), texts(doc.get("threat.technique.id")),
                doc.text("soc.alert.group_key"), count instanceof Number n ? n.longValue() : 1L,
                texts(doc.get("soc.alert.event_ids")), doc.text(DrillMark.FIELD));
    }

    /** Whether a drill's telemetry raised it. */
    public boolean isDrill() {
        return drill != null;
    }

    /** A field's values as texts: one value, a list, or none. */
    private static List<String> texts(Object value) {
        if (value == null) {
            return List.of();
        }
        if (value instanceof Collection<?> many) {
            List<String> out = new ArrayList<>(many.size());
            for (Object o : many) {
                if (o != null && !(o instanceof Map<?, ?>)) {
                    out.add(o.toString());
                }
            }
            return out;
        }
        return value instanceof Map<?, ?> ? List.of() : List.of(value.toString());
    }
}
