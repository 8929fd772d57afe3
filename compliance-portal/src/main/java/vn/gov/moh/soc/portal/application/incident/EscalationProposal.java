package vn.gov.moh.soc.portal.application.incident;

import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import vn.gov.moh.soc.portal.domain.model.alert.AlertSummary;
import vn.gov.moh.soc.portal.domain.model.incident.IncidentPriority;
import vn.gov.moh.soc.portal.domain.model.incident.IncidentReference;
import vn.gov.moh.soc.portal.domain.model.incident.Severity;

/**
 * What escalating these alerts would make: the alerts found, the ids not found, those in an
 * incident already, and a title, severity and priority proposed from the alerts (the highest rule
 * level and priority; the rule of the most urgent alert and where it fired).
 */
public record EscalationProposal(List<AlertSummary> alerts, List<String> unknown, Map<String, IncidentReference> escalated,
        String title, Severity severity, IncidentPriority priority) {

    public static EscalationProposal of(List<String> asked, List<AlertSummary> found, Map<String, IncidentReference> escalated) {
        Set<String> foundIds = new LinkedHashSet<>();
        found.forEach(a -> foundIds.add(a.id()));
        List<String> unknown = asked.stream().distinct().filter(id -> !foundIds.contains(id)).toList();
        Severity severity = found.stream().map(a -> Severity.ofRuleLevel(a.ruleLevel())).max(Comparator.naturalOrder())
                .orElse(Severity.MEDIUM);
        IncidentPriority priority = found.stream().map(a -> IncidentPriority.ofAlertPriority(a.priority()))
                .min(Comparator.naturalOrder()).orElse(IncidentPriority.P3);
        return new EscalationProposal(found, unknown, escalated, title(found), severity, priority);
    }

    private static String title(List<AlertSummary> found) {
        if (found.isEmpty()) {
            return null;
        }
        AlertSummary first = found.stream().min(Comparator.comparing((AlertSummary a) -> IncidentPriority.ofAlertPriority(a.priority()))
                .thenComparing(a -> -Severity.ofRuleLevel(a.ruleLevel()).ordinal())).orElseThrow();
        String rule = Objects.requireNonNullElse(first.ruleName(), Objects.requireNonNullElse(first.ruleId(), "Alert"));
        Set<String> where = new LinkedHashSet<>();
        found.forEach(a -> where.addAll(a.systemNames().isEmpty() ? a.hostNames() : a.systemNames()));
        String text = rule + (where.isEmpty() ? "" : " — " + String.join(", ", where.stream().limit(3).toList())
                + (where.size() > 3 ? " +" + (where.size() - 3) : ""));
        if (found.size() > 1) {
            text += " (" + found.size() + " alerts)";
        }
        return text.length() > 300 ? text.substring(0, 299) + "…" : text;
    }
}
