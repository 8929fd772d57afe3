package vn.gov.moh.soc.portal.domain.model.drill;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * How the drill was held and what it showed.
 *
 * @param record   the execution record: what happened, in order
 * @param findings weaknesses the drill revealed
 * @param lessons  lessons learned and follow-up actions
 */
public record DrillExecution(LocalDate startedOn, LocalDate endedOn, String conductedBy, String record, List<String> findings,
                             List<String> lessons) {
    public DrillExecution {
        Objects.requireNonNull(startedOn, "the start date is required");
        Objects.requireNonNull(endedOn, "the end date is required");
        if (endedOn.isBefore(startedOn)) {
            throw new IllegalArgumentException("the drill ended (" + endedOn + ") before it started (" + startedOn + ")");
        }
        if (conductedBy == null || conductedBy.isBlank()) {
            throw new IllegalArgumentException("name who conducted the drill");
        }
        conductedBy = conductedBy.strip();
        record = record == null ? "" : record.strip();
        if (record.length() > 20000) {
            throw new IllegalArgumentException("the execution record is at most 20000 characters");
        }
        findings = lines(findings, "finding");
        lessons = lines(lessons, "lesson");
    }

    private static List<String> lines(List<String> given, String what) {
        if (given == null) {
            return List.of();
        }
        for (String s : given) {
            if (s == null || s.isBlank() || s.length() > 2000) {
                throw new IllegalArgumentException("a " + what + " is 1 to 2000 characters");
            }
        }
        return given.stream().map(String::strip).toList();
    }
}
