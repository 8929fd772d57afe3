package vn.gov.moh.soc.portal.domain.model.ipv6;

import vn.gov.moh.soc.portal.domain.shared.Text;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import vn.gov.moh.soc.portal.domain.model.system.SystemId;
import vn.gov.moh.soc.portal.domain.model.unit.UnitId;

/**
 * A unit's migration plan, for the unit as a whole ({@code system} null) or for one of its systems.
 * Milestones are kept in phase order, then by due date.
 *
 * @param id null until saved
 */
public record Ipv6Plan(Ipv6PlanId id, UnitId unit, SystemId system, String title, List<Milestone> milestones) {
    public Ipv6Plan {
        Objects.requireNonNull(unit, "unit");
        title = Text.required(title, "the plan's title", 300);
        milestones = milestones == null ? List.of() : milestones.stream()
                .sorted(java.util.Comparator.comparing(Milestone::phase).thenComparing(Milestone::due)).toList();
        if (milestones.isEmpty()) {
            throw new IllegalArgumentException("a plan has at least one milestone");
        }
        if (milestones.size() > 200) {
            throw new IllegalArgumentException("a plan has at most 200 milestones");
        }
    }

    public Optional<SystemId> forSystem() {
        return Optional.ofNullable(system);
    }

    public List<Milestone> overdueOn(LocalDate today) {
        return milestones.stream().filter(m -> m.overdueOn(today)).toList();
    }

    /** The first phase with work left; empty when every milestone is done. */
    public Optional<MigrationPhase> currentPhase() {
        return milestones.stream().filter(m -> m.status() != MilestoneStatus.DONE).map(Milestone::phase).findFirst();
    }

    public Ipv6Plan withId(Ipv6PlanId value) {
        return new Ipv6Plan(value, unit, system, title, milestones);
    }
}
