package vn.gov.moh.soc.portal.domain.model.incident;

import java.time.Duration;
import java.util.Objects;

/**
 * One row of the response-deadline table: for incidents of this severity on systems of this
 * Decree 85 level (0: no system known), how long until the SOC responds (leaves "new") and until
 * the incident is resolved (closed).
 */
public record ResponseDeadline(Severity severity, int systemLevel, Duration timeToRespond, Duration timeToResolve) {
    public static final int MAX_RESOLVE_DAYS = 365;

    public ResponseDeadline {
        Objects.requireNonNull(severity, "severity");
        if (systemLevel < 0 || systemLevel > 5) {
            throw new IllegalArgumentException("the system level is 0 (unknown) to 5: " + systemLevel);
        }
        if (timeToRespond == null || timeToRespond.isNegative() || timeToRespond.isZero()) {
            throw new IllegalArgumentException("the time to respond is positive");
        }
        if (timeToResolve == null || timeToResolve.compareTo(timeToRespond) < 0 || timeToResolve.toDays() > MAX_RESOLVE_DAYS) {
            throw new IllegalArgumentException("the time to resolve is at least the time to respond and at most " + MAX_RESOLVE_DAYS + " days");
        }
    }
}
