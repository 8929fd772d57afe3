package vn.gov.moh.soc.portal.domain.model.incident;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * An incident's deadlines at a moment: respond and resolve from the deadline table's row for its
 * severity and level, counted from detection; report by each reporting rule, unless it was closed
 * as no incident at all (false positive, benign, duplicate). Computed when read, so an edit of the
 * table applies to open incidents at once.
 */
public record IncidentDeadlines(Deadline respond, Deadline resolve, List<ReportDeadline> reports) {

    /** One deadline: due, met (null while not), and as of {@code now} what remains (negative: late). */
    public record Deadline(Instant due, Instant metAt, Instant now) {
        public boolean overdue() {
            return metAt == null ? now.isAfter(due) : metAt.isAfter(due);
        }

        /** Time left while not met; empty once met. */
        public Optional<Duration> remaining() {
            return metAt == null ? Optional.of(Duration.between(now, due)) : Optional.empty();
        }
    }

    public record ReportDeadline(ReportingRule rule, Deadline deadline) {
    }

    public IncidentDeadlines {
        reports = List.copyOf(reports);
    }

    public static IncidentDeadlines of(Incident incident, ResponseDeadlineTable table, List<ReportingRule> rules, Instant now) {
        ResponseDeadline row = table.find(incident.severity(), incident.systemLevel());
        Instant from = incident.detectedAt();
        boolean reportable = incident.resolution() == null || incident.resolution().realIncident();
        return new IncidentDeadlines(new Deadline(from.plus(row.timeToRespond()), incident.respondedAt(), now),
                new Deadline(from.plus(row.timeToResolve()), incident.resolvedAt(), now),
                reportable ? rules.stream().map(r -> new ReportDeadline(r, new Deadline(r.dueFor(from), incident.reportedAt(), now))).toList()
                        : List.of());
    }

    /** Whether any deadline is missed. */
    public boolean overdue() {
        return respond.overdue() || resolve.overdue() || reports.stream().anyMatch(r -> r.deadline().overdue());
    }

    /** The nearest deadline not yet met, for the list's "time remaining". */
    public Optional<Deadline> next() {
        return java.util.stream.Stream.concat(java.util.stream.Stream.of(respond, resolve), reports.stream().map(ReportDeadline::deadline))
                .filter(d -> d.metAt() == null).min(Comparator.comparing(Deadline::due));
    }
}
