package vn.gov.moh.soc.portal.domain.model.incident;

import java.time.Instant;
import java.util.Objects;

/**
 * One change of the incident: who, when, what (in English words with the values, e.g. {@code status
 * NEW → CONTAINMENT}), as Decision 4494/QĐ-BYT asks a unit to record notification, results and timing.
 *
 * @param kind what changed, for filters and the page's icons
 */
public record TimelineEntry(Instant at, String by, Kind kind, String what) {
    public enum Kind {
        CREATED, ALERTS_LINKED, DETAILS, ASSIGNED, STATUS, CLOSED, REOPENED, AFFECTED, OBSERVABLE, TASK, COMMENT, REPORTED
    }

    public TimelineEntry {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(by, "by");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(what, "what");
    }
}
