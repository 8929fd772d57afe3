package vn.gov.moh.soc.portal.domain.model.ipv6;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import vn.gov.moh.soc.portal.domain.model.unit.UnitId;

class Ipv6PlanTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 1);

    static Stream<Arguments> milestones() {
        return Stream.of(
                // due, status, done on, overdue today
                Arguments.of(LocalDate.of(2026, 11, 30), MilestoneStatus.PLANNED, null, true),
                Arguments.of(LocalDate.of(2026, 11, 30), MilestoneStatus.IN_PROGRESS, null, true),
                Arguments.of(LocalDate.of(2026, 11, 30), MilestoneStatus.DONE, LocalDate.of(2026, 12, 1), false),
                Arguments.of(LocalDate.of(2026, 12, 1), MilestoneStatus.PLANNED, null, false),
                Arguments.of(LocalDate.of(2027, 6, 30), MilestoneStatus.IN_PROGRESS, null, false));
    }

    @ParameterizedTest(name = "due {0}, {1}: overdue {3}")
    @MethodSource("milestones")
    void aMilestoneNotDoneAfterItsDueDateIsOverdue(LocalDate due, MilestoneStatus status, LocalDate doneOn, boolean overdue) {
        assertThat(new Milestone(MigrationPhase.DUAL_STACK, "Dual stack trên cổng", due, status, doneOn).overdueOn(TODAY)).isEqualTo(overdue);
    }

    private static Milestone m(MigrationPhase phase, String due, MilestoneStatus status) {
        return new Milestone(phase, phase + " " + due, LocalDate.parse(due), status, status == MilestoneStatus.DONE ? LocalDate.parse(due) : null);
    }

    static Stream<Arguments> plans() {
        return Stream.of(
                Arguments.of(List.of(m(MigrationPhase.INVENTORY, "2026-03-01", MilestoneStatus.DONE),
                        m(MigrationPhase.DUAL_STACK, "2026-10-01", MilestoneStatus.IN_PROGRESS),
                        m(MigrationPhase.IPV6_ONLY, "2028-01-01", MilestoneStatus.PLANNED)), Optional.of(MigrationPhase.DUAL_STACK), 1),
                Arguments.of(List.of(m(MigrationPhase.IPV6_ONLY, "2028-01-01", MilestoneStatus.PLANNED),
                        m(MigrationPhase.INVENTORY, "2026-01-01", MilestoneStatus.PLANNED)), Optional.of(MigrationPhase.INVENTORY), 1),
                Arguments.of(List.of(m(MigrationPhase.INVENTORY, "2025-03-01", MilestoneStatus.DONE),
                        m(MigrationPhase.IPV6_ONLY, "2026-06-01", MilestoneStatus.DONE)), Optional.empty(), 0));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("plans")
    void thePlanIsInItsFirstUnfinishedPhaseAndCountsItsOverdueMilestones(List<Milestone> milestones, Optional<MigrationPhase> phase,
                                                                          int overdue) {
        Ipv6Plan plan = new Ipv6Plan(null, UnitId.of("bv-bach-mai"), null, "Chuyển đổi IPv6", milestones);
        assertThat(plan.currentPhase()).isEqualTo(phase);
        assertThat(plan.overdueOn(TODAY)).hasSize(overdue);
        assertThat(plan.milestones()).extracting(Milestone::phase).isSorted();
    }

    @Test
    void aDoneMilestoneSaysWhenAndOnlyItDoes() {
        assertThatThrownBy(() -> new Milestone(MigrationPhase.INVENTORY, "x", TODAY, MilestoneStatus.DONE, null)).hasMessageContaining("when it was done");
        assertThatThrownBy(() -> new Milestone(MigrationPhase.INVENTORY, "x", TODAY, MilestoneStatus.PLANNED, TODAY))
                .hasMessageContaining("only a done milestone");
        assertThatThrownBy(() -> new Ipv6Plan(null, UnitId.of("bv-bach-mai"), null, "x", List.of())).hasMessageContaining("at least one milestone");
    }
}
