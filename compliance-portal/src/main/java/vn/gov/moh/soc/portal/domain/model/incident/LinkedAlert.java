package vn.gov.moh.soc.portal.domain.model.incident;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import vn.gov.moh.soc.portal.domain.model.alert.AlertSummary;

/**
 * An alert as it was when linked: the incident keeps what it needs even after the alerts index
 * rolls over or the alert document changes.
 *
 * @param drill the drill run's mark of a drill's alert, null for a real one
 */
public record LinkedAlert(String id, Instant timestamp, String ruleId, String ruleName, String ruleLevel, String priority,
        List<String> hostNames, List<String> unitIds, List<String> systemIds, List<String> systemNames, int systemLevel,
        List<String> techniques, long eventCount, Instant linkedAt, String linkedBy, String drill) {

    public LinkedAlert {
        Objects.requireNonNull(id, "id");
        hostNames = List.copyOf(hostNames);
        unitIds = List.copyOf(unitIds);
        systemIds = List.copyOf(systemIds);
        systemNames = List.copyOf(systemNames);
        techniques = List.copyOf(techniques);
    }

    public static LinkedAlert of(AlertSummary a, Instant at, String by) {
        return new LinkedAlert(a.id(), a.timestamp(), a.ruleId(), a.ruleName(), a.ruleLevel(), a.priority(), a.hostNames(),
                a.unitIds(), a.systemIds(), a.systemNames(), a.systemLevel(), a.techniques(), a.eventCount(), at, by,
                a.drill());
    }
}
