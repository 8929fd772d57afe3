package vn.gov.moh.soc.portal.domain.model.alert;

import java.time.Instant;

/**
 * One alert as its detail view shows it: the summary, the last triage decision, and the whole
 * document as the job wrote it (nested ECS JSON).
 */
public record AlertDetail(AlertSummary summary, Triage triage, String documentJson) {

    /**
     * Who last changed the status, when and why, and the incident it went into; every part may be
     * null (an alert nobody has touched).
     */
    public record Triage(String by, Instant at, String reason, String incidentReference) {
        public static final Triage NONE = new Triage(null, null, null, null);
    }
}
