package vn.gov.moh.soc.portal.domain.model.drill;

import vn.gov.moh.soc.portal.domain.shared.Text;

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
        conductedBy = Text.required(conductedBy, "who conducted the drill", 300);
        record = Objects.requireNonNullElse(Text.optional(record, "the execution record", 20000), "");
        findings = lines(findings, "finding");
        lessons = lines(lessons, "lesson");
    }

    private static List<String> lines(List<String> given, String what) {
        if (given == null) {
            return List.of();
        }
        return given.stream().map(s -> Text.required(s, "a " + what, 2000)).toList();
    }
}
