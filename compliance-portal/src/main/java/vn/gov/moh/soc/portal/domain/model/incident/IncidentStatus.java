package vn.gov.moh.soc.portal.domain.model.incident;

/**
 * The phases of incident handling (NIST SP 800-61's, which Decision 4494/QĐ-BYT's process follows:
 * detection and report, containment, eradication, recovery, lessons learned), in order.
 */
public enum IncidentStatus {
    NEW, IN_PROGRESS, CONTAINMENT, ERADICATION, RECOVERY, POST_INCIDENT_REVIEW, CLOSED;

    public boolean open() {
        return this != CLOSED;
    }

    /**
     * Whether an incident in this phase may move to {@code target} (closing and reopening are
     * separate steps): forward to any later open phase, or back to containment from a later phase.
     */
    public boolean canMoveTo(IncidentStatus target) {
        if (this == CLOSED || target == CLOSED || target == NEW || target == this) {
            return false;
        }
        return target.ordinal() > ordinal() || target == CONTAINMENT && ordinal() > CONTAINMENT.ordinal();
    }
}
