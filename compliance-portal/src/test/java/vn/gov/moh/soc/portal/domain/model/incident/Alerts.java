package vn.gov.moh.soc.portal.domain.model.incident;

import java.time.Instant;
import java.util.List;
import vn.gov.moh.soc.portal.domain.model.alert.AlertSummary;

/** Alert summaries for the incident tests. */
final class Alerts {
    private Alerts() {
    }

    static AlertSummary alert(String id, String at, String ruleLevel, String priority, String unit, String system, int level,
            String sourceIp, String user, String host) {
        return new AlertSummary(id, Instant.parse(at), "r-" + id, "SSH brute force", ruleLevel, priority, "open", List.of(host),
                List.of("10.1.0.5"), List.of(sourceIp), List.of(user), List.of(unit), List.of(system), List.of("HIS " + system),
                level, List.of("credential_access"), List.of("T1110"), "source.ip=" + sourceIp, 12, List.of("e1", "e2"));
    }

    /** The same alert raised by the telemetry of the drill run with this mark. */
    static AlertSummary drill(AlertSummary a, String mark) {
        return new AlertSummary(a.id(), a.timestamp(), a.ruleId(), a.ruleName(), a.ruleLevel(), a.priority(), a.status(),
                a.hostNames(), a.hostIps(), a.sourceIps(), a.userNames(), a.unitIds(), a.systemIds(), a.systemNames(),
                a.systemLevel(), a.tactics(), a.techniques(), a.groupKey(), a.eventCount(), a.eventIds(), mark);
    }

    static AlertSummary bachMai(String id, String at) {
        return alert(id, at, "high", "P2", "bv-bach-mai", "system-4", 3, "203.0.113.9", "root", "his-web-1");
    }
}
