package vn.gov.moh.soc.portal.infrastructure.coverage;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import java.time.LocalDate;
import java.util.Set;
import vn.gov.moh.soc.portal.application.CoverageService;
import vn.gov.moh.soc.portal.domain.model.protection.MonitoringCoverage;
import vn.gov.moh.soc.portal.domain.model.protection.UnitProtection;
import vn.gov.moh.soc.portal.domain.model.system.SystemId;

/**
 * Layer 2's coverage as the agents' heartbeats measure it: the unit's systems that count as
 * monitored now (see {@link CoverageService}), whatever the contract declares. Selected for the
 * whole application over {@link DeclaredMonitoringCoverage} by its priority. The contract still
 * decides whether there is a provider and whether it is in force.
 */
@ApplicationScoped
@Alternative
@Priority(Interceptor.Priority.APPLICATION + 10)
public class HeartbeatMonitoringCoverage implements MonitoringCoverage {
    @Inject
    CoverageService coverage;

    @Override
    public Set<SystemId> covered(UnitProtection protection, LocalDate day) {
        return coverage.monitoredSystems(protection.unit());
    }
}
