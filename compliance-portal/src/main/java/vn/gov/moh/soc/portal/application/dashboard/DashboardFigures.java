package vn.gov.moh.soc.portal.application.dashboard;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import vn.gov.moh.soc.core.asset.SecurityLevel;
import vn.gov.moh.soc.portal.application.dashboard.Dashboard.DossierFigure;
import vn.gov.moh.soc.portal.application.dashboard.Dashboard.DrillFigure;
import vn.gov.moh.soc.portal.application.dashboard.Dashboard.Durations;
import vn.gov.moh.soc.portal.application.dashboard.Dashboard.HandlingTimes;
import vn.gov.moh.soc.portal.application.dashboard.Dashboard.IncidentCount;
import vn.gov.moh.soc.portal.application.dashboard.Dashboard.IncidentFigure;
import vn.gov.moh.soc.portal.application.dashboard.Dashboard.Ipv6Progress;
import vn.gov.moh.soc.portal.application.dashboard.Dashboard.LevelCompliance;
import vn.gov.moh.soc.portal.application.dashboard.Dashboard.MonitoringFigure;
import vn.gov.moh.soc.portal.application.dashboard.Dashboard.PlanProgress;
import vn.gov.moh.soc.portal.application.dashboard.Dashboard.ProtectionFigure;
import vn.gov.moh.soc.portal.application.dashboard.Dashboard.UnitDrills;
import vn.gov.moh.soc.portal.application.dashboard.Dashboard.UnitLayers;
import vn.gov.moh.soc.portal.application.dashboard.Dashboard.UnitShare;
import vn.gov.moh.soc.portal.application.dashboard.DashboardData.IncidentFact;
import vn.gov.moh.soc.portal.domain.model.coverage.SystemCoverage;
import vn.gov.moh.soc.portal.domain.model.drill.Drill;
import vn.gov.moh.soc.portal.domain.model.incident.IncidentStatus;
import vn.gov.moh.soc.portal.domain.model.incident.Severity;
import vn.gov.moh.soc.portal.domain.model.ipv6.Ipv6Plan;
import vn.gov.moh.soc.portal.domain.model.ipv6.MigrationPhase;
import vn.gov.moh.soc.portal.domain.model.ipv6.Milestone;
import vn.gov.moh.soc.portal.domain.model.ipv6.MilestoneStatus;
import vn.gov.moh.soc.portal.domain.model.protection.LayerStatus;
import vn.gov.moh.soc.portal.domain.model.protection.ProtectionAssessment;
import vn.gov.moh.soc.portal.domain.model.protection.UnitProtection;
import vn.gov.moh.soc.portal.domain.model.requirement.Assessment;
import vn.gov.moh.soc.portal.domain.model.requirement.Checklist;
import vn.gov.moh.soc.portal.domain.model.requirement.RequirementCatalog;
import vn.gov.moh.soc.portal.domain.model.system.InformationSystem;
import vn.gov.moh.soc.portal.domain.model.system.SystemId;
import vn.gov.moh.soc.portal.domain.model.unit.Unit;
import vn.gov.moh.soc.portal.domain.model.unit.UnitId;

/**
 * The dashboard's figures from data already read: no I/O here, so each figure is tested on its
 * own with the domain's rules (checklists, layer assessment, drill status, plan phases) applied as
 * the use-case pages apply them.
 */
public final class DashboardFigures {
    private DashboardFigures() {
    }

    /**
     * A system at the level the dashboard counts it.
     *
     * @param approved whether it has an approved level-proposal dossier
     */
    public record SystemLevel(InformationSystem system, SecurityLevel level, boolean approved) {
    }

    /** Systems with an approved dossier: overall, per level 1–5, per unit (its own systems). */
    public static DossierFigure dossiers(List<Unit> units, Collection<SystemLevel> systems) {
        Share overall = Share.NONE;
        Map<Integer, Share> perLevel = new LinkedHashMap<>();
        for (SecurityLevel l : SecurityLevel.values()) {
            perLevel.put(l.number(), Share.NONE);
        }
        Map<UnitId, Share> perOwner = new HashMap<>();
        for (SystemLevel s : systems) {
            overall = overall.plus(s.approved());
            perLevel.merge(s.level().number(), Share.NONE.plus(s.approved()), DashboardFigures::add);
            perOwner.merge(s.system().owner(), Share.NONE.plus(s.approved()), DashboardFigures::add);
        }
        return new DossierFigure(overall, perLevel, perUnit(units, perOwner));
    }

    /** Each level's checklists added up: the systems at the level, fully compliant ones, and their lines by status. */
    public static List<LevelCompliance> compliance(Collection<SystemLevel> systems, RequirementCatalog catalog,
            Map<SystemId, List<Assessment>> assessments) {
        Map<Integer, int[]> sums = new TreeMap<>();
        for (SecurityLevel l : SecurityLevel.values()) {
            sums.put(l.number(), new int[8]);
        }
        for (SystemLevel s : systems) {
            Checklist.Summary c = new Checklist(s.system().id(), s.level(), catalog,
                    assessments.getOrDefault(s.system().id(), List.of())).summary();
            int[] sum = sums.get(s.level().number());
            sum[0]++;
            sum[1] += c.fullyCompliant() ? 1 : 0;
            sum[2] += c.applicable();
            sum[3] += c.compliant();
            sum[4] += c.partial();
            sum[5] += c.nonCompliant();
            sum[6] += c.notApplicable();
            sum[7] += c.notAssessed();
        }
        List<LevelCompliance> result = new ArrayList<>();
        sums.forEach((level, s) -> result.add(new LevelCompliance(level, s[0], s[1], s[2], s[3], s[4], s[5], s[6], s[7])));
        return result;
    }

    /**
     * Each unit's four layers as {@link ProtectionAssessment} judges them on the day.
     *
     * @param owned   the systems each unit itself owns
     * @param covered the systems layer 2 covers, per unit
     */
    public static ProtectionFigure protection(List<Unit> units, Map<UnitId, UnitProtection> declared, Map<UnitId, Set<SystemId>> owned,
            Map<UnitId, Set<SystemId>> covered, LocalDate today) {
        Share complete = Share.NONE;
        List<UnitLayers> rows = new ArrayList<>();
        for (Unit u : units) {
            List<LayerStatus> layers = ProtectionAssessment.assess(declared.getOrDefault(u.id(), UnitProtection.none(u.id())),
                    owned.getOrDefault(u.id(), Set.of()), covered.getOrDefault(u.id(), Set.of()), today);
            boolean all = ProtectionAssessment.complete(layers);
            complete = complete.plus(all);
            rows.add(new UnitLayers(u, layers, all));
        }
        return new ProtectionFigure(complete, rows);
    }

    /**
     * Systems monitored now, overall and per unit, from the coverage of the units' systems.
     *
     * @param dataCenter the Ministry's data-center figure, as {@code CoverageService} draws it
     */
    public static MonitoringFigure monitoring(List<Unit> units, Collection<SystemCoverage> systems, Share dataCenter) {
        Share overall = Share.NONE;
        Map<UnitId, Share> perOwner = new HashMap<>();
        for (SystemCoverage c : systems) {
            overall = overall.plus(c.monitored());
            perOwner.merge(c.system().owner(), Share.NONE.plus(c.monitored()), DashboardFigures::add);
        }
        return new MonitoringFigure(overall, dataCenter, perUnit(units, perOwner));
    }

    /** Each unit's drills of the year by status on the day; a unit meets the target once it held one. */
    public static DrillFigure drills(List<Unit> units, Collection<Drill> drills, LocalDate today) {
        Map<UnitId, int[]> byUnit = new HashMap<>();
        for (Drill d : drills) {
            int column = switch (d.status(today)) {
                case HELD -> 0;
                case PLANNED -> 1;
                case OVERDUE -> 2;
            };
            d.participants().forEach(p -> byUnit.computeIfAbsent(p, k -> new int[3])[column]++);
        }
        Share met = Share.NONE;
        List<UnitDrills> rows = new ArrayList<>();
        for (Unit u : units) {
            int[] c = byUnit.getOrDefault(u.id(), new int[3]);
            UnitDrills row = new UnitDrills(u, c[0], c[1], c[2]);
            met = met.plus(row.targetMet());
            rows.add(row);
        }
        return new DrillFigure(met, rows);
    }

    /** The plans' phases and milestones on the day, and how many units have a plan. */
    public static Ipv6Progress ipv6(List<Unit> units, Collection<Ipv6Plan> plans, LocalDate today) {
        Map<UnitId, Unit> byId = index(units);
        Map<MigrationPhase, Integer> byPhase = new EnumMap<>(MigrationPhase.class);
        for (MigrationPhase p : MigrationPhase.values()) {
            byPhase.put(p, 0);
        }
        int done = 0;
        int overdue = 0;
        Share milestones = Share.NONE;
        Set<UnitId> planned = new HashSet<>();
        List<PlanProgress> rows = new ArrayList<>();
        for (Ipv6Plan plan : plans) {
            Unit unit = byId.get(plan.unit());
            if (unit == null) {
                continue;
            }
            planned.add(plan.unit());
            MigrationPhase phase = plan.currentPhase().orElse(null);
            if (phase == null) {
                done++;
            } else {
                byPhase.merge(phase, 1, Integer::sum);
            }
            int finished = (int) plan.milestones().stream().map(Milestone::status).filter(MilestoneStatus.DONE::equals).count();
            Share share = new Share(finished, plan.milestones().size());
            milestones = add(milestones, share);
            int late = plan.overdueOn(today).size();
            overdue += late;
            rows.add(new PlanProgress(plan.id() == null ? 0 : plan.id().value(), unit, plan.system(), plan.title(), phase, share, late));
        }
        Share unitsWithPlan = new Share((int) units.stream().filter(u -> planned.contains(u.id())).count(), units.size());
        return new Ipv6Progress(unitsWithPlan, byPhase, done, milestones, overdue, rows);
    }

    /** Incidents counted per unit, severity and status, the totals, and the handling times per severity and overall. */
    public static IncidentFigure incidents(List<Unit> units, Collection<IncidentFact> facts) {
        Map<UnitId, Unit> byId = index(units);
        Map<Long, IncidentFact> distinct = new LinkedHashMap<>();
        Map<List<Object>, Integer> counts = new HashMap<>();
        for (IncidentFact f : facts) {
            distinct.putIfAbsent(f.incident(), f);
            if (byId.containsKey(f.unit())) {
                counts.merge(List.of(f.unit(), f.severity(), f.status()), 1, Integer::sum);
            }
        }
        List<IncidentCount> perUnit = counts.entrySet().stream()
                .map(e -> new IncidentCount(byId.get((UnitId) e.getKey().get(0)), (Severity) e.getKey().get(1),
                        (IncidentStatus) e.getKey().get(2), e.getValue()))
                .sorted(Comparator.comparing((IncidentCount c) -> c.unit().id().value()).thenComparing(IncidentCount::severity)
                        .thenComparing(IncidentCount::status))
                .toList();
        Map<Severity, Integer> bySeverity = new EnumMap<>(Severity.class);
        Map<IncidentStatus, Integer> byStatus = new EnumMap<>(IncidentStatus.class);
        for (Severity s : Severity.values()) {
            bySeverity.put(s, 0);
        }
        for (IncidentStatus s : IncidentStatus.values()) {
            byStatus.put(s, 0);
        }
        distinct.values().forEach(f -> {
            bySeverity.merge(f.severity(), 1, Integer::sum);
            byStatus.merge(f.status(), 1, Integer::sum);
        });
        List<HandlingTimes> handling = new ArrayList<>();
        handling.add(times(null, distinct.values()));
        for (Severity s : Severity.values()) {
            handling.add(times(s, distinct.values().stream().filter(f -> f.severity() == s).toList()));
        }
        int open = (int) distinct.values().stream().filter(f -> f.status().open()).count();
        return new IncidentFigure(distinct.size(), open, bySeverity, byStatus, perUnit, handling);
    }

    private static HandlingTimes times(Severity severity, Collection<IncidentFact> incidents) {
        return new HandlingTimes(severity, durations(incidents, IncidentFact::createdAt), durations(incidents, IncidentFact::respondedAt),
                durations(incidents, IncidentFact::resolvedAt));
    }

    /** From detection to the given instant, over the incidents that have it; a negative span (clock skew) counts as zero. */
    static Durations durations(Collection<IncidentFact> incidents, Function<IncidentFact, Instant> until) {
        List<Duration> spans = incidents.stream().filter(f -> until.apply(f) != null)
                .map(f -> Duration.between(f.detectedAt(), until.apply(f))).map(d -> d.isNegative() ? Duration.ZERO : d).sorted().toList();
        if (spans.isEmpty()) {
            return new Durations(0, null, null);
        }
        int n = spans.size();
        Duration median = n % 2 == 1 ? spans.get(n / 2) : spans.get(n / 2 - 1).plus(spans.get(n / 2)).dividedBy(2);
        Duration total = spans.stream().reduce(Duration.ZERO, Duration::plus);
        return new Durations(n, median, total.dividedBy(n));
    }

    private static List<UnitShare> perUnit(List<Unit> units, Map<UnitId, Share> perOwner) {
        return units.stream().map(u -> new UnitShare(u, perOwner.getOrDefault(u.id(), Share.NONE))).toList();
    }

    private static Map<UnitId, Unit> index(List<Unit> units) {
        Map<UnitId, Unit> byId = new HashMap<>();
        units.forEach(u -> byId.put(u.id(), u));
        return byId;
    }

    private static Share add(Share a, Share b) {
        return new Share(a.count() + b.count(), a.total() + b.total());
    }
}
