package vn.gov.moh.soc.portal.infrastructure.coverage;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Collectors;
import vn.gov.moh.soc.portal.domain.model.unit.UnitId;
import java.util.Set;
import vn.gov.moh.soc.portal.application.CoverageService;
import vn.gov.moh.soc.portal.domain.model.protection.MonitoringCoverage;
import vn.gov.moh.soc.portal.domain.model.protection.UnitProtection;
import vn.gov.moh.soc.portal.domain.model.system.SystemId;
import vn.gov.moh.soc.portal.infrastructure.messaging.PipelineSettings;

/**
 * Layer 2's coverage as the agents' heartbeats measure it: the unit's systems that count as
 * monitored now (see {@link CoverageService}), whatever the contract declares. Selected for the
 * whole application over {@link DeclaredMonitoringCoverage} by its priority. The contract still
 * decides whether there is a provider and whether it is in force. A portal that reads no
 * heartbeats (no {@code portal.kafka.bootstrap-servers}: nothing can arrive) goes by the contract's
 * declaration, as before heartbeats existed, rather than reporting every system unmonitored.
 */
@ApplicationScoped
@Alternative
@Priority(Interceptor.Priority.APPLICATION + 10)
public class HeartbeatMonitoringCoverage implements MonitoringCoverage {
    @Inject
    CoverageService coverage;
    @Inject
    PipelineSettings pipeline;

    @Override
    public Set<SystemId> covered(UnitProtection protection, LocalDate day) {
        if (!pipeline.enabled()) {
            return DECLARED.covered(protection, day);
        }
        return coverage.monitoredSystems(protection.unit());
    }

    @Override
    public Map<UnitId, Set<SystemId>> covered(Collection<UnitProtection> protections, LocalDate day) {
        if (!pipeline.enabled()) {
            return MonitoringCoverage.super.covered(protections, day);
        }
        Map<UnitId, Set<SystemId>> monitored = coverage.monitoredSystems(protections.stream().map(UnitProtection::unit).collect(Collectors.toSet()));
        Map<UnitId, Set<SystemId>> result = new HashMap<>();
        protections.forEach(p -> result.put(p.unit(), monitored.getOrDefault(p.unit(), Set.of())));
        return result;
    }
}
