package vn.gov.moh.soc.portal.application.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.gov.moh.soc.core.asset.SecurityLevel;
import vn.gov.moh.soc.portal.application.dashboard.Dashboard.DossierFigure;
import vn.gov.moh.soc.portal.application.dashboard.Dashboard.DrillFigure;
import vn.gov.moh.soc.portal.application.dashboard.Dashboard.IncidentCount;
import vn.gov.moh.soc.portal.application.dashboard.Dashboard.IncidentFigure;
import vn.gov.moh.soc.portal.application.dashboard.Dashboard.Ipv6Progress;
import vn.gov.moh.soc.portal.application.dashboard.Dashboard.LevelCompliance;
import vn.gov.moh.soc.portal.application.dashboard.Dashboard.ProtectionFigure;
import vn.gov.moh.soc.portal.application.dashboard.DashboardData.IncidentFact;
import vn.gov.moh.soc.portal.application.dashboard.DashboardFigures.SystemLevel;
import vn.gov.moh.soc.portal.domain.model.drill.Drill;
import vn.gov.moh.soc.portal.domain.model.drill.DrillExecution;
import vn.gov.moh.soc.portal.domain.model.drill.DrillId;
import vn.gov.moh.soc.portal.domain.model.drill.DrillScope;
import vn.gov.moh.soc.portal.domain.model.drill.Scenario;
import vn.gov.moh.soc.portal.domain.model.incident.IncidentStatus;
import vn.gov.moh.soc.portal.domain.model.incident.Severity;
import vn.gov.moh.soc.portal.domain.model.ipv6.Ipv6Plan;
import vn.gov.moh.soc.portal.domain.model.ipv6.Ipv6PlanId;
import vn.gov.moh.soc.portal.domain.model.ipv6.MigrationPhase;
import vn.gov.moh.soc.portal.domain.model.ipv6.Milestone;
import vn.gov.moh.soc.portal.domain.model.ipv6.MilestoneStatus;
import vn.gov.moh.soc.portal.domain.model.protection.LayerStatus;
import vn.gov.moh.soc.portal.domain.model.requirement.Assessment;
import vn.gov.moh.soc.portal.domain.model.requirement.AssessmentStatus;
import vn.gov.moh.soc.portal.domain.model.requirement.Finding;
import vn.gov.moh.soc.portal.domain.model.requirement.Requirement;
import vn.gov.moh.soc.portal.domain.model.requirement.RequirementCatalog;
import vn.gov.moh.soc.portal.domain.model.requirement.RequirementGroup;
import vn.gov.moh.soc.portal.domain.model.requirement.RequirementKind;
import vn.gov.moh.soc.portal.domain.model.system.ClassificationProfile;
import vn.gov.moh.soc.portal.domain.model.system.InformationSystem;
import vn.gov.moh.soc.portal.domain.model.system.SystemId;
import vn.gov.moh.soc.portal.domain.model.unit.Unit;
import vn.gov.moh.soc.portal.domain.model.unit.UnitId;
import vn.gov.moh.soc.portal.domain.model.unit.UnitKind;

/** Each dashboard figure from given data: counts, shares rounded down, per level and unit, and handling times. */
class DashboardFiguresTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 1);
    private static final Unit MINISTRY = new Unit(UnitId.of("byt"), "Bộ Y tế", UnitKind.MINISTRY, null);
    private static final Unit BACH_MAI = new Unit(UnitId.of("bv-bach-mai"), "Bệnh viện Bạch Mai", UnitKind.CENTRAL_HOSPITAL, UnitId.of("byt"));
    private static final Unit XANH_PON = new Unit(UnitId.of("bv-xanh-pon"), "Bệnh viện Xanh Pôn", UnitKind.PROVINCIAL_HOSPITAL, UnitId.of("byt"));
    private static final List<Unit> UNITS = List.of(MINISTRY, BACH_MAI, XANH_PON);

    private static InformationSystem system(long id, Unit owner) {
        return new InformationSystem(new SystemId(id), "HT " + id, owner.id(), "Phòng CNTT", "Khám chữa bệnh",
                ClassificationProfile.internalPublic(), List.of());
    }

    private static SystemLevel at(long id, Unit owner, int level, boolean approved) {
        return new SystemLevel(system(id, owner), SecurityLevel.of(level), approved);
    }

    @Test
    void dossierSharesAreCountedPerLevelAndPerOwnUnitRoundedDown() {
        List<SystemLevel> systems = List.of(at(1, BACH_MAI, 3, true), at(2, BACH_MAI, 3, false), at(3, BACH_MAI, 2, true),
                at(4, XANH_PON, 3, true), at(5, XANH_PON, 1, false), at(6, XANH_PON, 1, false));

        DossierFigure f = DashboardFigures.dossiers(UNITS, systems);

        assertThat(f.overall()).isEqualTo(new Share(3, 6));
        assertThat(f.overall().percent()).isEqualTo(50);
        assertThat(f.perLevel()).containsExactly(Map.entry(1, new Share(0, 2)), Map.entry(2, new Share(1, 1)),
                Map.entry(3, new Share(2, 3)), Map.entry(4, new Share(0, 0)), Map.entry(5, new Share(0, 0)));
        assertThat(f.perLevel().get(3).percent()).as("2 of 3 is 66%, never a rounded-up 67%").isEqualTo(66);
        assertThat(f.perLevel().get(2).complete()).isTrue();
        assertThat(f.perLevel().get(4).complete()).as("no system: not met").isFalse();
        assertThat(f.perUnit()).extracting(u -> u.unit().id().value() + "=" + u.share().count() + "/" + u.share().total())
                .containsExactly("byt=0/0", "bv-bach-mai=2/3", "bv-xanh-pon=1/3");
    }

    private static Requirement req(String code, String group, int level) {
        return new Requirement(code, group, SecurityLevel.of(level), "t " + code, "t " + code, "d", "d");
    }

    private static Assessment assessed(long system, String code, AssessmentStatus status) {
        boolean na = status == AssessmentStatus.NOT_APPLICABLE;
        return new Assessment(new SystemId(system), code, new Finding(status, na ? null : "biên bản kiểm tra", null, "Phòng CNTT",
                na ? "không có phát triển thuê ngoài" : null), "t1", "officer", Instant.EPOCH);
    }

    @Test
    void complianceAddsUpTheChecklistsOfTheSystemsAtEachLevel() {
        RequirementCatalog catalog = new RequirementCatalog("t1", List.of(),
                List.of(new RequirementGroup("POLICY", RequirementKind.MANAGEMENT, "Chính sách", "Policy", "", true)),
                List.of(req("MGT-POL-01", "POLICY", 1), req("MGT-POL-02", "POLICY", 2), req("MGT-POL-03", "POLICY", 3)));
        List<SystemLevel> systems = List.of(at(1, BACH_MAI, 2, true), at(2, BACH_MAI, 2, false), at(3, XANH_PON, 3, false));
        Map<SystemId, List<Assessment>> assessments = Map.of(
                new SystemId(1), List.of(assessed(1, "MGT-POL-01", AssessmentStatus.COMPLIANT), assessed(1, "MGT-POL-02", AssessmentStatus.NOT_APPLICABLE)),
                new SystemId(2), List.of(assessed(2, "MGT-POL-01", AssessmentStatus.PARTIAL)),
                new SystemId(3), List.of(assessed(3, "MGT-POL-01", AssessmentStatus.COMPLIANT), assessed(3, "MGT-POL-02", AssessmentStatus.NON_COMPLIANT),
                        assessed(3, "MGT-POL-03", AssessmentStatus.COMPLIANT)));

        List<LevelCompliance> c = DashboardFigures.compliance(systems, catalog, assessments);

        assertThat(c).extracting(LevelCompliance::level).containsExactly(1, 2, 3, 4, 5);
        assertThat(c.get(1)).isEqualTo(new LevelCompliance(2, 2, 1, 4, 1, 1, 0, 1, 1));
        assertThat(c.get(1).percentCompliant()).as("1 compliant of the 3 lines that apply").isEqualTo(33);
        assertThat(c.get(2)).isEqualTo(new LevelCompliance(3, 1, 0, 3, 2, 0, 1, 0, 0));
        assertThat(c.get(2).percentCompliant()).isEqualTo(66);
        assertThat(c.get(0).systems()).isZero();
        assertThat(c.get(0).percentCompliant()).isZero();
    }

    @Test
    void aUnitWithNothingDeclaredHasEveryLayerMissing() {
        ProtectionFigure p = DashboardFigures.protection(UNITS, Map.of(), Map.of(), Map.of(), TODAY);

        assertThat(p.complete()).isEqualTo(new Share(0, 3));
        assertThat(p.perUnit()).hasSize(3).allSatisfy(u -> {
            assertThat(u.layers()).hasSize(4).extracting(LayerStatus::state).containsOnly(LayerStatus.State.MISSING);
            assertThat(u.complete()).isFalse();
        });
    }

    private static Drill drill(long id, Unit organizer, DrillScope scope, Set<UnitId> participants, LocalDate end, boolean held) {
        Drill d = new Drill(new DrillId(id), end.getYear(), organizer.id(), scope, "Diễn tập " + id,
                List.of(new Scenario("Mã độc tống tiền", "Từ thư lừa đảo")), participants, end.minusDays(1), end, null);
        return held ? d.withExecution(new DrillExecution(end.minusDays(1), end, "Cục CNTT", "Biên bản", List.of(), List.of())) : d;
    }

    @Test
    void aUnitMeetsTheDrillTargetOnceItTookPartInAHeldDrillThisYear() {
        List<Drill> drills = List.of(
                drill(1, MINISTRY, DrillScope.SECTOR, Set.of(BACH_MAI.id()), LocalDate.of(2026, 6, 11), true),
                drill(2, XANH_PON, DrillScope.UNIT, Set.of(), LocalDate.of(2026, 3, 2), false),
                drill(3, XANH_PON, DrillScope.UNIT, Set.of(), LocalDate.of(2026, 12, 20), false));

        DrillFigure d = DashboardFigures.drills(UNITS, drills, TODAY);

        assertThat(d.perUnit()).extracting(u -> u.unit().id().value() + " held " + u.held() + " planned " + u.planned() + " overdue " + u.overdue())
                .containsExactly("byt held 1 planned 0 overdue 0", "bv-bach-mai held 1 planned 0 overdue 0",
                        "bv-xanh-pon held 0 planned 1 overdue 1");
        assertThat(d.unitsWithDrill()).isEqualTo(new Share(2, 3));
    }

    private static Milestone m(MigrationPhase phase, LocalDate due, MilestoneStatus status) {
        return new Milestone(phase, "Mốc " + phase, due, status, status == MilestoneStatus.DONE ? due : null);
    }

    @Test
    void ipv6ProgressCountsPlansByCurrentPhaseAndOverdueMilestones() {
        Ipv6Plan bachMai = new Ipv6Plan(new Ipv6PlanId(1), BACH_MAI.id(), null, "Chuyển đổi IPv6", List.of(
                m(MigrationPhase.INVENTORY, TODAY.minusMonths(6), MilestoneStatus.DONE),
                m(MigrationPhase.DUAL_STACK, TODAY.minusDays(1), MilestoneStatus.IN_PROGRESS),
                m(MigrationPhase.IPV6_ONLY, TODAY.plusYears(1), MilestoneStatus.PLANNED)));
        Ipv6Plan his = new Ipv6Plan(new Ipv6PlanId(2), BACH_MAI.id(), new SystemId(1), "HIS", List.of(
                m(MigrationPhase.INVENTORY, TODAY.minusMonths(6), MilestoneStatus.DONE),
                m(MigrationPhase.DUAL_STACK, TODAY.minusMonths(1), MilestoneStatus.DONE)));

        Ipv6Progress p = DashboardFigures.ipv6(UNITS, List.of(bachMai, his), TODAY);

        assertThat(p.unitsWithPlan()).isEqualTo(new Share(1, 3));
        assertThat(p.plansByPhase()).containsEntry(MigrationPhase.DUAL_STACK, 1).containsEntry(MigrationPhase.INVENTORY, 0)
                .containsEntry(MigrationPhase.IPV6_ONLY, 0);
        assertThat(p.plansDone()).isEqualTo(1);
        assertThat(p.milestonesDone()).isEqualTo(new Share(3, 5));
        assertThat(p.overdueMilestones()).isEqualTo(1);
        assertThat(p.plans().get(1).phase()).isNull();
        assertThat(p.plans().get(0).overdueMilestones()).isEqualTo(1);
    }

    private static final Instant T = Instant.parse("2026-11-20T01:00:00Z");

    private static IncidentFact fact(long id, Unit unit, Severity severity, IncidentStatus status, Duration created, Duration responded,
            Duration resolved) {
        return new IncidentFact(id, unit.id(), severity, status, T, T.plus(created), responded == null ? null : T.plus(responded),
                resolved == null ? null : T.plus(resolved));
    }

    @Test
    void incidentsAreCountedPerUnitOncePerAffectedUnitAndOnceInTheTotals() {
        Duration m = Duration.ofMinutes(1);
        List<IncidentFact> facts = List.of(
                fact(1, BACH_MAI, Severity.HIGH, IncidentStatus.CLOSED, m.multipliedBy(10), m.multipliedBy(20), m.multipliedBy(600)),
                fact(1, XANH_PON, Severity.HIGH, IncidentStatus.CLOSED, m.multipliedBy(10), m.multipliedBy(20), m.multipliedBy(600)),
                fact(2, BACH_MAI, Severity.HIGH, IncidentStatus.CONTAINMENT, m.multipliedBy(30), m.multipliedBy(60), null),
                fact(3, BACH_MAI, Severity.CRITICAL, IncidentStatus.NEW, m.multipliedBy(5), null, null),
                fact(4, XANH_PON, Severity.HIGH, IncidentStatus.NEW, m.multipliedBy(3), null, null));

        IncidentFigure f = DashboardFigures.incidents(UNITS, facts);

        assertThat(f.total()).as("incident 1 affects two units, counted once").isEqualTo(4);
        assertThat(f.open()).isEqualTo(3);
        assertThat(f.bySeverity()).containsEntry(Severity.HIGH, 3).containsEntry(Severity.CRITICAL, 1).containsEntry(Severity.LOW, 0);
        assertThat(f.byStatus()).containsEntry(IncidentStatus.NEW, 2).containsEntry(IncidentStatus.CLOSED, 1)
                .containsEntry(IncidentStatus.CONTAINMENT, 1);
        assertThat(f.perUnit()).containsExactly(
                new IncidentCount(BACH_MAI, Severity.HIGH, IncidentStatus.CONTAINMENT, 1),
                new IncidentCount(BACH_MAI, Severity.HIGH, IncidentStatus.CLOSED, 1),
                new IncidentCount(BACH_MAI, Severity.CRITICAL, IncidentStatus.NEW, 1),
                new IncidentCount(XANH_PON, Severity.HIGH, IncidentStatus.NEW, 1),
                new IncidentCount(XANH_PON, Severity.HIGH, IncidentStatus.CLOSED, 1));
        var all = f.handling().get(0);
        assertThat(all.severity()).isNull();
        assertThat(all.detect().incidents()).isEqualTo(4);
        assertThat(all.detect().median()).as("3, 5, 10, 30 minutes: the middle two's mean").isEqualTo(m.multipliedBy(15).dividedBy(2));
        assertThat(all.detect().mean()).isEqualTo(m.multipliedBy(48).dividedBy(4));
        assertThat(all.respond().incidents()).as("only those that left new").isEqualTo(2);
        assertThat(all.respond().median()).isEqualTo(m.multipliedBy(40));
        assertThat(all.resolve().incidents()).isEqualTo(1);
        assertThat(all.resolve().median()).isEqualTo(m.multipliedBy(600));
        var low = f.handling().stream().filter(h -> h.severity() == Severity.LOW).findFirst().orElseThrow();
        assertThat(low.detect().incidents()).isZero();
        assertThat(low.detect().median()).isNull();
    }
}
