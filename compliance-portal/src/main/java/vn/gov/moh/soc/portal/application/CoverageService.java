package vn.gov.moh.soc.portal.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import vn.gov.moh.soc.portal.domain.model.coverage.AgentHeartbeat;
import vn.gov.moh.soc.portal.domain.model.coverage.CoverageAssessment;
import vn.gov.moh.soc.portal.domain.model.coverage.CoverageFigure;
import vn.gov.moh.soc.portal.domain.model.coverage.HeartbeatIndex;
import vn.gov.moh.soc.portal.domain.model.coverage.HeartbeatRepository;
import vn.gov.moh.soc.portal.domain.model.coverage.HostCoverage;
import vn.gov.moh.soc.portal.domain.model.coverage.SystemCoverage;
import vn.gov.moh.soc.portal.domain.model.system.InformationSystem;
import vn.gov.moh.soc.portal.domain.model.system.SystemId;
import vn.gov.moh.soc.portal.domain.model.system.SystemRepository;
import vn.gov.moh.soc.portal.domain.model.unit.Unit;
import vn.gov.moh.soc.portal.domain.model.unit.UnitHierarchy;
import vn.gov.moh.soc.portal.domain.model.unit.UnitId;
import vn.gov.moh.soc.portal.domain.model.unit.UnitRepository;
import vn.gov.moh.soc.portal.infrastructure.coverage.CoverageSettings;

/**
 * Monitoring coverage from the agents' heartbeats: per unit and system, which declared hosts ship
 * logs, since when, with what lag and spool, and whether the system counts as monitored; the
 * Ministry's figure of the data center's systems monitored; and layer 2's coverage of a unit. Read
 * only; officers read their own unit and the units below it, SOC analysts, auditors and admins
 * every unit.
 */
@ApplicationScoped
@Transactional
public class CoverageService {
    @Inject
    HeartbeatRepository heartbeats;
    @Inject
    SystemRepository systems;
    @Inject
    UnitRepository units;
    @Inject
    CoverageSettings settings;

    Clock clock = Clock.systemUTC();

    /** Every readable unit's own systems with their coverage, in unit id order. */
    public SectorCoverage sector(Caller caller) {
        UnitHierarchy tree = units.hierarchy();
        Optional<Set<UnitId>> readable = AccessPolicy.coverageReadableUnits(caller, tree);
        List<AgentHeartbeat> all = heartbeats.all();
        Instant now = clock.instant();
        CoverageAssessment assessment = settings.assessment();
        HeartbeatIndex index = new HeartbeatIndex(all);
        Map<UnitId, List<SystemCoverage>> byOwner = new LinkedHashMap<>();
        Set<String> standing = new HashSet<>();
        for (InformationSystem s : systems.all(readable.orElse(null))) {
            SystemCoverage c = assessment.assess(s, index, now);
            byOwner.computeIfAbsent(s.owner(), k -> new ArrayList<>()).add(c);
            c.hosts().stream().map(HostCoverage::latest).flatMap(Optional::stream).forEach(h -> standing.add(h.agentId()));
        }
        List<UnitCoverage> result = tree.all().stream().filter(u -> readable.map(r -> r.contains(u.id())).orElse(true))
                .sorted(Comparator.comparing(u -> u.id().value()))
                .map(u -> new UnitCoverage(u, byOwner.getOrDefault(u.id(), List.of()))).toList();
        Set<UnitId> dataCenterUnits = settings.dataCenterUnits();
        Set<UnitId> dataCenter = dataCenterUnits.isEmpty() ? null
                : dataCenterUnits.stream().flatMap(u -> tree.subtree(u).stream()).collect(Collectors.toSet());
        CoverageFigure figure = CoverageFigure.of(result.stream().filter(u -> dataCenter == null || dataCenter.contains(u.unit().id()))
                .flatMap(u -> u.systems().stream()).toList());
        List<AgentHeartbeat> unmatched = all.stream().filter(h -> !standing.contains(h.agentId()))
                .filter(h -> readable.isEmpty() || readableAgent(h, readable.get())).toList();
        return new SectorCoverage(now, assessment, result, figure, dataCenterUnits, unmatched);
    }

    /** One unit's own systems with their coverage. */
    public UnitCoverage unit(Caller caller, UnitId id) {
        UnitHierarchy tree = units.hierarchy();
        Unit unit = tree.find(id).orElseThrow(() -> new NotFoundException("no unit " + id));
        if (!AccessPolicy.coverageReadableUnits(caller, tree).map(r -> r.contains(id)).orElse(true)) {
            throw new AccessDeniedException(caller.name() + " may not read the monitoring coverage of " + id);
        }
        return new UnitCoverage(unit, assess(id));
    }

    /** The systems the unit itself owns that count as monitored now: layer 2's coverage. */
    public Set<SystemId> monitoredSystems(UnitId unit) {
        return monitoredSystems(Set.of(unit)).getOrDefault(unit, Set.of());
    }

    /** {@link #monitoredSystems(UnitId)} of many units with one read of the heartbeats and one of their systems. */
    public Map<UnitId, Set<SystemId>> monitoredSystems(Set<UnitId> owners) {
        HeartbeatIndex index = new HeartbeatIndex(heartbeats.all());
        Instant now = clock.instant();
        CoverageAssessment assessment = settings.assessment();
        Map<UnitId, Set<SystemId>> result = new HashMap<>();
        for (InformationSystem s : systems.all(owners)) {
            if (assessment.assess(s, index, now).monitored()) {
                result.computeIfAbsent(s.owner(), k -> new HashSet<>()).add(s.id());
            }
        }
        return result;
    }

    private List<SystemCoverage> assess(UnitId unit) {
        HeartbeatIndex index = new HeartbeatIndex(heartbeats.all());
        Instant now = clock.instant();
        return systems.all(Set.of(unit)).stream().map(s -> settings.assessment().assess(s, index, now)).toList();
    }

    /** An officer sees the agents that say they belong to a unit of theirs. */
    private static boolean readableAgent(AgentHeartbeat h, Set<UnitId> readable) {
        try {
            return h.unit() != null && readable.contains(UnitId.of(h.unit()));
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
