package vn.gov.moh.soc.portal.application.dashboard;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import vn.gov.moh.soc.core.asset.SecurityLevel;
import vn.gov.moh.soc.portal.application.AccessPolicy;
import vn.gov.moh.soc.portal.application.Caller;
import vn.gov.moh.soc.portal.application.CoverageService;
import vn.gov.moh.soc.portal.application.LocalDay;
import vn.gov.moh.soc.portal.application.SectorCoverage;
import vn.gov.moh.soc.portal.application.dashboard.DashboardFigures.SystemLevel;
import vn.gov.moh.soc.portal.domain.model.coverage.SystemCoverage;
import vn.gov.moh.soc.portal.domain.model.ipv6.Ipv6PlanRepository;
import vn.gov.moh.soc.portal.domain.model.level.LevelRules;
import vn.gov.moh.soc.portal.domain.model.protection.MonitoringCoverage;
import vn.gov.moh.soc.portal.domain.model.protection.UnitProtection;
import vn.gov.moh.soc.portal.domain.model.requirement.RequirementCatalogRepository;
import vn.gov.moh.soc.portal.domain.model.system.SystemId;
import vn.gov.moh.soc.portal.domain.model.unit.Unit;
import vn.gov.moh.soc.portal.domain.model.unit.UnitHierarchy;
import vn.gov.moh.soc.portal.domain.model.unit.UnitId;
import vn.gov.moh.soc.portal.domain.model.unit.UnitRepository;

/**
 * The compliance dashboard of the units the caller may read ({@link AccessPolicy#dashboardReadableUnits}):
 * read only, one transaction, a fixed number of queries whatever the number of systems and units
 * (the unit tree, the systems with the heartbeats, then one bulk read per figure).
 */
@ApplicationScoped
@Transactional
public class DashboardService {
    private final LevelRules rules = new LevelRules();

    @Inject
    UnitRepository units;
    @Inject
    CoverageService coverage;
    @Inject
    DashboardData data;
    @Inject
    Ipv6PlanRepository plans;
    @Inject
    RequirementCatalogRepository catalogs;
    @Inject
    MonitoringCoverage layer2;

    Clock clock = Clock.systemUTC();

    public Dashboard dashboard(Caller caller) {
        UnitHierarchy tree = units.hierarchy();
        Optional<Set<UnitId>> readable = AccessPolicy.dashboardReadableUnits(caller, tree);
        Set<UnitId> scope = readable.orElse(null);
        List<Unit> visible = tree.all().stream().filter(u -> scope == null || scope.contains(u.id()))
                .sorted(Comparator.comparing(u -> u.id().value())).toList();
        LocalDate today = LocalDate.ofInstant(clock.instant(), LocalDay.VIETNAM);
        // The coverage reads the readable units' systems with the heartbeats: the systems' one read.
        SectorCoverage sector = coverage.sector(caller);
        List<SystemCoverage> systems = sector.units().stream().flatMap(u -> u.systems().stream()).toList();
        List<SystemLevel> levels = levels(systems, scope);
        Map<UnitId, Set<SystemId>> owned = new HashMap<>();
        systems.forEach(c -> owned.computeIfAbsent(c.system().owner(), k -> new HashSet<>()).add(c.system().id()));
        Map<UnitId, UnitProtection> declared = data.protections(scope);
        List<UnitProtection> all = new ArrayList<>();
        visible.forEach(u -> all.add(declared.getOrDefault(u.id(), UnitProtection.none(u.id()))));
        return new Dashboard(sector.at(), today.getYear(), visible,
                DashboardFigures.dossiers(visible, levels),
                DashboardFigures.compliance(levels, catalogs.current(), data.assessments(scope)),
                DashboardFigures.protection(visible, declared, owned, layer2.covered(all, today), today),
                DashboardFigures.monitoring(visible, systems, new Share(sector.dataCenter().monitored(), sector.dataCenter().systems())),
                DashboardFigures.drills(visible, data.drills(scope, today.getYear()), today),
                DashboardFigures.ipv6(visible, plans.search(scope, null), today),
                DashboardFigures.incidents(visible, data.incidents(scope)));
    }

    /** Each system at its approved level, else its latest proposed level, else the level the rules compute. */
    private List<SystemLevel> levels(List<SystemCoverage> systems, Set<UnitId> scope) {
        Map<SystemId, SecurityLevel> approved = data.approvedLevels(scope);
        Map<SystemId, SecurityLevel> proposed = data.proposedLevels(scope);
        return systems.stream().map(SystemCoverage::system).map(s -> {
            SecurityLevel level = approved.get(s.id());
            if (level == null) {
                level = proposed.get(s.id());
            }
            if (level == null) {
                level = rules.determine(s).level();
            }
            return new SystemLevel(s, level, approved.containsKey(s.id()));
        }).toList();
    }
}
