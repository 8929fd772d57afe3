package vn.gov.moh.soc.portal.domain.model.drill;

import vn.gov.moh.soc.portal.domain.shared.Text;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import vn.gov.moh.soc.portal.domain.model.unit.UnitId;

/**
 * One drill of an organizer's annual plan for {@code year}. The schedule lies within the year;
 * the organizer always takes part.
 *
 * @param id        null until saved
 * @param execution null until the drill is held
 */
public record Drill(DrillId id, int year, UnitId organizer, DrillScope scope, String title, List<Scenario> scenarios,
                    Set<UnitId> participants, LocalDate plannedStart, LocalDate plannedEnd, DrillExecution execution) {
    public Drill {
        Objects.requireNonNull(organizer, "organizer");
        Objects.requireNonNull(scope, "scope");
        if (year < 2000 || year > 2100) {
            throw new IllegalArgumentException("the plan's year is 2000 to 2100: " + year);
        }
        title = Text.required(title, "the drill's title", 300);
        scenarios = scenarios == null ? List.of() : List.copyOf(scenarios);
        if (scenarios.isEmpty()) {
            throw new IllegalArgumentException("a drill plays at least one scenario");
        }
        Objects.requireNonNull(plannedStart, "the planned start is required");
        Objects.requireNonNull(plannedEnd, "the planned end is required");
        if (plannedEnd.isBefore(plannedStart)) {
            throw new IllegalArgumentException("the planned end (" + plannedEnd + ") is before the start (" + plannedStart + ")");
        }
        if (plannedStart.getYear() != year || plannedEnd.getYear() != year) {
            throw new IllegalArgumentException("the schedule lies within the plan's year " + year);
        }
        Set<UnitId> all = new LinkedHashSet<>();
        all.add(organizer);
        if (participants != null) {
            all.addAll(participants);
        }
        participants = Set.copyOf(all);
    }

    /** Where the drill stands on a day. */
    public enum Status {
        PLANNED("Đã lập kế hoạch"), HELD("Đã tổ chức"), OVERDUE("Quá hạn, chưa tổ chức");

        private final String vietnameseName;

        Status(String vietnameseName) {
            this.vietnameseName = vietnameseName;
        }

        public String vietnameseName() {
            return vietnameseName;
        }
    }

    public Status status(LocalDate today) {
        if (execution != null) {
            return Status.HELD;
        }
        return plannedEnd.isBefore(today) ? Status.OVERDUE : Status.PLANNED;
    }

    public Optional<DrillExecution> held() {
        return Optional.ofNullable(execution);
    }

    public Drill withId(DrillId value) {
        return new Drill(value, year, organizer, scope, title, scenarios, participants, plannedStart, plannedEnd, execution);
    }

    public Drill withExecution(DrillExecution value) {
        return new Drill(id, year, organizer, scope, title, scenarios, participants, plannedStart, plannedEnd, value);
    }
}
