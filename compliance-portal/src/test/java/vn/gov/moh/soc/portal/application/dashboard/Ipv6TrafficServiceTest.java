package vn.gov.moh.soc.portal.application.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.gov.moh.soc.portal.domain.model.ipv6.Ipv6Plan;
import vn.gov.moh.soc.portal.domain.model.ipv6.Ipv6PlanId;
import vn.gov.moh.soc.portal.domain.model.ipv6.MigrationPhase;
import vn.gov.moh.soc.portal.domain.model.ipv6.Milestone;
import vn.gov.moh.soc.portal.domain.model.ipv6.MilestoneStatus;
import vn.gov.moh.soc.portal.domain.model.system.SystemId;
import vn.gov.moh.soc.portal.domain.model.unit.UnitId;

/** Which plans declare a dual stack, and which of those show no IPv6 traffic. */
class Ipv6TrafficServiceTest {
    private static final LocalDate DAY = LocalDate.of(2026, 11, 1);
    private static final UnitId BACH_MAI = UnitId.of("bv-bach-mai");
    private static final YearMonth NOV = YearMonth.of(2026, 11);

    private static Ipv6Plan plan(long id, Long system, MilestoneStatus dualStack) {
        return new Ipv6Plan(new Ipv6PlanId(id), BACH_MAI, system == null ? null : new SystemId(system), "Chuyển đổi IPv6", List.of(
                new Milestone(MigrationPhase.INVENTORY, "Kiểm kê", DAY, MilestoneStatus.DONE, DAY),
                new Milestone(MigrationPhase.DUAL_STACK, "Song song", DAY, dualStack, dualStack == MilestoneStatus.DONE ? DAY : null)));
    }

    @Test
    void aPlanDeclaresItsDualStackOnceEveryDualStackMilestoneIsDone() {
        assertThat(Ipv6TrafficService.declaresDualStack(plan(1, 7L, MilestoneStatus.DONE))).isTrue();
        assertThat(Ipv6TrafficService.declaresDualStack(plan(1, 7L, MilestoneStatus.IN_PROGRESS))).isFalse();
        Ipv6Plan inventoryOnly = new Ipv6Plan(new Ipv6PlanId(3), BACH_MAI, null, "Kiểm kê",
                List.of(new Milestone(MigrationPhase.INVENTORY, "Kiểm kê", DAY, MilestoneStatus.DONE, DAY)));
        assertThat(Ipv6TrafficService.declaresDualStack(inventoryOnly)).as("no dual-stack milestone: nothing declared").isFalse();
    }

    @Test
    void aDualStackSystemWithoutRecentIpv6EventsIsFlaggedWithItsRecentIpv4Count() {
        List<Ipv6Traffic.Count> window = List.of(
                new Ipv6Traffic.Count(NOV.minusMonths(1), BACH_MAI, "7", 80, 4, 0, 0),
                new Ipv6Traffic.Count(NOV, BACH_MAI, "7", 150, 0, 120, 0),
                new Ipv6Traffic.Count(NOV, BACH_MAI, "8", 50, 3, 50, 3),
                new Ipv6Traffic.Count(NOV, UnitId.of("bv-xanh-pon"), "7", 0, 9, 0, 9));
        Ipv6Plan silent = plan(1, 7L, MilestoneStatus.DONE);
        Ipv6Plan talking = plan(2, 8L, MilestoneStatus.DONE);
        Ipv6Plan noTraffic = plan(3, 9L, MilestoneStatus.DONE);
        Ipv6Plan notYet = plan(4, 10L, MilestoneStatus.PLANNED);
        Ipv6Plan unitWide = plan(5, null, MilestoneStatus.DONE);

        var flagged = Ipv6TrafficService.silent(List.of(silent, talking, noTraffic, notYet, unitWide), window);

        assertThat(flagged).extracting(s -> s.plan().id().value() + ":" + s.ipv4Events())
                .as("IPv6 before the window does not count, nor another unit's system 7; a unit-wide plan counts every system of its unit")
                .containsExactly("1:120", "3:0");
    }

    @Test
    void theReportMeasuresAPlanByItsSystemOrByItsWholeUnitAndNamesTheSilentOnes() {
        List<Ipv6Traffic.Count> months = List.of(
                new Ipv6Traffic.Count(NOV.minusMonths(1), BACH_MAI, "7", 80, 4, 0, 0),
                new Ipv6Traffic.Count(NOV, BACH_MAI, "7", 150, 0, 120, 0),
                new Ipv6Traffic.Count(NOV, BACH_MAI, "8", 50, 3, 50, 3),
                new Ipv6Traffic.Count(NOV, UnitId.of("bv-xanh-pon"), "7", 0, 9, 0, 9));
        Ipv6Plan ofSeven = plan(1, 7L, MilestoneStatus.DONE);
        Ipv6Plan unitWide = plan(5, null, MilestoneStatus.DONE);
        Ipv6Plan other = plan(2, 8L, MilestoneStatus.DONE);
        var report = new Ipv6TrafficReport(java.time.Instant.EPOCH, java.time.Instant.EPOCH, months, List.of(ofSeven, unitWide, other),
                java.time.Instant.EPOCH, Ipv6TrafficService.silent(List.of(ofSeven, unitWide, other), months));

        assertThat(report.measured(ofSeven)).extracting(Ipv6Traffic.Count::ipv6).as("system 7 of Bạch Mai only").containsExactly(4L, 0L);
        assertThat(report.measured(unitWide)).as("every system of the unit, no other unit's").hasSize(3);
        assertThat(report.silent(ofSeven)).isTrue();
        assertThat(report.silent(other)).isFalse();
        assertThat(report.silent(unitWide)).as("system 8 talks IPv6 in the window").isFalse();
    }
}
