package vn.gov.moh.soc.portal.domain.model.alert;

import java.time.Instant;
import java.util.List;

/**
 * Alerts were linked into an incident: fired (as a CDI event, after the incident's transaction
 * commits) by the incidents, observed by the queue, which marks the alerts {@link
 * TriageStatus#ESCALATED} with the incident's reference.
 *
 * @param incidentReference the incident's human reference (e.g. {@code INC-2026-0042})
 * @param by the user who escalated
 */
public record AlertsEscalated(List<String> alertIds, long incidentId, String incidentReference, String by, Instant at) {
    public AlertsEscalated {
        alertIds = List.copyOf(alertIds);
    }
}
