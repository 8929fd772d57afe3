package vn.gov.moh.soc.portal.application.incident;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.gov.moh.soc.portal.domain.model.alert.AlertSummary;
import vn.gov.moh.soc.portal.domain.model.incident.IncidentPriority;
import vn.gov.moh.soc.portal.domain.model.incident.IncidentReference;
import vn.gov.moh.soc.portal.domain.model.incident.Severity;

class EscalationProposalTest {
    private static AlertSummary alert(String id, String rule, String level, String priority, List<String> systems, List<String> hosts) {
        return new AlertSummary(id, Instant.parse("2026-11-30T01:00:00Z"), "r", rule, level, priority, "open", hosts, List.of(),
                List.of(), List.of(), List.of("bv-bach-mai"), systems, systems, 3, List.of(), List.of(), null, 1, List.of());
    }

    @Test
    void theMostUrgentAlertNamesTheIncidentAndTheHighestLevelAndPriorityAreProposed() {
        EscalationProposal p = EscalationProposal.of(List.of("a", "b", "c", "zz"), List.of(
                alert("a", "Sudo to root", "medium", "P3", List.of(), List.of("his-web-1")),
                alert("b", "SQL injection", "critical", "P1", List.of("HIS"), List.of("his-web-1")),
                alert("c", "SSH brute force", "high", "P2", List.of("PACS"), List.of())), Map.of("c", new IncidentReference(2026, 2)));
        assertThat(p.title()).isEqualTo("SQL injection — his-web-1, HIS, PACS (3 alerts)");
        assertThat(p.severity()).isEqualTo(Severity.CRITICAL);
        assertThat(p.priority()).isEqualTo(IncidentPriority.P1);
        assertThat(p.unknown()).containsExactly("zz");
        assertThat(p.escalated()).containsKey("c");
    }

    @Test
    void alertsOfPriorityFiveMakeAFourAndNoAlertsProposeNoTitle() {
        EscalationProposal p = EscalationProposal.of(List.of("a"), List.of(alert("a", "Login", "informational", "P5", List.of(), List.of())),
                Map.of());
        assertThat(p.priority()).isEqualTo(IncidentPriority.P4);
        assertThat(p.severity()).isEqualTo(Severity.LOW);
        assertThat(p.title()).isEqualTo("Login");
        assertThat(EscalationProposal.of(List.of("x"), List.of(), Map.of()).title()).isNull();
    }
}
